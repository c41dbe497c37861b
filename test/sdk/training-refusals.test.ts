import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, type SnapshotFrom } from 'xstate';
import {
  createTrainingMachine,
  FORM_SIZE,
  type TrainingEvent,
  type TrainingMachine,
} from '@attune/sdk/training';
import { fixtureModule as module } from '../fixtures/training-module.js';

// The training machine never ignores an event in silence: each one it is sent either moves the
// learner on (and clears any earlier error) or leaves their progress exactly as it was and says
// why, in the { code, message, field? } shape the page shows in its error summary.

const machine = createTrainingMachine(module);
const run = (events: readonly TrainingEvent[]) => {
  const actor = createActor(machine).start();
  for (const e of events) if (actor.getSnapshot().status === 'active') actor.send(e);
  return actor;
};
const REG = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';
const answers = (optionId: (i: number) => string, next: boolean): TrainingEvent[] =>
  Array.from({ length: FORM_SIZE }, (_, i): TrainingEvent[] => [
    { type: 'ANSWER', optionId: optionId(i) },
    ...(next ? [{ type: 'NEXT' } as const] : []),
  ]).flat();

// Ways into each step, so random events are tried in all of them, not only the first few.
const intro: TrainingEvent[] = [];
const rating: TrainingEvent[] = [{ type: 'START', seed: 3, registration: REG }];
const testBefore: TrainingEvent[] = [...rating, { type: 'RATE', ratings: [2, 3, 2] }];
const firstLesson = [...testBefore, ...answers(() => 'b', false)];
const secondLesson: TrainingEvent[] = [...firstLesson, { type: 'MARK_READ', lessonId: 'one' }];
const allRead: TrainingEvent[] = [...secondLesson, { type: 'MARK_READ', lessonId: 'two' }];
const checking: TrainingEvent[] = [...allRead, { type: 'BEGIN_CHECK' }];
const feedback: TrainingEvent[] = [...checking, { type: 'ANSWER', optionId: 'a' }];
const failed = [...checking, ...answers(() => 'c', true)];
const passed = [...checking, ...answers(() => 'a', true)];
const ratingAfter: TrainingEvent[] = [...passed, { type: 'NEXT' }];
const prefixes = [
  intro,
  rating,
  testBefore,
  firstLesson,
  secondLesson,
  allRead,
  checking,
  feedback,
  failed,
  passed,
  ratingAfter,
];

const anyEvent: fc.Arbitrary<TrainingEvent> = fc.oneof(
  fc.constantFrom<TrainingEvent>(
    { type: 'START', seed: 4, registration: REG },
    { type: 'START', seed: -1 },
    { type: 'START', at: 'yesterday' },
    { type: 'BEGIN_CHECK' },
    { type: 'BEGIN_CHECK', at: 'soon' },
    { type: 'NEXT' },
    { type: 'RETRY', seed: 1 },
    { type: 'RETRY', seed: 2.5 },
    // A host may send anything at all; the machine must still answer.
    { type: 'DANCE' } as unknown as TrainingEvent,
  ),
  fc.record({
    type: fc.constant('RATE' as const),
    ratings: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
  }),
  fc.record({
    type: fc.constantFrom('MARK_READ' as const, 'OPEN_LESSON' as const),
    lessonId: fc.constantFrom('one', 'two', 'three'),
  }),
  fc.record({
    type: fc.constant('ANSWER' as const),
    optionId: fc.constantFrom('a', 'b', 'z'),
  }),
);

type Snap = SnapshotFrom<TrainingMachine>;
/** The learner's progress: the step and everything in context except the errors. */
const progress = (s: Snap) => {
  const { errors: _errors, error: _error, ...rest } = s.context;
  return JSON.stringify([s.value, rest]);
};

describe('the training machine refuses out loud', () => {
  it('every event in every step either moves the learner on and clears errors, or changes nothing and gives an error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.array(anyEvent, { minLength: 1, maxLength: 30 }),
        (prefix, events) => {
          const actor = run(prefix);
          for (const event of events) {
            const before = actor.getSnapshot();
            // A finished module takes no more events: the actor is done, as a final state is.
            if (before.status !== 'active') break;
            actor.send(event);
            const after = actor.getSnapshot();
            expect(after.status).not.toBe('error');
            const label = `${JSON.stringify(before.value)} ${JSON.stringify(event)}`;
            if (progress(after) === progress(before)) {
              expect(after.context.errors.length, label).toBeGreaterThan(0);
              expect(after.context.error, label).toEqual(after.context.errors[0]);
              for (const e of after.context.errors) {
                expect(e.code, label).toMatch(/^[a-z-]+$/);
                expect(e.message.length, label).toBeGreaterThan(10);
              }
            } else {
              expect(after.context.errors, label).toEqual([]);
              expect(after.context.error, label).toBeNull();
            }
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('says why a lesson cannot be marked read or opened out of order, or twice', () => {
    const ahead = run([...firstLesson, { type: 'MARK_READ', lessonId: 'two' }]).getSnapshot();
    expect(ahead.context.read).toEqual([]);
    expect(ahead.context.error).toMatchObject({ code: 'lesson-order', field: 'lessonId' });
    const twice = run([...allRead, { type: 'MARK_READ', lessonId: 'two' }]).getSnapshot();
    expect(twice.context.error).toMatchObject({ code: 'lesson-read' });
    const unknown = run([...firstLesson, { type: 'OPEN_LESSON', lessonId: 'three' }]);
    expect(unknown.getSnapshot().context.error?.message).toBe('This module has no such lesson');
    // Going back to a lesson already read is allowed, and clears the earlier error.
    const back = run([...secondLesson, { type: 'MARK_READ', lessonId: 'one' }]);
    back.send({ type: 'OPEN_LESSON', lessonId: 'one' });
    expect(back.getSnapshot().context).toMatchObject({ lessonId: 'one', error: null });
  });

  it('says why the check cannot begin, why a failed check cannot be left, and what a step has no use for', () => {
    const early = run([...secondLesson, { type: 'BEGIN_CHECK' }]).getSnapshot();
    expect(early).toMatchObject({
      value: 'lessons',
      context: { error: { code: 'lessons-unread' } },
    });
    const stuck = run([...failed, { type: 'NEXT' }]).getSnapshot();
    expect(stuck).toMatchObject({ value: 'result', context: { error: { code: 'not-passed' } } });
    const again = run([...feedback, { type: 'ANSWER', optionId: 'b' }]).getSnapshot();
    expect(again.context.error).toMatchObject({ code: 'answered' });
    expect(again.context.attempts[0]!.answers.map((a) => a.optionId)).toEqual(['a']);
    const wrongStep = run([...firstLesson, { type: 'RATE', ratings: [1, 1, 1] }]).getSnapshot();
    expect(wrongStep).toMatchObject({ value: 'lessons', context: { error: { code: 'not-now' } } });
  });
});
