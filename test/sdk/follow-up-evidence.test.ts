import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NOISE } from '@attune/sdk/evidence';
import {
  FOLLOW_UP_CAVEAT,
  summariseFollowUp,
  type AdjustmentReview,
  type ReferralRecord,
  type ReviewRecord,
} from '@attune/sdk/follow-up';
import { outcome } from '../fixtures/follow-up.js';

const review = (
  n: number,
  adjustments: AdjustmentReview[],
  reviewedOn = '2026-12-05',
  setting: ReviewRecord['setting'] = 'supervision-appointment',
): ReviewRecord => ({
  schemaVersion: 1,
  kind: 'attune.review',
  reference: `P-${n}`,
  needs: n % 2 ? ['memory-organisation'] : ['memory-organisation', 'sensory'],
  setting,
  planAgreedAt: null,
  dueOn: '2026-12-01',
  reviewedOn,
  earlyBecause: null,
  adjustments,
  appointments: null,
  nextReviewOn: '2027-03-01',
});
const referral = (
  n: number,
  to: ReferralRecord['to'],
  sentOn: string,
  assessedOn: string | null,
): ReferralRecord => ({
  schemaVersion: 1,
  kind: 'attune.referral',
  reference: `P-${n}`,
  to,
  otherService: null,
  areas: [],
  consentOn: sentOn,
  status: assessedOn ? 'assessed' : 'sent',
  sentOn,
  acceptedOn: assessedOn ? sentOn : null,
  assessedOn,
  closedOn: null,
  outcome: assessedOn ? { text: 'Private outcome words', personsWords: true } : null,
});

/** A generated cohort: 30 reviews and 20 referrals with known answers. */
function cohort() {
  const reviews: ReviewRecord[] = [];
  for (let n = 0; n < 30; n++) {
    const inPlace = n < 20 ? 'yes' : n < 26 ? 'partly' : 'no';
    const helped = n < 12 ? 'helped' : n < 20 ? 'helped-a-bit' : 'did-not-help';
    const adjustments = [outcome('text-reminders', inPlace, helped)];
    // Quiet room is reviewed for three people only: every count of it is small.
    if (n < 3) adjustments.push(outcome('quiet-room', 'yes', 'helped'));
    reviews.push(review(n, adjustments, n < 25 ? '2026-12-05' : '2027-01-20'));
  }
  const referrals: ReferralRecord[] = [];
  for (let n = 0; n < 20; n++)
    referrals.push(
      n < 12
        ? referral(
            n,
            'adult-adhd-service',
            '2026-06-01',
            n < 7 ? `2026-${String(7 + (n % 5)).padStart(2, '0')}-01` : null,
          )
        : n < 18
          ? referral(n, 'gp', '2026-06-01', '2026-06-15')
          : referral(n, 'brain-injury-service', '2026-06-01', null),
    );
  return { reviews, referrals };
}

/**
 * A published count is the true count plus noise of at most MAX_NOISE, or suppressed (null) when
 * that lands from 1 to threshold − 1: the cohort summary's own cell-key method.
 */
const within = (published: number | null | undefined, count: number, threshold = 5) =>
  published === null
    ? count - MAX_NOISE <= threshold - 1
    : published !== undefined && Math.abs(published - count) <= MAX_NOISE;

