import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  createTrainingMachine,
  PASS_MARK,
  shuffle,
  TrainingModuleSchema,
  xapiStatements,
  type TrainingEvent,
} from '@attune/sdk/training';

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  feedback: `Feedback for option ${id}.`,
  ...(correct ? { correct: true as const } : {}),
});
const module = TrainingModuleSchema.parse({
  id: 'fixture',
  order: 1,
  title: 'Fixture module',
  summary: 'A module for tests only.',
  outcomes: ['Know things'],
  confidence: ['I can do one', 'I can do two', 'I can do three'],
  sources: [{ title: 'T', publisher: 'P', year: 2021 }],
  lessons: [
    { id: 'one', title: 'One', order: 1, minutes: 5 },
    { id: 'two', title: 'Two', order: 2, minutes: 5 },
  ],
  questions: Array.from({ length: 6 }, (_, i) => ({
    id: `q${i + 1}`,
    text: `Question number ${i + 1}?`,
    options: [option('a', true), option('b')],
  })),
});
const machine = createTrainingMachine(module);
const run = (...events: TrainingEvent[]) => {
  const actor = createActor(machine).start();
  for (const e of events) actor.send(e);
  return actor;
};
const toCheck: TrainingEvent[] = [
  { type: 'START', at: '2026-11-24T09:00:00Z' },
  { type: 'RATE', ratings: [2, 2, 3] },
  { type: 'MARK_READ', lessonId: 'one' },
  { type: 'MARK_READ', lessonId: 'two' },
  { type: 'BEGIN_CHECK' },
];
const answerAll = (correct: number): TrainingEvent[] =>
  Array.from({ length: 6 }, (_, i) => [
    {
      type: 'ANSWER',
      optionId: i < correct ? 'a' : 'b',
      at: '2026-11-24T09:30:00Z',
    } as TrainingEvent,
    { type: 'NEXT', at: '2026-11-24T09:31:00Z' } as TrainingEvent,
  ]).flat();

describe('the training flow', () => {
  it('goes from confidence before, through the lessons in order and a passed check, to confidence after', () => {
    const actor = run(...toCheck, ...answerAll(5));
    expect(actor.getSnapshot().value).toBe('result');
    expect(actor.getSnapshot().context.attempts[0]).toMatchObject({ score: 5 / 6, passed: true });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'RATE', ratings: [4, 5, 4], at: '2026-11-24T10:00:00Z' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.output).toMatchObject({
      confidenceBefore: [2, 2, 3],
      confidenceAfter: [4, 5, 4],
      completedAt: '2026-11-24T10:00:00Z',
    });
  });

  it('keeps lessons in order: a later lesson cannot be marked read first', () => {
    const actor = run(
      { type: 'START' },
      { type: 'RATE', ratings: [1, 1, 1] },
      { type: 'MARK_READ', lessonId: 'two' },
      { type: 'BEGIN_CHECK' },
    );
    expect(actor.getSnapshot()).toMatchObject({ value: 'lessons', context: { read: [] } });
    actor.send({ type: 'OPEN_LESSON', lessonId: 'two' });
    expect(actor.getSnapshot().context.lessonId).toBe('one');
  });

  it('fails below the pass mark, gives unlimited retries in a new order, and passes at 80% or more', () => {
    expect(PASS_MARK).toBe(0.8);
    const actor = run(...toCheck, ...answerAll(4)); // 4 of 6 is 67%
    expect(actor.getSnapshot().context.attempts[0]).toMatchObject({ passed: false });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'RETRY', seed: 7 });
    const order = actor.getSnapshot().context.attempts[1]!.order;
    expect([...order].sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(order).not.toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    for (const e of answerAll(6)) actor.send(e);
    expect(actor.getSnapshot().context.attempts[1]).toMatchObject({ passed: true, score: 1 });
  });

  it('rejects ratings outside 1 to 5, the wrong number of ratings, and options that do not exist', () => {
    const actor = run({ type: 'START' }, { type: 'RATE', ratings: [0, 6, 3] });
    expect(actor.getSnapshot()).toMatchObject({
      value: 'confidenceBefore',
      context: { error: 'Rate each statement from 1 to 5' },
    });
    actor.send({ type: 'RATE', ratings: [3, 3] });
    expect(actor.getSnapshot().value).toBe('confidenceBefore');
    const checking = run(...toCheck, { type: 'ANSWER', optionId: 'zz' });
    expect(checking.getSnapshot().context).toMatchObject({
      error: 'Choose an answer',
      questionIndex: 0,
    });
    expect(checking.getSnapshot().context.attempts[0]!.answers).toEqual([]);
  });

  it('shuffles reproducibly from a seed, and always into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.integer(), (items, seed) => {
        expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
        expect([...shuffle(items, seed)].sort()).toEqual([...items].sort());
      }),
    );
  });
});

const eventsFor = (snap: any): TrainingEvent[] => {
  switch (snap.value) {
    case 'intro':
      return [{ type: 'START' }];
    case 'confidenceBefore':
    case 'confidenceAfter':
      return [
        { type: 'RATE', ratings: [3, 3, 3] },
        { type: 'RATE', ratings: [9] },
      ];
    case 'lessons':
      return [
        { type: 'MARK_READ', lessonId: snap.context.lessonId },
        { type: 'OPEN_LESSON', lessonId: 'one' },
        { type: 'OPEN_LESSON', lessonId: 'two' },
        { type: 'BEGIN_CHECK' },
      ];
    // Wrong answers on the first two questions only: enough to fail (4 of 6) and to pass, with a small model.
    case 'check':
      return [
        { type: 'ANSWER', optionId: 'a' },
        ...(snap.context.questionIndex < 2
          ? [{ type: 'ANSWER', optionId: 'b' } as TrainingEvent]
          : []),
        { type: 'NEXT' },
      ];
    // At most one retry, so the model stays finite.
    case 'result':
      return [
        { type: 'NEXT' },
        ...(snap.context.attempts.length < 2 ? [{ type: 'RETRY', seed: 3 } as TrainingEvent] : []),
      ];
    default:
      return [];
  }
};

