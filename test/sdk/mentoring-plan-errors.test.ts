import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  createMentoringPlanMachine,
  MentoringStepSchema,
  STEP_TEXT_MAX,
  type MentoringContext,
  type MentoringEvent,
} from '@attune/sdk/mentoring';

// Issue 13: the plan machine's errors are one shape ({ code, message, field? }), its rules are
// the record's, and no event is ever silently ignored.

const machine = createMentoringPlanMachine();
const NOW = '2026-11-24T10:00:00Z';
const goal: MentoringEvent = { type: 'ADD_GOAL', area: 'bank-account', title: 'Open an account' };
const step: MentoringEvent = {
  type: 'ADD_STEP',
  goal: 0,
  text: 'Phone the bank',
  who: 'person',
  by: '2026-12-01',
  at: NOW,
};
const run = (...events: MentoringEvent[]) => {
  const a = createActor(machine).start();
  for (const e of events) a.send(e);
  return a;
};
const send = (a: ReturnType<typeof run>, e: unknown) => a.send(e as MentoringEvent);
// The way into each state the plan can be in while it takes events.
const prefixes: MentoringEvent[][] = [
  [],
  [goal],
  [goal, { ...goal, title: 'Sort my ID' }],
  [goal, { type: 'NEXT' }],
  [goal, { type: 'NEXT' }, step],
  [goal, { type: 'NEXT' }, step, { type: 'NEXT', at: NOW }],
  [goal, { type: 'NEXT' }, step, { type: 'NEXT', at: NOW }, { ...step, text: 'Take ID in' }],
];
// The fields each event has, so an error's `field` can be checked to name one of them.
const FIELDS: Record<string, string[]> = {
  ADD_GOAL: ['area', 'title', 'kind'],
  REMOVE_GOAL: ['goal'],
  MOVE_GOAL: ['goal', 'to'],
  ADD_STEP: ['goal', 'text', 'who', 'by', 'at', 'chosenBy'],
  REMOVE_STEP: ['goal', 'step'],
  RECORD_MEETING: ['at', 'now', 'updates', 'view'],
  SET_DETAILS: ['reference', 'mentor'],
  SET_NEXT_MEETING: ['date', 'time', 'place', 'at'],
  RECORD_SELF_RATING: ['at', 'ratings', 'words'],
};

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom('', '   ', 'x', 'ab', '2020-01-01', '2026-12-01', '2027-02-31', NOW, 'stuck'),
  fc.string({ maxLength: 8 }),
  fc.constant('a'.repeat(STEP_TEXT_MAX + 1)),
);
const anyEvent = fc.oneof(
  fc.record({ type: fc.constant('ADD_GOAL'), area: junk, title: junk, kind: junk }),
  fc.record({ type: fc.constant('REMOVE_GOAL'), goal: junk }),
  fc.record({ type: fc.constant('MOVE_GOAL'), goal: junk, to: junk }),
  fc.record({
    type: fc.constant('ADD_STEP'),
    goal: junk,
    text: junk,
    who: fc.oneof(junk, fc.constantFrom('person', 'mentor')),
    by: junk,
    at: junk,
    chosenBy: fc.oneof(junk, fc.constant('together')),
  }),
  fc.record({ type: fc.constant('REMOVE_STEP'), goal: junk, step: junk }),
  fc.record({
    type: fc.constant('RECORD_MEETING'),
    at: junk,
    now: junk,
    updates: fc.oneof(
      junk,
      fc.array(
        fc.record({
          goal: junk,
          step: junk,
          status: fc.oneof(junk, fc.constantFrom('done', 'stuck', 'in-progress')),
          why: junk,
          because: fc.oneof(junk, fc.constant('money')),
        }),
        { maxLength: 2 },
      ),
    ),
    view: junk,
  }),
  fc.record({
    type: fc.constant('SET_DETAILS'),
    reference: junk,
    mentor: fc.oneof(junk, fc.record({ name: junk, contact: junk })),
  }),
  fc.record({
    type: fc.constant('SET_NEXT_MEETING'),
    date: junk,
    time: fc.oneof(junk, fc.constant('14:30')),
    place: junk,
    at: junk,
  }),
  fc.record({
    type: fc.constant('RECORD_SELF_RATING'),
    at: junk,
    ratings: fc.oneof(junk, fc.dictionary(fc.constantFrom('confidence', ''), junk)),
    words: fc.oneof(junk, fc.dictionary(fc.constantFrom('situation-words'), junk)),
  }),
  fc.record({ type: fc.constantFrom('NEXT', 'BACK', 'CLOSE', 'UNDO', 'ANSWER'), at: junk }),
);