describe('evidence of what works, from follow-up records', () => {
  const records = cohort();
  const summary = summariseFollowUp(records);

  it('says how its counts are protected, as the cohort summary does', () => {
    expect(summary.disclosure).toEqual({
      method: 'cell-key-perturbation',
      maxNoise: MAX_NOISE,
      threshold: 5,
    });
  });

  it('counts how often each adjustment was put in place and how often the person said it helped', () => {
    const { inPlace, helped } = summary.adjustments['text-reminders']!;
    expect(within(inPlace.cells.yes, 20)).toBe(true);
    expect(within(inPlace.cells.partly, 6)).toBe(true);
    expect(within(inPlace.cells.no, 4)).toBe(true);
    expect(within(inPlace.total, 30)).toBe(true);
    expect(within(helped.cells.helped, 12)).toBe(true);
    expect(within(helped.cells['helped-a-bit'], 8)).toBe(true);
    expect(within(helped.cells['did-not-help'], 6)).toBe(true);
    expect(within(summary.adjustments['quiet-room']!.inPlace.total, 3)).toBe(true);
    expect(Object.keys(summary.adjustments).sort()).toEqual(['quiet-room', 'text-reminders']);
  });

  it('reads the same outcomes by need area and by setting', () => {
    expect(within(summary.byDomain['memory-organisation']!.inPlace.total, 33)).toBe(true);
    expect(within(summary.byDomain.sensory!.inPlace.cells.yes, 12)).toBe(true);
    expect(within(summary.bySetting['supervision-appointment']!.inPlace.total, 33)).toBe(true);
  });

  it('counts reviews on time and late', () => {
    const { cells, total } = summary.reviews.timing;
    expect(within(cells['on-time'], 25)).toBe(true);
    expect(within(cells.late, 5)).toBe(true);
    expect(within(cells.early, 0)).toBe(true);
    expect(within(total, 30)).toBe(true);
  });

  it('counts referrals by where they went and how far they got, with the median days to assessment', () => {
    const { to, progress, daysToAssessment } = summary.referrals;
    expect(within(to.cells['adult-adhd-service'], 12)).toBe(true);
    expect(within(to.cells.gp, 6)).toBe(true);
    expect(within(to.cells['brain-injury-service'], 2)).toBe(true);
    expect(within(to.total, 20)).toBe(true);
    expect(within(progress['adult-adhd-service']!.cells.assessed, 7)).toBe(true);
    expect(within(progress['adult-adhd-service']!.cells.sent, 5)).toBe(true);
    expect(within(daysToAssessment.assessed, 13)).toBe(true);
    // Thirteen assessed: six after 14 days, two after 30, then 61, 61, 92, 122 and 153.
    expect(daysToAssessment.median).toBe(30);
  });

  it('hides the median when fewer than the threshold were assessed', () => {
    const few = summariseFollowUp({ referrals: records.referrals.slice(12, 15) });
    expect(few.referrals.daysToAssessment.median).toBeNull();
  });

  it('gives the same figures whatever order the records come in, and counts a record given twice once', () => {
    const reversed = summariseFollowUp({
      reviews: [...records.reviews].reverse(),
      referrals: [...records.referrals].reverse(),
    });
    expect(reversed).toEqual(summary);
    const twice = summariseFollowUp({
      reviews: [...records.reviews, records.reviews[0]],
      referrals: records.referrals,
    });
    expect(twice.duplicates).toBe(1);
    expect({ ...twice, duplicates: 0 }).toEqual(summary);
  });

  it('publishes only names from closed lists, never what a record says', () => {
    const odd = review(99, [outcome('<script>made-up</script>', 'yes', 'helped')]);
    const s = summariseFollowUp({ reviews: [odd, ...records.reviews] });
    expect(Object.keys(s.adjustments)).toContain('other');
    expect(JSON.stringify(s)).not.toContain('made-up');
  });

  it('never lets the person’s words, the practitioner’s view or an outcome reach a table', () => {
    // The fixture's person's words and the referral outcomes here all start "Private".
    expect(JSON.stringify(summary)).not.toMatch(/Private/);
  });

  it('counts records it cannot read instead of failing', () => {
    const bad = summariseFollowUp({ reviews: [{ kind: 'attune.review' }, null], referrals: ['x'] });
    expect(bad.invalid).toEqual({ reviews: 2, referrals: 1, screenings: 0 });
  });

  it('says it is service records, not a controlled evaluation', () => {
    expect(FOLLOW_UP_CAVEAT).toMatch(/not a controlled evaluation/);
  });
});

describe('evidence from follow-up records, properties', () => {
  const adjustment = fc
    .record({
      id: fc.constantFrom('text-reminders', 'quiet-room', 'small-steps'),
      inPlace: fc.constantFrom('yes', 'partly', 'no'),
      helped: fc.constantFrom('helped', 'helped-a-bit', 'did-not-help'),
    })
    .map((a) => outcome(a.id, a.inPlace as never, a.helped as never));
  const reviews = fc.array(
    fc
      .record({
        adjustments: fc.array(adjustment, { minLength: 1, maxLength: 3 }),
        late: fc.integer({ min: -5, max: 60 }),
        setting: fc.constantFrom('supervision-appointment', 'court', null),
      })
      .map((r) => ({
        ...review(
          0,
          r.adjustments,
          new Date(Date.UTC(2026, 11, 1) + r.late * 86_400_000).toISOString().slice(0, 10),
          r.setting as never,
        ),
      })),
    { maxLength: 60 },
  );
  const referrals = fc.array(
    fc
      .record({
        to: fc.constantFrom('gp', 'adult-autism-service', 'speech-and-language-therapy'),
        days: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      })
      .map((r) =>
        referral(
          0,
          r.to as never,
          '2026-01-01',
          r.days === null
            ? null
            : new Date(Date.UTC(2026, 0, 1) + r.days * 86_400_000).toISOString().slice(0, 10),
        ),
      ),
    { maxLength: 40 },
  );

  it('publishes no count from 1 to threshold − 1, and the same figures in any order', () => {
    fc.assert(
      fc.property(reviews, referrals, fc.integer({ min: 2, max: 10 }), (rv, rf, threshold) => {
        const s = summariseFollowUp({ reviews: rv, referrals: rf }, { threshold });
        const rows = [
          ...Object.values(s.adjustments).flatMap((o) => [o.inPlace, o.helped]),
          ...Object.values(s.byDomain).flatMap((o) => [o.inPlace, o.helped]),
          ...Object.values(s.bySetting).flatMap((o) => [o.inPlace, o.helped]),
          s.reviews.timing,
          s.referrals.to,
          ...Object.values(s.referrals.progress),
        ];
        for (const row of rows) {
          for (const v of [...Object.values(row.cells), row.total])
            if (v !== null) expect(v === 0 || v >= threshold).toBe(true);
        }
        const assessed = rf.filter((r) => r.assessedOn !== null).length;
        if (s.referrals.daysToAssessment.median !== null)
          expect(assessed).toBeGreaterThanOrEqual(threshold);
        expect(
          summariseFollowUp(
            { reviews: [...rv].reverse(), referrals: [...rf].reverse() },
            { threshold },
          ),
        ).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});