describe('the training flow, model-based', () => {
  const paths = getShortestPaths(machine, {
    events: eventsFor,
    serializeState: (s: any) =>
      JSON.stringify([
        s.value,
        s.context.read.length,
        s.context.lessonId,
        s.context.attempts.map((a: any) => [a.answers.map((x: any) => x.correct), a.passed]),
        s.context.questionIndex,
        !!s.context.error,
      ]),
  });
  it('reaches every state, and every path holds the rules on a real actor', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(
      new Set([
        'intro',
        'confidenceBefore',
        'lessons',
        'check',
        'result',
        'confidenceAfter',
        'complete',
      ]),
    );
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const step of path.steps)
        if (!step.event.type.startsWith('xstate.')) actor.send(step.event as TrainingEvent);
      const c = actor.getSnapshot().context;
      expect(c.read.map((r) => r.lessonId)).toEqual(['one', 'two'].slice(0, c.read.length));
      if (
        ['check', 'result', 'confidenceAfter', 'complete'].includes(
          actor.getSnapshot().value as string,
        )
      )
        expect(c.read).toHaveLength(2);
      if (['confidenceAfter', 'complete'].includes(actor.getSnapshot().value as string))
        expect(c.attempts.at(-1)!.passed).toBe(true);
      for (const a of c.attempts.filter((x) => x.score !== null))
        expect(a.passed).toBe(a.score! >= PASS_MARK);
    }
  });
});

describe('the training flow, properties', () => {
  const anyEvent = fc.oneof(
    fc.constantFrom<TrainingEvent>(
      { type: 'START' },
      { type: 'BEGIN_CHECK' },
      { type: 'NEXT' },
      { type: 'RETRY', seed: 1 },
      { type: 'RETRY', seed: 2.5 },
    ),
    fc.record({
      type: fc.constant('RATE' as const),
      ratings: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
    }),
    fc.record({
      type: fc.constant('MARK_READ' as const),
      lessonId: fc.constantFrom('one', 'two', 'three'),
    }),
    fc.record({
      type: fc.constant('OPEN_LESSON' as const),
      lessonId: fc.constantFrom('one', 'two', 'three'),
    }),
    fc.record({ type: fc.constant('ANSWER' as const), optionId: fc.constantFrom('a', 'b', 'c') }),
  );
  it('never throws, never completes without a passed attempt and both confidence ratings', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        const actor = createActor(machine).start();
        for (const e of events) if (actor.getSnapshot().status === 'active') actor.send(e);
        const snap = actor.getSnapshot();
        expect(snap.status).not.toBe('error');
        if (snap.status === 'done') {
          expect(snap.context.attempts.some((a) => a.passed)).toBe(true);
          expect(snap.context.confidenceBefore).toHaveLength(3);
          expect(snap.context.confidenceAfter).toHaveLength(3);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// The xAPI 1.0.3 rules that a learning record store checks on every statement.
const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i);
const languageMap = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/), z.string().min(1));
const XapiStatementSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
  actor: z.strictObject({
    objectType: z.literal('Agent'),
    name: z.string().optional(),
    account: z.strictObject({ homePage: iri, name: z.string().min(1) }),
  }),
  verb: z.strictObject({ id: iri, display: languageMap }),
  object: z.strictObject({
    objectType: z.literal('Activity'),
    id: iri,
    definition: z.strictObject({ name: languageMap, type: iri }),
  }),
  result: z
    .strictObject({
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      response: z.string().optional(),
      score: z
        .strictObject({
          scaled: z.number().min(-1).max(1),
          raw: z.number(),
          min: z.number(),
          max: z.number(),
        })
        .refine((s) => s.min <= s.raw && s.raw <= s.max, 'raw between min and max')
        .optional(),
    })
    .optional(),
  timestamp: z.iso.datetime({ offset: true }).optional(),
});

describe('xAPI statements', () => {
  const actorOf = {
    objectType: 'Agent' as const,
    account: { homePage: 'https://lms.example.org', name: 'staff-0042' },
  };
  it('records experienced, answered, failed, passed and completed in the shape xAPI requires', () => {
    const actor = run(
      ...toCheck,
      ...answerAll(3),
      { type: 'RETRY', seed: 5 },
      ...answerAll(6),
      { type: 'NEXT' },
      { type: 'RATE', ratings: [4, 4, 4], at: '2026-11-24T10:00:00Z' },
    );
    const statements = xapiStatements(
      module,
      actor.getSnapshot().context,
      actorOf,
      'https://attune.example.org/',
    );
    for (const s of statements) XapiStatementSchema.parse(s);
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual([
      'experienced',
      'experienced',
      ...Array(6).fill('answered'),
      'failed',
      ...Array(6).fill('answered'),
      'passed',
      'completed',
    ]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const failed = statements.find((s) => s.verb.id.endsWith('failed'))!;
    expect(failed.result).toMatchObject({
      success: false,
      score: { scaled: 0.5, raw: 3, min: 0, max: 6 },
    });
    expect(
      xapiStatements(module, actor.getSnapshot().context, actorOf, 'https://attune.example.org'),
    ).toEqual(statements);
  });
});
