import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  createTrainingMachine,
  currentTrainingQuestion,
  drawForm,
  FORM_SIZE,
  PASS_MARK,
  shuffle,
  type TrainingContext,
  type TrainingEvent,
} from '@attune/sdk/training';
import { fixtureModule as module } from '../fixtures/training-module.js';

const machine = createTrainingMachine(module);
const run = (...events: TrainingEvent[]) => {
  const actor = createActor(machine).start();
  for (const e of events) actor.send(e);
  return actor;
};
const REG = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';
const at = (minute: number) => `2026-11-24T09:${String(minute).padStart(2, '0')}:00Z`;
const start = (seed = 11): TrainingEvent[] => [
  { type: 'START', at: at(0), seed, registration: REG },
  { type: 'RATE', ratings: [2, 2, 3], at: at(1) },
];
/** The knowledge test before the lessons: `right` answers right, the rest wrong, no feedback step. */
const before = (right: number): TrainingEvent[] =>
  Array.from({ length: FORM_SIZE }, (_, i) => ({
    type: 'ANSWER',
    optionId: i < right ? 'a' : 'b',
    at: at(2 + i),
  }));
const lessons: TrainingEvent[] = [
  { type: 'MARK_READ', lessonId: 'one', at: at(10) },
  { type: 'MARK_READ', lessonId: 'two', at: at(20) },
  { type: 'BEGIN_CHECK', at: at(21) },
];
/** One attempt at the check: each answer, then NEXT past its feedback. */
const check = (right: number): TrainingEvent[] =>
  Array.from({ length: FORM_SIZE }, (_, i) => [
    { type: 'ANSWER', optionId: i < right ? 'a' : 'c', at: at(30 + i) } as TrainingEvent,
    { type: 'NEXT', at: at(40 + i) } as TrainingEvent,
  ]).flat();
const toCheck = (seed = 11) => [...start(seed), ...before(2), ...lessons];