describe('every event the mentoring plan cannot take gives an error', () => {
  it('in any state, any event either changes the plan or says why not, in one shape', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.array(anyEvent, { minLength: 1, maxLength: 6 }),
        (prefix, events) => {
          const a = run(...prefix);
          for (const event of events) {
            const before = a.getSnapshot();
            if (before.status !== 'active') return; // closed: a finished plan takes nothing more
            send(a, event);
            const after = a.getSnapshot();
            const { errors, error } = after.context;
            const plan = (s: { value: unknown; context: MentoringContext }) => {
              const { errors: _e, error: _f, ...rest } = s.context;
              return JSON.stringify([s.value, rest]);
            };
            if (errors.length) {
              // Refused: nothing changed, and every error is the one shape, naming the event's field.
              expect(plan(after)).toBe(plan(before));
              expect(error).toEqual(errors[0]);
              for (const e of errors) {
                expect(typeof e.code).toBe('string');
                expect(e.message.length).toBeGreaterThan(5);
                if (e.field !== undefined)
                  expect(FIELDS[event.type] ?? []).toContain(e.field.split('.')[0]);
              }
            } else {
              // Taken: no error left over, and the plan shows it (setting what is already there,
              // or moving a goal to its own place, is the only way to change nothing).
              expect(error).toBeNull();
              const restates =
                event.type === 'SET_DETAILS' ||
                event.type === 'SET_NEXT_MEETING' ||
                (event.type === 'MOVE_GOAL' && event.goal === event.to);
              if (!restates) expect(plan(after)).not.toBe(plan(before));
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says what cannot be done now, rather than ignoring it', () => {
    const a = run(goal);
    a.send({ type: 'RECORD_MEETING', updates: [{ goal: 0, step: 0, status: 'done' }] });
    expect(a.getSnapshot().context.error).toEqual({
      code: 'not-now',
      message: 'That cannot be done at this stage of the plan',
    });
    a.send({ type: 'REMOVE_GOAL', goal: 4 });
    expect(a.getSnapshot().context.error).toMatchObject({ code: 'no-such-goal', field: 'goal' });
  });
});

describe('a step’s rules are the record’s, all at once', () => {
  it('gives every problem with a step at once, each at its own field', () => {
    const a = run(goal, { type: 'NEXT' });
    send(a, {
      type: 'ADD_STEP',
      goal: 0,
      text: ' x ',
      who: 'nobody',
      by: '',
      at: NOW,
      chosenBy: 'x',
    });
    expect(a.getSnapshot().context.errors.map((e) => [e.code, e.field])).toEqual([
      ['step-text', 'text'],
      ['step-who', 'who'],
      ['step-by', 'by'],
      ['step-chosen-by', 'chosenBy'],
    ]);
    send(a, { ...step, by: '2027-02-31' });
    expect(a.getSnapshot().context.errors).toEqual([
      {
        code: 'step-by',
        message: 'Enter a real date for the step, for example 27 3 2027',
        field: 'by',
      },
    ]);
  });

  it('takes a step exactly when the record’s schema takes its words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: STEP_TEXT_MAX + 5 }), (text) => {
        const a = run(goal, { type: 'NEXT' }, { ...step, text } as MentoringEvent);
        const took = a.getSnapshot().context.goals[0]!.steps.length === 1;
        expect(took).toBe(MentoringStepSchema.shape.text.safeParse(text.trim()).success);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every problem with a meeting at once: a day to come, and a stuck step without why', () => {
    const a = run(...prefixes[5]!);
    a.send({
      type: 'RECORD_MEETING',
      at: '2099-01-01',
      now: NOW,
      updates: [{ goal: 0, step: 0, status: 'stuck', why: ' ' }],
    });
    expect(a.getSnapshot().context.errors).toEqual([
      { code: 'meeting-future', message: 'The meeting date must be today or earlier', field: 'at' },
      {
        code: 'stuck-why',
        message: 'Say why this step is stuck, in 3 to 300 characters: “Phone the bank”',
        field: 'updates.0.why',
      },
    ]);
    expect(a.getSnapshot().context.meetings).toEqual([]);
  });
});
