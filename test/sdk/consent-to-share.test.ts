import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import {
  ConsentToShareSchema,
  consentOn,
  emptyConsent,
  letterText,
  mayShareWith,
  recordConsent,
  referralLetter,
  sharingStatement,
  withdrawConsent,
  type ConsentToShare,
  type ReferralRecord,
} from '@attune/sdk/follow-up';
import { screen } from '../fixtures/run-screening.js';

const agree = (c: ConsentToShare, recipient: string, label: string, on: string, agreed = true) => {
  const { consent, error } = recordConsent(c, {
    recipient,
    label,
    agreed,
    on,
    reviewBy: '2027-12-01',
  });
  expect(error).toBeNull();
  return consent;
};
const screening = screen(needsScreening, [{ skip: false, pick: 2 }]);
const referral: ReferralRecord = {
  schemaVersion: 1,
  kind: 'attune.referral',
  reference: 'IOM-0042',
  to: 'gp',
  otherService: null,
  areas: [],
  consentOn: '2026-12-01',
  status: 'sent',
  sentOn: '2026-12-02',
  acceptedOn: null,
  assessedOn: null,
  closedOn: null,
  outcome: null,
};
const letter = (consent: ConsentToShare, today: string) =>
  referralLetter({ referral, screening, questionnaire: needsScreening, consent, today });

describe('consent to share', () => {
  it('is recorded per recipient, and says plainly who may see what', () => {
    let c = agree(emptyConsent('IOM-0042'), 'gp', 'GP', '2026-12-01');
    c = agree(c, 'hostel', 'Hostel', '2026-12-01', false);
    expect(ConsentToShareSchema.parse(c).decisions).toHaveLength(2);
    expect(sharingStatement(c, '2026-12-05')).toEqual([
      'The person agreed to share this with: GP.',
      'The person did not agree to share it with: Hostel.',
      'Consent as it stood on 5 December 2026.',
    ]);
    expect(mayShareWith(c, 'gp', '2026-12-05')).toBe(true);
    expect(mayShareWith(c, 'hostel', '2026-12-05')).toBe(false);
    expect(mayShareWith(c, 'gp', '2026-11-30')).toBe(false);
  });

  it('is not relied on after its review date until the person is asked again', () => {
    const c = agree(emptyConsent(), 'gp', 'GP', '2026-12-01');
    expect(mayShareWith(c, 'gp', '2027-12-02')).toBe(false);
    expect(consentOn(c, '2027-12-02')[0]!.status).toBe('check-again');
    expect(sharingStatement(c, '2027-12-02')[1]).toMatch(/Ask again before sharing with: GP/);
  });

  it('refuses a decision dated before the last one, or with no real review date', () => {
    const c = agree(emptyConsent(), 'gp', 'GP', '2026-12-01');
    expect(
      recordConsent(c, {
        recipient: 'gp',
        label: 'GP',
        agreed: false,
        on: '2026-11-01',
        reviewBy: '2027-01-01',
      }).error,
    ).toMatch(/before the last/);
    expect(
      recordConsent(c, {
        recipient: 'gp',
        label: 'GP',
        agreed: true,
        on: '2026-12-02',
        reviewBy: '2026-12-02',
      }).error,
    ).toMatch(/after/);
    expect(
      recordConsent(c, {
        recipient: '',
        label: 'GP',
        agreed: true,
        on: '2026-12-02',
        reviewBy: '2027-02-30',
      }).error,
    ).toBeTruthy();
  });

  it('lets a referral letter be made only while the person agrees to share with its recipient', () => {
    const c = agree(emptyConsent(), 'gp', 'GP', '2026-12-01');
    const made = letter(c, '2026-12-02');
    if (!made.ok) throw new Error(made.error);
    const text = letterText(made.letter);
    expect(text).toMatch(/^Referral to GP\nTo: GP/);
    expect(text).toContain('This is a needs screening, not a diagnosis.');
    expect(text).toContain('The person agreed to share this with: GP.');
    // No raw answers unless chosen.
    expect(text).not.toContain(needsScreening.items.find((i) => i.id === 'rw-letters')!.text);
    const withdrawn = withdrawConsent(c, 'gp', '2026-12-10').consent;
    expect(letter(withdrawn, '2026-12-10')).toMatchObject({ ok: false });
    expect(letter(emptyConsent(), '2026-12-02')).toMatchObject({ ok: false });
  });

  it('puts answers in a letter only when chosen', () => {
    const c = agree(emptyConsent(), 'gp', 'GP', '2026-12-01');
    const made = referralLetter({
      referral,
      screening,
      questionnaire: needsScreening,
      consent: c,
      today: '2026-12-02',
      includeAnswers: true,
      examples: ['I leave letters in a drawer because I cannot read them'],
    });
    if (!made.ok) throw new Error(made.error);
    const text = letterText(made.letter);
    expect(text).toContain(needsScreening.items.find((i) => i.id === 'rw-letters')!.text);
    expect(text).toContain('“I leave letters in a drawer because I cannot read them”');
  });
});

describe('consent to share, properties', () => {
  const recipients = ['gp', 'liaison-and-diversion', 'hostel', 'employer'];
  const day = fc
    .integer({ min: 0, max: 300 })
    .map((n) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const decision = fc.record({
    recipient: fc.constantFrom(...recipients),
    agreed: fc.boolean(),
    on: day,
  });

  it('a withdrawal removes the recipient from every later export, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(decision, { maxLength: 12 }),
        fc.constantFrom(...recipients),
        day,
        fc.array(day, { minLength: 1, maxLength: 5 }),
        (history, withdrawn, withdrawnOn, later) => {
          let c = emptyConsent();
          for (const d of [...history].sort((a, b) => a.on.localeCompare(b.on)))
            c = recordConsent(c, {
              ...d,
              label: d.recipient.toUpperCase(),
              reviewBy: '2028-01-01',
            }).consent;
          const result = withdrawConsent(c, withdrawn, withdrawnOn);
          // A withdrawal dated before a later decision is refused, and the record says so.
          if (result.error) return;
          c = result.consent;
          for (const on of later.filter((d) => d >= withdrawnOn)) {
            const hasLaterYes = c.decisions.some(
              (d) => d.recipient === withdrawn && d.on > withdrawnOn && d.on <= on && d.agreed,
            );
            if (hasLaterYes) continue; // the person agreed again afterwards
            expect(mayShareWith(c, withdrawn, on)).toBe(false);
            const statement = sharingStatement(c, on).join(' ');
            expect(statement.split('did not agree')[0]).not.toContain(withdrawn.toUpperCase());
            if (withdrawn === 'gp') expect(letter(c, on).ok).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