describe('a learner going through a module', () => {
  it('rates confidence, takes the test before, reads the lessons in order, passes a check on new questions and rates again', () => {
    const actor = run(...start(), ...before(2));
    expect(actor.getSnapshot().value).toBe('lessons');
    const { knowledgeBefore } = actor.getSnapshot().context;
    expect(knowledgeBefore).toMatchObject({ score: 2 / FORM_SIZE, passed: null });
    for (const e of [...lessons, ...check(5)]) actor.send(e);
    const first = actor.getSnapshot().context.attempts[0]!;
    expect(first).toMatchObject({ score: 5 / 6, passed: true });
    // Two parallel forms: nothing asked before the lessons is asked again in the first check.
    expect(first.order.filter((id) => knowledgeBefore!.order.includes(id))).toEqual([]);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'RATE', ratings: [4, 5, 4], at: '2026-11-24T10:00:00Z' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.output).toMatchObject({
      registration: REG,
      confidenceBefore: [2, 2, 3],
      confidenceAfter: [4, 5, 4],
      completedAt: '2026-11-24T10:00:00Z',
    });
  });

  it('gives no feedback step in the test before the lessons: each answer goes straight to the next question', () => {
    const actor = run(...start(), ...before(1));
    expect(actor.getSnapshot().context.knowledgeBefore!.answers).toHaveLength(FORM_SIZE);
    const mid = run(...start(), { type: 'ANSWER', optionId: 'a' });
    const view = currentTrainingQuestion(module, mid.getSnapshot())!;
    expect(view).toMatchObject({ phase: 'before', number: 2, of: FORM_SIZE, answer: null });
  });

  it('keeps lessons in order: a later lesson cannot be marked read first', () => {
    const actor = run(...start(), ...before(0), { type: 'MARK_READ', lessonId: 'two' });
    actor.send({ type: 'BEGIN_CHECK' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'lessons', context: { read: [] } });
    actor.send({ type: 'OPEN_LESSON', lessonId: 'two' });
    expect(actor.getSnapshot().context.lessonId).toBe('one');
  });

  it('fails below the pass mark and passes at it: 4 of 6 is 67%, 5 of 6 is 83%', () => {
    expect(PASS_MARK).toBe(0.8);
    expect(run(...toCheck(), ...check(4)).getSnapshot().context.attempts[0]).toMatchObject({
      passed: false,
    });
    expect(run(...toCheck(), ...check(5)).getSnapshot().context.attempts[0]).toMatchObject({
      passed: true,
    });
  });

  it('stays on the result after a fail, and a retry draws different questions from the bank', () => {
    const actor = run(...toCheck(), ...check(3));
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'RETRY', seed: 7, at: at(50) });
    const [first, second] = actor.getSnapshot().context.attempts;
    expect(second!.order.filter((id) => first!.order.includes(id))).toEqual([]);
    for (const e of check(6)) actor.send(e);
    expect(actor.getSnapshot().context.attempts[1]).toMatchObject({ passed: true, score: 1 });
  });

  it('rejects ratings outside 1 to 5, unknown options, and times, seeds or registrations a record cannot hold', () => {
    const actor = run({ type: 'START' }, { type: 'RATE', ratings: [0, 6, 3] });
    expect(actor.getSnapshot().value).toBe('confidenceBefore');
    // Every unrated statement at once, each named by its place, so a form can mark each one.
    expect(actor.getSnapshot().context.errors).toEqual([
      expect.objectContaining({ code: 'rating-required', field: 'ratings.0' }),
      expect.objectContaining({ code: 'rating-required', field: 'ratings.1' }),
    ]);
    expect(actor.getSnapshot().context.error?.message).toMatch(/^Rate statement 1 from 1/);
    actor.send({ type: 'RATE', ratings: [3, 3, 3, 3] });
    expect(actor.getSnapshot().context.errors).toEqual([
      expect.objectContaining({
        code: 'rating-required',
        message: expect.stringMatching(/3 ratings/),
      }),
    ]);
    actor.send({ type: 'RATE', ratings: [3, 3, 3] });
    expect(actor.getSnapshot().context).toMatchObject({ errors: [], error: null });
    const checking = run(...toCheck(), { type: 'ANSWER', optionId: 'zz' });
    expect(checking.getSnapshot().context.error).toMatchObject({
      code: 'answer-required',
      message: 'Choose an answer',
    });
    expect(checking.getSnapshot().context.attempts[0]!.answers).toEqual([]);
    for (const bad of [
      { type: 'START', at: 'yesterday' },
      { type: 'START', at: '2026-02-31T09:00:00Z' },
      { type: 'START', at: '2026-11-24' },
      { type: 'START', seed: -1 },
      { type: 'START', seed: 1.5 },
      { type: 'START', registration: 'not-a-uuid' },
    ] as TrainingEvent[]) {
      const a = run(bad);
      expect(a.getSnapshot().value, JSON.stringify(bad)).toBe('intro');
      expect(a.getSnapshot().context.error?.message).toMatch(/ISO 8601|seed|registration/);
    }
    const late = run(...toCheck(), { type: 'ANSWER', optionId: 'a', at: 'yesterday' });
    expect(late.getSnapshot().context.attempts[0]!.answers).toEqual([]);
  });
});

describe('drawing questions and shuffling options', () => {
  it('shuffles reproducibly from a seed, and always into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.integer(), (items, seed) => {
        expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
        expect([...shuffle(items, seed)].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('replays a run exactly from its seeds, and shows each question its own order of options', () => {
    const events = [...toCheck(99), ...check(3), { type: 'RETRY', seed: 5 } as TrainingEvent];
    const a = run(...events).getSnapshot().context;
    expect(run(...events).getSnapshot().context).toEqual(a);
    for (const attempt of [a.knowledgeBefore!, ...a.attempts])
      attempt.options.forEach((ids) => expect([...ids].sort()).toEqual(['a', 'b', 'c', 'd']));
    const orders = new Set(a.attempts[0]!.options.map((ids) => ids.join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('puts the right answer in every position across seeds, so position gives nothing away', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 0; seed < 400; seed++)
      for (const ids of drawForm(module, seed).options) positions[ids.indexOf('a')]!++;
    // 2,400 draws: each position near a quarter (600); 480–720 is far outside chance.
    for (const n of positions) expect(n).toBeGreaterThan(480);
    for (const n of positions) expect(n).toBeLessThan(720);
  });

  it('never repeats a question within a form, and the first check never repeats the test before', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const actor = run(...toCheck(seed));
        const c = actor.getSnapshot().context;
        const all = [...c.knowledgeBefore!.order, ...c.attempts[0]!.order];
        expect(new Set(all).size).toBe(2 * FORM_SIZE);
      }),
      { numRuns: 300 },
    );
  });
});

