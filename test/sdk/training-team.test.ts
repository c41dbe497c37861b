import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('the team summary', () => {
  it('gives completion, knowledge and confidence before and after, and the change', () => {
    const summary = summariseTeam(team('autism', 9), ['autism']);
    const row = summary.modules[0]!;
    expect(row).toMatchObject({ started: 9, completed: 9, notCompleted: 0 });
    expect(row.knowledge!.learners).toBe(9);
    expect(row.knowledge!.before).toBeCloseTo((0 + 1 / 6 + 2 / 6) / 3);
    expect(row.knowledge!.after).toBeCloseTo(5 / 6);
    expect(row.knowledge!.change).toBeCloseTo(5 / 6 - 1 / 6);
    expect(row.confidence).toMatchObject({ before: 2, after: 4, change: 2 });
  });

  it('hides small numbers as the evidence page does: a small count, and the one that would reveal it', () => {
    const records = [
      ...team('autism', 7),
      record({ learner: 'late', completedAt: null, passed: false, knowledgeAfter: null }),
    ];
    const row = summariseTeam(records, ['autism']).modules[0]!;
    // 1 not completed is hidden; completed would give it away by subtraction, so it is hidden too.
    expect(row).toMatchObject({ started: 8, completed: null, notCompleted: null });
    const few = summariseTeam(team('adhd', 3), ['adhd']);
    expect(few.learners).toBeNull();
    expect(few.modules[0]).toMatchObject({ started: null, knowledge: null, confidence: null });
  });

  it('counts each learner once per module, keeping their completed record', () => {
    const records = [
      ...team('autism', 5),
      record({
        learner: 'l0',
        completedAt: null,
        passed: false,
        startedAt: '2026-12-01T09:00:00Z',
      }),
    ];
    expect(summariseTeam(records, ['autism']).modules[0]).toMatchObject({
      started: 5,
      completed: 5,
    });
  });

  it('never publishes a count from 1 to threshold − 1, nor one hidden count beside a shown total', () => {
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
            const hidden = [m.completed, m.notCompleted].filter((n) => n === null).length;
            if (m.started !== null) expect(hidden).not.toBe(1);
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
