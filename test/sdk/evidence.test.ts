import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cohortCsv,
  createCohortAccumulator,
  suppressRow,
  summariseCohort,
  type SuppressedRow,
} from '@attune/sdk/evidence';
import { generatedCohort, generatedRecord } from '../fixtures/cohort.js';

/** Every published row in a summary. */
function rows(summary: ReturnType<typeof summariseCohort>): [string, SuppressedRow][] {
  return [
    ['totals', summary.totals],
    ...Object.entries(summary.domains).map(
      ([d, r]) => [`domain ${d}`, r] as [string, SuppressedRow],
    ),
    ['wanted', summary.diagnosis.wanted],
    ['age', summary.byAgeBand],
    ['gender', summary.byGender],
  ];
}

/** What a reader could work out from a published row: a hidden cell is recoverable if it is the only unknown. */
function recoverable(row: SuppressedRow): boolean {
  const hidden = Object.values(row.cells).filter((v) => v === null).length;
  return row.total !== null && hidden === 1;
}

describe('small-number suppression', () => {
  it('hides counts from 1 to threshold − 1 and keeps zeros and larger counts', () => {
    expect(suppressRow({ a: 0, b: 4, c: 5, d: 40 }, 49, 5)).toEqual({
      cells: { a: 0, b: null, c: null, d: 40 },
      total: 49,
    });
    expect(suppressRow({ a: 10, b: 20 }, 30, 5)).toEqual({ cells: { a: 10, b: 20 }, total: 30 });
  });

  it('hides a second cell so one hidden cell cannot be worked out from the total', () => {
    expect(suppressRow({ a: 3, b: 50, c: 12 }, 65, 5)).toEqual({
      cells: { a: null, b: 50, c: null },
      total: 65,
    });
  });

  it('hides the total when the only other cells are zero', () => {
    expect(suppressRow({ a: 3, b: 0 }, 3 + 0 + 0, 2)).toEqual({ cells: { a: 3, b: 0 }, total: 3 });
    expect(suppressRow({ a: 3, b: 0, c: 0 }, 3, 5)).toEqual({
      cells: { a: null, b: 0, c: 0 },
      total: null,
    });
  });

  it('never publishes a small count, and never leaves a hidden count recoverable from its row', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.nat({ max: 30 }), {
          minKeys: 1,
        }),
        fc.integer({ min: 2, max: 10 }),
        (cells, threshold) => {
          const total = Object.values(cells).reduce((x, y) => x + y, 0);
          const row = suppressRow(cells, total, threshold);
          for (const v of [...Object.values(row.cells), row.total])
            if (v !== null) expect(v === 0 || v >= threshold).toBe(true);
          expect(recoverable(row)).toBe(false);
          // What is shown is true.
          for (const [k, v] of Object.entries(row.cells)) if (v !== null) expect(v).toBe(cells[k]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves nothing recoverable in any row of a whole summary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 8 }),
        (count, seed, threshold) => {
          const summary = summariseCohort(generatedCohort(count, seed), { threshold });
          for (const [name, row] of rows(summary)) {
            expect(recoverable(row), name).toBe(false);
            for (const v of [...Object.values(row.cells), row.total])
              if (v !== null) expect(v === 0 || v >= threshold, name).toBe(true);
          }
          for (const v of Object.values(summary.adjustments.recommended.cells))
            if (v !== null)
              expect(v === 0 || (v >= threshold && count - v >= threshold) || v === count).toBe(
                true,
              );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('summarising a cohort', () => {
  it('counts screened, declined and withdrawn, and each domain level', () => {
    const records = [
      ...generatedCohort(200, 7),
      ...Array(6).fill({ kind: 'screening-ended', status: 'declined' }),
      ...Array(9).fill({ kind: 'screening-ended', status: 'withdrawn' }),
    ];
    const s = summariseCohort(records);
    expect(s.totals).toEqual({ cells: { screened: 200, declined: 6, withdrawn: 9 }, total: 215 });
    const reading = s.domains['reading-writing']!;
    expect(Object.values(reading.cells).reduce((a, b) => a! + (b ?? 0), 0)).toBeLessThanOrEqual(
      200,
    );
    expect(reading.total).toBe(200);
  });

  it('summarises versions together where domains match, and says which versions it holds', () => {
    const older = Array.from({ length: 30 }, (_, i) =>
      generatedRecord(i, undefined, '0.9.0', ['reading-writing', 'sensory']),
    );
    const s = summariseCohort([...generatedCohort(40, 3), ...older]);
    expect(s.versions).toEqual({
      'attune-needs-screening@0.9.0': 30,
      'attune-needs-screening@1.0.0': 40,
    });
    expect(s.domains['reading-writing']!.total).toBe(70);
    expect(s.domains['head-injury-fatigue']!.total).toBe(40);
  });

  it('counts invalid records by reason, with their positions, and never drops them silently', () => {
    const good = [...generatedCohort(10, 2)];
    const s = summariseCohort([
      good[0],
      'text',
      null,
      { schemaVersion: 2 },
      { ...good[1], profile: { domains: [{ domain: 'x', level: 'enormous' }] } },
      { kind: 'screening-ended', status: 'maybe' },
      ...good.slice(2),
    ]);
    expect(s.invalid.count).toBe(5);
    expect(s.invalid.reasons).toMatchObject({
      'not a JSON object': { count: 2, examples: [2, 3] },
      'unknown schemaVersion': { count: 1, examples: [4] },
      'a needs profile entry has no domain or an unknown level': { count: 1, examples: [5] },
    });
    expect(s.totals.cells.screened).toBe(9);
  });

  it('counts adjustments agreed in plans, and breaks down by age band and gender', () => {
    const plan = {
      schemaVersion: 1,
      basis: 'screening',
      suggestions: [
        { id: 'text-reminders', decision: 'agreed', reason: null },
        { id: 'quiet-room', decision: 'not-wanted', reason: 'x' },
      ],
      agreedWithPerson: true,
    };
    const s = summariseCohort([...generatedCohort(100, 5), ...Array(12).fill(plan)]);
    expect(s.adjustments.agreed.cells).toEqual({ 'text-reminders': 12 });
    expect(Object.keys(s.byAgeBand.cells)).toEqual([
      '18-24',
      '25-34',
      '35-44',
      '45-54',
      '55+',
      'not recorded',
    ]);
    expect(s.byGender.total).toBe(100);
  });

  it('gives the same summary when records stream in one at a time, and writes CSV with [c] for suppressed counts', () => {
    const acc = createCohortAccumulator({ threshold: 10 });
    for (const r of generatedCohort(50, 9)) acc.add(JSON.parse(JSON.stringify(r)));
    const streamed = acc.finish();
    expect(streamed).toEqual(summariseCohort(generatedCohort(50, 9), { threshold: 10 }));
    const csv = cohortCsv(streamed);
    expect(csv.split('\n')[0]).toBe('table,row,category,count');
    expect(csv).toContain('totals,all records,screened,50');
    expect(csv).toMatch(/,\[c\]\n/);
  });

  it('rejects a threshold that makes no sense', () => {
    expect(() => summariseCohort([], { threshold: 0 })).toThrow(RangeError);
  });
});