const eventsFor = (snap: { value: unknown; context: TrainingContext }): TrainingEvent[] => {
  switch (snap.value) {
    case 'intro':
      return [{ type: 'START', seed: 1, registration: REG }];
    case 'confidenceBefore':
    case 'confidenceAfter':
      return [
        { type: 'RATE', ratings: [3, 3, 3] },
        { type: 'RATE', ratings: [9] },
      ];
    case 'knowledgeBefore':
      return [{ type: 'ANSWER', optionId: 'a' }];
    case 'lessons':
      return [
        { type: 'MARK_READ', lessonId: snap.context.lessonId! },
        { type: 'OPEN_LESSON', lessonId: 'one' },
        { type: 'BEGIN_CHECK' },
      ];
    // Wrong answers are offered on the first two questions only: enough to fail (4 of 6) and to pass.
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
    events: eventsFor as never,
    serializeState: (s: any) =>
      JSON.stringify([
        s.value,
        s.context.knowledgeBefore?.answers.length ?? null,
        s.context.read.length,
        s.context.lessonId,
        s.context.attempts.map((a: any) => [a.answers.map((x: any) => x.correct), a.passed]),
        s.context.questionIndex,
        !!s.context.error,
      ]),
  });
  const named = (value: string) => paths.filter((p) => p.state.value === value);

  it('reaches every state', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(
      new Set([
        'intro',
        'confidenceBefore',
        'knowledgeBefore',
        'lessons',
        'check',
        'result',
        'confidenceAfter',
        'complete',
      ]),
    );
  });

  it('the shortest way to completion takes the test before, both lessons and one passed check', () => {
    const shortest = named('complete').sort((a, b) => a.steps.length - b.steps.length)[0]!;
    const types = shortest.steps.map((s) => s.event.type);
    expect(types.filter((t) => t === 'MARK_READ')).toHaveLength(2);
    expect(types.filter((t) => t === 'RETRY')).toHaveLength(0);
    expect(types.filter((t) => t === 'ANSWER')).toHaveLength(2 * FORM_SIZE);
  });

  it('every path holds the rules on a real actor', () => {
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const step of path.steps)
        if (!step.event.type.startsWith('xstate.')) actor.send(step.event as TrainingEvent);
      const snap = actor.getSnapshot();
      const c = snap.context;
      expect(c.read.map((r) => r.lessonId)).toEqual(['one', 'two'].slice(0, c.read.length));
      if (['lessons', 'check', 'result', 'confidenceAfter', 'complete'].includes(`${snap.value}`))
        expect(c.knowledgeBefore!.answers).toHaveLength(FORM_SIZE);
      if (['check', 'result', 'confidenceAfter', 'complete'].includes(`${snap.value}`))
        expect(c.read).toHaveLength(2);
      if (['confidenceAfter', 'complete'].includes(`${snap.value}`))
        expect(c.attempts.at(-1)!.passed).toBe(true);
      for (const a of c.attempts.filter((x) => x.score !== null))
        expect(a.passed).toBe(a.score! >= PASS_MARK);
    }
  });
});

describe('the training flow, properties', () => {
  const anyEvent = fc.oneof(
    fc.constantFrom<TrainingEvent>(
      { type: 'START', seed: 4, registration: REG },
      { type: 'START', at: 'yesterday' },
      { type: 'BEGIN_CHECK' },
      { type: 'NEXT' },
      { type: 'RETRY', seed: 1 },
      { type: 'RETRY', seed: 2.5 },
      { type: 'MARK_READ', lessonId: 'one' },
      { type: 'MARK_READ', lessonId: 'two' },
    ),
    fc.record({
      type: fc.constant('RATE' as const),
      ratings: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
    }),
    fc.record({
      type: fc.constant('OPEN_LESSON' as const),
      lessonId: fc.constantFrom('one', 'two', 'three'),
    }),
    fc.record({
      type: fc.constant('ANSWER' as const),
      optionId: fc.constantFrom('a', 'a', 'b', 'z'),
    }),
  );
  it('never throws, never completes without a passed attempt, never asks a question twice in one attempt', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 80 }), (events) => {
        const actor = createActor(machine).start();
        for (const e of events) if (actor.getSnapshot().status === 'active') actor.send(e);
        const snap = actor.getSnapshot();
        expect(snap.status).not.toBe('error');
        const c = snap.context;
        for (const attempt of [c.knowledgeBefore, ...c.attempts].filter((a) => a !== null)) {
          expect(new Set(attempt.order).size).toBe(attempt.order.length);
          const asked = attempt.answers.map((a) => a.questionId);
          expect(new Set(asked).size).toBe(asked.length);
        }
        if (snap.status === 'done') {
          expect(c.attempts.some((a) => a.passed)).toBe(true);
          expect(c.confidenceBefore).toHaveLength(3);
          expect(c.confidenceAfter).toHaveLength(3);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
