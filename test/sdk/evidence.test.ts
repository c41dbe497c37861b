import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cohortCsv,
  createCohortAccumulator,
  MAX_NOISE,
  noiseFor,
  summariseCohort,
} from '@attune/sdk/evidence';
import { generatedCohort, generatedRecord } from '../fixtures/cohort.js';
import { partitions } from '../fixtures/evidence-attacker.js';

const near = (published: number | null | undefined, truth: number) =>
  published !== null && published !== undefined && Math.abs(published - truth) <= MAX_NOISE;

describe('the noise added to counts', () => {
  it('is usually nothing or one, never more than MAX_NOISE, and even on both sides', () => {
    const seen = new Map<number, number>();
    for (let k = 0; k < 65536; k++) seen.set(noiseFor(k), (seen.get(noiseFor(k)) ?? 0) + 1);
    expect(Math.max(...seen.keys())).toBe(MAX_NOISE);
    expect(Math.min(...seen.keys())).toBe(-MAX_NOISE);
    expect(((seen.get(0) ?? 0) + (seen.get(1) ?? 0) + (seen.get(-1) ?? 0)) / 65536).toBeGreaterThan(
      0.8,
    );
    for (let n = 1; n <= MAX_NOISE; n++) expect(seen.get(n)).toBe(seen.get(-n));
  });

  it('never publishes a count from 1 to threshold − 1, and every figure is within MAX_NOISE of the truth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 8 }),
        (count, seed, threshold) => {
          const summary = summariseCohort(generatedCohort(count, seed), { threshold });
          for (const [name, row] of partitions(summary))
            for (const v of [...Object.values(row.cells), row.total])
              if (v !== null) expect(v === 0 || v >= threshold, name).toBe(true);
          if (summary.totals.cells.screened !== null)
            expect(near(summary.totals.cells.screened, count)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same records the same figure wherever they are counted', () => {
    const s = summariseCohort(generatedCohort(120, 4));
    const screened = s.totals.cells.screened;
    for (const [name, row] of partitions(s))
      if (name !== 'versions') expect(row.total, name).toBe(screened);
    expect(s.versions['1.0.0']).toBe(screened);
  });
});

describe('summarising a cohort', () => {
  it('counts screened, declined and withdrawn, and each domain level', () => {
    const ended = (status: string, i: number) => ({
      kind: 'screening-ended',
      status,
      questionnaire: { id: 'attune-needs-screening', version: '1.0.1' },
      endedAt: `2026-11-24T10:${String(i).padStart(2, '0')}:00Z`,
    });
    const records = [
      ...generatedCohort(200, 7),
      ...Array.from({ length: 16 }, (_, i) => ended('declined', i)),
      ...Array.from({ length: 19 }, (_, i) => ended('withdrawn', i)),
    ];
    const s = summariseCohort(records);
    expect(near(s.totals.cells.screened, 200)).toBe(true);
    expect(near(s.totals.cells.declined, 16)).toBe(true);
    expect(near(s.totals.cells.withdrawn, 19)).toBe(true);
    expect(near(s.totals.total, 235)).toBe(true);
    expect(Object.keys(s.domains['reading-writing']!.cells)).toEqual([
      'none',
      'some',
      'strong',
      'unknown',
    ]);
    expect(near(s.domains['reading-writing']!.total, 200)).toBe(true);
  });

  it('summarises versions together where domains match, and says which versions it holds', () => {
    const older = Array.from({ length: 30 }, (_, i) =>
      generatedRecord(i, undefined, '0.9.0', ['reading-writing', 'sensory']),
    );
    const s = summariseCohort([...generatedCohort(40, 3), ...older]);
    expect(Object.keys(s.versions)).toEqual(['1.0.0', '1.0.1', '2.0.0', 'other']);
    expect(near(s.versions['other'] ?? null, 30)).toBe(true);
    expect(near(s.domains['reading-writing']!.total, 70)).toBe(true);
    expect(near(s.domains['head-injury-fatigue']!.total, 40)).toBe(true);
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
  });

  it('counts adjustments agreed in plans, and breaks down by closed lists of age band and gender', () => {
    const plan = (i: number) => ({
      schemaVersion: 1,
      id: `plan-${i}`,
      basis: 'screening',
      suggestions: [
        { id: 'text-reminders', decision: 'agreed', reason: null },
        { id: 'quiet-room', decision: 'not-wanted', reason: 'x' },
      ],
      agreedWithPerson: true,
    });
    const s = summariseCohort([
      ...generatedCohort(100, 5),
      ...Array.from({ length: 30 }, (_, i) => plan(i)),
    ]);
    expect(near(s.adjustments.agreed.cells['text-reminders'] ?? null, 30)).toBe(true);
    expect(near(s.otherRecords.cells['adjustment plans'] ?? null, 30)).toBe(true);
    expect(Object.keys(s.byAgeBand.cells)).toEqual([
      '18-24',
      '25-34',
      '35-44',
      '45-54',
      '55+',
      'other',
      'not recorded',
    ]);
    expect(near(s.byGender.total, 100)).toBe(true);
  });

  it('gives the same summary when records stream in one at a time, and writes CSV with [c] for suppressed counts', () => {
    const acc = createCohortAccumulator({ threshold: 10 });
    for (const r of generatedCohort(50, 9)) acc.add(JSON.parse(JSON.stringify(r)));
    const streamed = acc.finish();
    expect(streamed).toEqual(summariseCohort(generatedCohort(50, 9), { threshold: 10 }));
    const csv = cohortCsv(streamed);
    expect(csv.split('\r\n')[0]).toBe('table,row,category,count');
    expect(csv).toContain(`totals,all records,screened,${streamed.totals.cells.screened}`);
    expect(csv).toMatch(/,\[c\]\r\n/);
  });

  it('rejects a threshold that makes no sense', () => {
    expect(() => summariseCohort([], { threshold: 0 })).toThrow(RangeError);
  });
});
