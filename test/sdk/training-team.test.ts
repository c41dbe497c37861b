import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NOISE } from '@attune/sdk/evidence';
import {
  readTrainingImport,
  summariseTeam,
  trainingRecordsBundle,
  type TrainingCompletion,
} from '@attune/sdk/training';

const record = (over: Partial<TrainingCompletion>): TrainingCompletion => ({
  schemaVersion: 1,
  kind: 'attune-training-completion',
  learner: 'l1',
  moduleId: 'autism',
  registration: null,
  startedAt: '2026-11-01T09:00:00Z',
  completedAt: '2026-11-01T10:00:00Z',
  knowledgeBefore: 0.5,
  knowledgeAfter: 1,
  bestScore: 1,
  attempts: 1,
  passed: true,
  confidenceBefore: [2, 2, 2],
  confidenceAfter: [4, 4, 4],
  ...over,
});

/** A team of `n` learners who completed a module, with known scores. */
const team = (moduleId: string, n: number, start = 0) =>
  Array.from({ length: n }, (_, i) =>
    record({
      learner: `l${start + i}`,
      moduleId,
      knowledgeBefore: (i % 3) / 6,
      knowledgeAfter: 5 / 6,
      confidenceBefore: [2, 2, 2],
      confidenceAfter: [4, 5, 3],
    }),
  );

const near = (published: number | null, truth: number) =>
  published === null || Math.abs(published - truth) <= MAX_NOISE;

describe('the team summary', () => {
  it('gives knowledge and confidence before and after, and the change, over the learners with both', () => {
    const summary = summariseTeam(team('autism', 9), ['autism']);
    const row = summary.modules[0]!;
    // Averages are protected (noisy sums over a noisy count): in range, rounded, near the truth.
    expect(near(row.knowledge!.learners, 9)).toBe(true);
    expect(row.knowledge!.before).toBeGreaterThanOrEqual(0);
    expect(row.knowledge!.after).toBeLessThanOrEqual(1);
    expect(row.knowledge!.change).toBeCloseTo(row.knowledge!.after - row.knowledge!.before, 5);
    expect(row.confidence!.before).toBeGreaterThanOrEqual(1);
    expect(row.confidence!.after).toBeLessThanOrEqual(5);
    expect(Number.isInteger(row.knowledge!.after * 100)).toBe(true);
    expect(Number.isInteger(Math.round(row.confidence!.after * 10 * 1e9) / 1e9)).toBe(true);
    // Counts carry the evidence page's noise: close to the truth, never exactly given away.
    for (const [published, truth] of [
      [row.started, 9],
      [row.completed, 9],
      [row.notCompleted, 0],
    ] as const)
      expect(near(published, truth)).toBe(true);
  });

  it('keeps the averages of a large team close to the truth, so the protection costs little there', () => {
    const row = summariseTeam(team('autism', 300), ['autism']).modules[0]!;
    expect(row.knowledge!.before).toBeCloseTo((0 + 1 / 6 + 2 / 6) / 3, 1);
    expect(row.knowledge!.after).toBeCloseTo(5 / 6, 1);
    expect(row.confidence!.before).toBeCloseTo(2, 1);
    expect(row.confidence!.after).toBeCloseTo(4, 1);
  });

  it('shows no averages for fewer learners than the threshold', () => {
    const few = summariseTeam(team('adhd', 3), ['adhd']);
    expect(few.modules[0]).toMatchObject({ knowledge: null, confidence: null });
  });

  it('counts each learner once per module, keeping their completed record', () => {
    const records = [
      ...team('autism', 8),
      record({
        learner: 'l0',
        completedAt: null,
        passed: false,
        startedAt: '2026-12-01T09:00:00Z',
      }),
    ];
    expect(summariseTeam(records, ['autism'])).toEqual(
      summariseTeam(team('autism', 8), ['autism']),
    );
  });

  it('gives the same figures for the same records in any order', () => {
    const records = [...team('autism', 8), ...team('adhd', 6, 20)];
    expect(summariseTeam([...records].reverse(), ['autism', 'adhd'])).toEqual(
      summariseTeam(records, ['autism', 'adhd']),
    );
  });

  it('never publishes a count from 1 to threshold − 1, nor one further than the noise allows from the truth', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            learner: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `p${i}`)),
            moduleId: fc.constantFrom('autism', 'adhd'),
            done: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 2, max: 10 }),
        (rows, threshold) => {
          const records = rows.map((r) =>
            record({
              learner: r.learner,
              moduleId: r.moduleId,
              completedAt: r.done ? '2026-11-01T10:00:00Z' : null,
              passed: r.done,
            }),
          );
          const summary = summariseTeam(records, ['autism', 'adhd'], { threshold });
          const small = (n: number | null) => n !== null && n >= 1 && n < threshold;
          expect(small(summary.learners)).toBe(false);
          for (const m of summary.modules) {
            for (const n of [m.started, m.completed, m.notCompleted]) expect(small(n)).toBe(false);
            const truth = new Set(
              records.filter((r) => r.moduleId === m.moduleId).map((r) => r.learner),
            ).size;
            expect(near(m.started, truth)).toBe(true);
            for (const measure of [m.knowledge, m.confidence])
              if (measure) expect(measure.learners).toBeGreaterThanOrEqual(threshold);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('importing training records', () => {
  it('reads a bundle of completion records and sets aside what is not one', () => {
    const bundle = trainingRecordsBundle(team('autism', 2));
    const data = { ...bundle, records: [...bundle.records, { kind: 'something else' }] };
    const imported = readTrainingImport(JSON.parse(JSON.stringify(data)));
    expect(imported.records).toHaveLength(2);
    expect(imported.skipped).toBe(1);
    expect(imported.problems[0]).toMatch(/record 3/);
  });

  it('rejects a record with a time that is not ISO 8601 or a rating outside 1 to 5', () => {
    const imported = readTrainingImport([
      record({ completedAt: 'yesterday' }),
      record({ confidenceAfter: [9, 4, 4] }),
    ]);
    expect(imported).toMatchObject({ records: [], skipped: 2 });
  });
});
