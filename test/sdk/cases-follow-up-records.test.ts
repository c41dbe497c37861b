import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  caseBundle,
  caseBundleRecords,
  CaseSchema,
  readCaseBundle,
  summariseCase,
  whatIsDue,
  type Case,
} from '@attune/sdk/cases';
import {
  createReferralMachine,
  createReviewMachine,
  summariseFollowUp,
  type Passport,
} from '@attune/sdk/follow-up';
import { agreedPlan } from '../fixtures/follow-up.js';

// The follow-up pages save their records whole into a case: these are the records a host or the
// evidence base then finds there.

function followUpCase(): Case {
  const review = createActor(createReviewMachine(agreedPlan), {
    input: { today: '2026-12-03' },
  }).start();
  while (review.getSnapshot().value === 'reviewing')
    review.send({ type: 'RECORD', inPlace: 'yes', helped: 'helped', next: 'keep' });
  review.send({ type: 'SKIP_APPOINTMENTS' });
  review.send({ type: 'CONFIRM', nextReviewOn: '2027-03-01' });
  const { review: reviewRecord, plan } = review.getSnapshot().output!;
  const referral = createActor(createReferralMachine(), {
    input: { today: '2026-12-03', reference: 'IOM-0042' },
  }).start();
  referral.send({ type: 'SEND', to: 'gp', consentOn: '2026-09-01', on: '2026-09-02' });
  const passport: Passport = {
    schemaVersion: 1,
    kind: 'attune.passport',
    reference: 'IOM-0042',
    madeOn: '2026-12-03',
    checkAgainOn: '2027-06-03',
    for: ['solicitor'],
    parts: {
      about: [],
      hard: [],
      helps: [{ text: 'Write the date down for me.', from: 'own-words' }],
      explain: [],
      overwhelmed: [],
      support: [],
    },
    sharing: ['The person agreed to share this with: My solicitor.'],
  };
  return CaseSchema.parse({
    schemaVersion: 1,
    kind: 'attune.case',
    id: 'case-1',
    reference: 'IOM-0042',
    displayName: null,
    openedOn: '2026-09-01',
    closedOn: null,
    updatedAt: null,
    entries: [
      { id: 'p1', on: '2026-09-01', kind: 'adjustment-plan', record: agreedPlan },
      {
        id: 'r1',
        on: '2026-09-02',
        kind: 'referral-record',
        record: referral.getSnapshot().context.record,
      },
      { id: 'v1', on: '2026-12-03', kind: 'review', record: reviewRecord },
      { id: 'p2', on: '2026-12-03', kind: 'adjustment-plan', record: plan },
      { id: 'pp', on: '2026-12-03', kind: 'passport', record: passport },
    ],
  });
}

describe('follow-up records in a case', () => {
  it('travel in a bundle and come back the same', async () => {
    const c = followUpCase();
    const read = await readCaseBundle(JSON.stringify(caseBundle([c])));
    expect(read.ok && read.cases).toEqual([c]);
  });

  it('count towards what is due: the updated plan’s review, and a referral waiting since sent', () => {
    const c = followUpCase();
    const due = whatIsDue(c, { today: '2026-12-10' });
    // Sent 2 September, not yet accepted: 99 days waiting, past the six weeks allowed.
    expect(due).toContainEqual({
      kind: 'referral-waiting',
      caseId: 'case-1',
      entryId: 'r1',
      date: '2026-09-02',
      days: 99,
    });
    // The review moved the plan on to March, so nothing is overdue.
    expect(due.map((d) => d.kind)).not.toContain('review-overdue');
    expect(whatIsDue(summariseCase(c), { today: '2026-12-10' })).toEqual(due);
  });

  it('are what the evidence base reads from a bundle, reviews and referrals included', () => {
    const records = caseBundleRecords(caseBundle([followUpCase()]))!;
    expect(records.map((r) => (r as { kind?: string }).kind ?? 'plan')).toEqual([
      'plan',
      'attune.referral',
      'attune.review',
      'plan',
    ]);
    const summary = summariseFollowUp(
      {
        reviews: records.filter((r) => (r as { kind?: string }).kind === 'attune.review'),
        referrals: records.filter((r) => (r as { kind?: string }).kind === 'attune.referral'),
      },
      { threshold: 1 },
    );
    expect(summary.invalid).toEqual({ reviews: 0, referrals: 0, screenings: 0 });
    expect(Object.keys(summary.adjustments)).toContain('text-reminders');
  });
});
