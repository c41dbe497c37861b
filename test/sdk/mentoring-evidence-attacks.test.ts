// The mentoring summary played as an attacker would play it, as test/sdk/evidence-attacks does for
// the cohort: from one summary, and from two summaries that differ by one known plan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CohortSummary, SuppressedRow } from '@attune/sdk/evidence';
import { summariseMentoring, type MentoringSummary } from '@attune/sdk/mentoring';
import { allowed, pinnedByDifference, possibleCategories } from '../fixtures/evidence-attacker.js';
import { random } from '../fixtures/cohort.js';
import { generatedPlan, generatedPlans } from '../fixtures/mentoring-plans';

// The attacker reads any summary by its threshold and largest noise, which this one publishes too.
const asCohort = (s: MentoringSummary) => s as unknown as CohortSummary;
/** Rows where each plan (or person rated twice) is in exactly one cell: what an attacker can difference. */
const partitionRows = (s: MentoringSummary): [string, SuppressedRow][] => [
  ['plans', s.plans],
  ...Object.entries(s.selfRatings).map(([q, r]) => [`rating ${q}`, r] as [string, SuppressedRow]),
];
const pick = (name: string) => (s: CohortSummary) =>
  Object.fromEntries(partitionRows(s as unknown as MentoringSummary))[name];

/** Suppressed cells of a row that its published total and other cells pin to one number. */
function pinnedInRow(s: MentoringSummary, row: SuppressedRow): string[] {
  if (row.total === null) return [];
  const cohort = asCohort(s);
  const total = allowed(row.total, cohort);
  const ranges = Object.fromEntries(
    Object.entries(row.cells).map(([c, v]) => [c, allowed(v, cohort)]),
  );
  const found: string[] = [];
  for (const [c, v] of Object.entries(row.cells)) {
    if (v !== null) continue;
    const others = Object.entries(ranges).filter(([o]) => o !== c);
    const lo = Math.max(ranges[c]![0], total[0] - others.reduce((a, [, r]) => a + r[1], 0));
    const hi = Math.min(ranges[c]![1], total[1] - others.reduce((a, [, r]) => a + r[0], 0));
    if (lo === hi) found.push(`${c} = ${lo}`);
  }
  return found;
}

describe('within one summary', () => {
  it('no suppressed count is pinned by a row’s total and its other cells, in any random caseload', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 10_000 }),
        (count, seed) => {
          const s = summariseMentoring(generatedPlans(count, seed));
          for (const row of [s.plans, s.goals, s.steps, s.stuck, ...Object.values(s.selfRatings)])
            expect(pinnedInRow(s, row)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('two summaries that differ by one known plan', () => {
  it('never tell where the plan stands or how the person’s ratings changed, nor pin a hidden count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 100_000 }),
        (count, seed) => {
          const caseload = generatedPlans(count, seed);
          // A person rated at least twice, so they are in every rating row the attacker looks at.
          const base = generatedPlan(999_999, random(seed * 7 + 1));
          const person = {
            ...base,
            selfRatings: [
              { at: null, ratings: { situation: 2, confidence: 1, 'on-my-side': 3, ready: 5 } },
              { at: null, ratings: { situation: 4, confidence: 1, 'on-my-side': 2, ready: 5 } },
            ],
          };
          const before = asCohort(summariseMentoring(caseload));
          const after = asCohort(summariseMentoring([...caseload, person]));
          for (const [name] of partitionRows(after as unknown as MentoringSummary)) {
            if (name === 'rating thoughts-hold-back' || name === 'rating other') continue; // not rated
            expect(possibleCategories(before, after, pick(name)).length, name).toBeGreaterThan(1);
            expect(pinnedByDifference(before, after, pick(name)), name).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
