import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  consentErrors,
  createReferralMachine,
  emptyConsent,
  ownWordsError,
  recordConsent,
  referralFile,
  ReferralFileSchema,
  withdrawConsent,
} from '@attune/sdk/follow-up';

// Issue 17: every print and export says what the person agreed to share with whom. The file a
// practitioner downloads to carry a referral on carries the words, not only the decisions.

const today = '2027-03-01';
const actor = createActor(createReferralMachine(), { input: { today } }).start();
actor.send({ type: 'SEND', to: 'gp', consentOn: '2027-01-02', on: '2027-01-03' });
const referral = actor.getSnapshot().context.record;
let consent = recordConsent(emptyConsent(), {
  recipient: 'gp',
  label: 'GP',
  agreed: true,
  on: '2027-01-02',
  reviewBy: '2028-01-02',
}).consent;
consent = recordConsent(consent, {
  recipient: 'hostel',
  label: 'Hostel',
  agreed: false,
  on: '2027-01-02',
  reviewBy: '2028-01-02',
}).consent;

describe('the referral file', () => {
  it('says in words what the person agreed to share with whom, as it stood that day', () => {
    const file = ReferralFileSchema.parse(
      JSON.parse(JSON.stringify(referralFile(referral, consent, today))),
    );
    expect(file.sharing).toEqual([
      'The person agreed to share this with: GP.',
      'The person did not agree to share it with: Hostel.',
      'Consent as it stood on 1 March 2027.',
    ]);
  });

  it('no longer names a recipient among those agreed once consent is withdrawn', () => {
    const withdrawn = withdrawConsent(consent, 'gp', '2027-02-01').consent;
    const file = referralFile(referral, withdrawn, today);
    expect(file.sharing?.[0]).toBe('The person has not agreed to share this with anyone.');
    expect(file.sharing?.[1]).toBe('The person did not agree to share it with: GP, Hostel.');
    // The day before it was withdrawn, the file said the GP could see it.
    expect(referralFile(referral, withdrawn, '2027-01-31').sharing?.[0]).toBe(
      'The person agreed to share this with: GP.',
    );
  });
});

describe('a consent decision refused', () => {
  it('says every problem at once, each on its field, and the record is unchanged', () => {
    const result = recordConsent(consent, {
      recipient: '',
      label: '',
      agreed: undefined as never,
      on: '2027-02-30',
      reviewBy: '2027-01-01',
    });
    expect(result.consent).toBe(consent);
    expect(result.errors.map((e) => e.field)).toEqual(['recipient', 'label', 'agreed', 'on']);
    expect(result.error).toBe(result.errors[0]!.message);
    expect(
      consentErrors(consent, {
        recipient: 'gp',
        label: 'GP',
        agreed: true,
        on: '2027-01-01',
        reviewBy: '2027-01-01',
      }).map((e) => [e.field, e.message]),
    ).toEqual([
      ['reviewBy', 'The date to ask again must be after the decision'],
      ['on', 'A decision cannot be dated before the last one for this recipient'],
    ]);
  });
});

describe('a line in the person’s own words', () => {
  it('is refused with a reason outside 2 to 200 characters', () => {
    expect(ownWordsError(' I ')).toMatchObject({ code: 'own-words', field: 'text' });
    expect(ownWordsError('x'.repeat(201))).not.toBeNull();
    expect(ownWordsError('I like a text the day before')).toBeNull();
  });
});
