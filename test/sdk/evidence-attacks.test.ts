// The evidence base played as an attacker would play it: from one summary, from two summaries that
// differ by one known person, and with records written to break the tables.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortCsv, MAX_NOISE, summariseCohort, type CohortSummary } from '@attune/sdk/evidence';
import { csvCell } from '../../sdk/common/csv.js';
import { generatedCohort, generatedRecord, random } from '../fixtures/cohort.js';
import {
  partitions,
  pinnedByDifference,
  pinnedInOne,
  possibleCategories,
} from '../fixtures/evidence-attacker.js';

const ended = (status: string, i: number) => ({
  kind: 'screening-ended',
  status,
  questionnaire: { id: 'attune-needs-screening', version: '1.0.0' },
  endedAt: `2026-11-${String(10 + (i % 18)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z`,
});
const near = (published: number | null | undefined, truth: number) =>
  published !== null && published !== undefined && Math.abs(published - truth) <= MAX_NOISE;

describe('within one summary', () => {
  it('a version count cannot be worked out from the total', () => {
    const records = [
      ...generatedCohort(200, 3),
      ...Array.from({ length: 3 }, (_, i) => ({
        ...generatedRecord(1000 + i),
        questionnaire: { id: 'attune-needs-screening', version: '1.0.1' },
      })),
    ];
    expect(pinnedInOne(summariseCohort(records))).toEqual([]);
  });

  it('"declined" cannot be worked out from screened and every domain total', () => {
    const records = [...generatedCohort(100, 4), ...[0, 1, 2].map((i) => ended('declined', i))];
    expect(pinnedInOne(summariseCohort(records))).toEqual([]);
  });

  it('no suppressed count is pinned in any summary of a random cohort', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (count, seed, declined, withdrawn) => {
          const records = [
            ...generatedCohort(count, seed),
            ...Array.from({ length: declined }, (_, i) => ended('declined', seed + i)),
            ...Array.from({ length: withdrawn }, (_, i) => ended('withdrawn', seed + 100 + i)),
          ];
          expect(pinnedInOne(summariseCohort(records))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('two summaries that differ by one known person', () => {
  // Rows that say something about a person: their need level in each area, their wish about a
  // diagnosis, their age band and gender.
  const rowsAboutAPerson = (s: CohortSummary) =>
    partitions(s)
      .filter(([name]) => name !== 'versions')
      .map(([name]) => name);
  const pick = (name: string) => (s: CohortSummary) => Object.fromEntries(partitions(s))[name];

  it('finds no exact suppressed count and no level, band, gender or wish of the person', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 100_000 }),
        (count, seed) => {
          const cohort = [...generatedCohort(count, seed)];
          const person = generatedRecord(count, random(seed * 7 + 1));
          // Removing the person gives the same pair of summaries, read in the other order.
          const before = summariseCohort(cohort);
          const after = summariseCohort([...cohort, person]);
          for (const name of rowsAboutAPerson(after)) {
            expect(possibleCategories(before, after, pick(name)).length, name).toBeGreaterThan(1);
            expect(pinnedByDifference(before, after, pick(name)), name).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('in at least 11 of 12 tries the old attack on this cohort learns nothing', () => {
    // The case the issue found: one record added to a small cohort.
    let learnt = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const cohort = [...generatedCohort(30, seed)];
      const before = summariseCohort(cohort);
      const after = summariseCohort([...cohort, generatedRecord(99, random(seed))]);
      for (const name of rowsAboutAPerson(after))
        if (possibleCategories(before, after, pick(name)).length === 1) learnt++;
    }
    expect(learnt).toBe(0);
  });
});

describe('records written to break the tables', () => {
  it('publishes a free-text gender as "other", never as written', () => {
    const records = [...generatedCohort(30, 5)].map((r, i) =>
      i < 20 ? { ...r, demographics: { gender: 'John Smith, 12 High Street' } } : r,
    );
    const s = summariseCohort(records);
    expect(Object.keys(s.byGender.cells)).toEqual([
      'man',
      'woman',
      'non-binary',
      'other',
      'not recorded',
    ]);
    expect(near(s.byGender.cells.other, 20)).toBe(true);
    expect(cohortCsv(s)).not.toMatch(/Smith/);
  });

  it('counts a record added five times once, and says how many duplicates it dropped', () => {
    const one = generatedRecord(1);
    const many = summariseCohort([one, one, one, one, one]);
    const single = summariseCohort([one]);
    expect(many.duplicates).toBe(4);
    expect({ ...many, duplicates: 0 }).toEqual({ ...single, duplicates: 0 });
    // Records with the same id are the same record, even if one copy differs.
    const s = summariseCohort([
      { ...one, id: 'r-1' },
      { ...one, id: 'r-1', completedAt: '2026-11-25T10:00:00Z' },
    ]);
    expect(s.duplicates).toBe(1);
  });

  it('refuses a record that lists one domain twice, instead of counting it three times', () => {
    const r = generatedRecord(2);
    const twice = { ...r, profile: { domains: [...r.profile.domains, r.profile.domains[0]] } };
    const s = summariseCohort([twice]);
    expect(s.invalid.reasons['a needs profile lists a domain twice']?.count).toBe(1);
  });

  it('counts practical-support checks as checks, never as screenings', () => {
    const checks = [...generatedCohort(50, 6)].map((r) => ({
      ...r,
      questionnaire: { id: 'attune-practical-support', version: '1.0.0' },
    }));
    const s = summariseCohort(checks);
    expect(near(s.otherRecords.cells['practical-support checks'], 50)).toBe(true);
    expect(s.totals.cells.screened ?? 0).toBeLessThanOrEqual(MAX_NOISE);
  });

  it('refuses records of a questionnaire it does not know', () => {
    const s = summariseCohort([
      { ...generatedRecord(3), questionnaire: { id: 'made-up', version: '1.0.0' } },
    ]);
    expect(s.invalid.reasons['a questionnaire the evidence base does not know']?.count).toBe(1);
  });

  it('keeps "__proto__" and "constructor" out of every table', () => {
    const hostile = [...generatedCohort(20, 8)].map((r) => ({
      ...r,
      questionnaire: { id: 'attune-needs-screening', version: 'constructor' },
      demographics: { ageBand: '__proto__', gender: 'constructor' },
      recommendedAdjustments: ['__proto__', 'constructor', 'toString'],
      diagnosis: { wanted: 'constructor', areas: ['__proto__', 'hasOwnProperty'] },
    }));
    const parsed = hostile.map((r) =>
      JSON.parse(JSON.stringify(r).replace('"ageBand"', '"__proto__":{"x":1},"ageBand"')),
    );
    const s = summariseCohort(parsed);
    const text = JSON.stringify(s) + cohortCsv(s);
    expect(text).not.toMatch(/function|native code|__proto__|constructor/);
    expect(s.totals.cells.screened).not.toBeNull();
    for (const [, row] of partitions(s))
      for (const v of Object.values(row.cells))
        expect(v === null || Number.isInteger(v)).toBe(true);
  });
});

describe('formula injection', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('defuses a cell starting %j', (v) => {
    expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('quotes a bare carriage return', () => {
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });

  it('defuses a summary whose categories were tampered with before writing CSV', () => {
    const s = summariseCohort(generatedCohort(10, 1));
    const tampered = { ...s, versions: { '=HYPERLINK("http://x")': 5, '-2+3': null } };
    const csv = cohortCsv(tampered);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'-2+3");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
