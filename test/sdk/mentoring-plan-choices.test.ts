import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  createMentoringPlanMachine,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
  PERSON_VIEW_MAX,
  PersonViewSchema,
  type MentoringEvent,
  type MentoringPlanInput,
} from '@attune/sdk/mentoring';

// What issue 19 asked the plan to hold: goals about thinking as well as practical ones, in the
// order the person chooses; steps they choose, never dated in the past; their own view at each
// meeting; their own adjustments; and the details their copy shows.

const machine = createMentoringPlanMachine();
const NOW = '2026-11-24T10:00:00Z';
const run = (input: MentoringPlanInput | undefined, ...events: MentoringEvent[]) => {
  const a = createActor(machine, { input }).start();
  for (const e of events) a.send(e);
  return a;
};
const practical: MentoringEvent = {
  type: 'ADD_GOAL',
  area: 'bank-account',
  title: 'Open a bank account',
};
const thinking: MentoringEvent = {
  type: 'ADD_GOAL',
  kind: 'thinking',
  area: 'confidence',
  title: 'Stop telling myself I always mess things up',
};
const step = (goal: number, by = '2026-12-05'): MentoringEvent => ({
  type: 'ADD_STEP',
  goal,
  text: 'Write down one thing that went right each day',
  who: 'person',
  by,
  at: NOW,
  chosenBy: 'person',
});

describe('goals, in the order the person chooses', () => {
  it('holds a thinking goal beside a practical one, and the person can put their first choice first', () => {
    const a = run(undefined, practical, thinking, { type: 'MOVE_GOAL', goal: 1, to: 0 });
    expect(a.getSnapshot().context.goals.map((g) => [g.kind, g.area])).toEqual([
      ['thinking', 'confidence'],
      ['practical', 'bank-account'],
    ]);
    a.send({ type: 'NEXT' });
    a.send({ type: 'MOVE_GOAL', goal: 0, to: 1 });
    expect(a.getSnapshot().context.goals[0]!.kind).toBe('practical');
  });

  it('refuses a goal kind it does not know, and a move to or from a goal that is not there', () => {
    const a = run(undefined, { ...thinking, kind: 'risk' as never }, practical);
    expect(a.getSnapshot().context.goals).toHaveLength(1);
    a.send({ type: 'MOVE_GOAL', goal: 0, to: 3 });
    a.send({ type: 'MOVE_GOAL', goal: -1, to: 0 });
    expect(a.getSnapshot().context.goals.map((g) => g.title)).toEqual(['Open a bank account']);
  });

  it('keeps the order once the plan is agreed, because meetings refer to goals by their place', () => {
    const a = run(undefined, practical, thinking, { type: 'NEXT' }, step(0), step(1), {
      type: 'NEXT',
      at: NOW,
    });
    expect(a.getSnapshot().value).toBe('active');
    a.send({ type: 'MOVE_GOAL', goal: 1, to: 0 });
    expect(a.getSnapshot().context.goals[0]!.kind).toBe('practical');
  });
});

describe('a step’s date cannot be in the past when it is set', () => {
  it('refuses 1 January 2020 with a message that says why, and takes today itself', () => {
    const a = run(undefined, practical, { type: 'NEXT' }, step(0, '2020-01-01'));
    expect(a.getSnapshot().context.goals[0]!.steps).toEqual([]);
    expect(a.getSnapshot().context.error?.message).toMatch(/from today onwards/);
    a.send(step(0, '2026-11-24'));
    expect(a.getSnapshot().context.goals[0]!.steps).toMatchObject([
      { by: '2026-11-24', status: 'not-started', chosenBy: 'person' },
    ]);
  });

  it('takes today from the event’s `at` as the host wrote it, not from a clock', () => {
    // 00:30 on 25 November in UK summer time is still the 24th in UTC; the local day counts.
    const late = { ...step(0, '2026-11-24'), at: '2026-11-25T00:30:00+01:00' } as MentoringEvent;
    expect(
      run(undefined, practical, { type: 'NEXT' }, late).getSnapshot().context.error?.message,
    ).toMatch(/from today onwards/);
    const day = { ...step(0, '2026-11-25'), at: '2026-11-25' } as MentoringEvent;
    expect(
      run(undefined, practical, { type: 'NEXT' }, day).getSnapshot().context.goals[0]!.steps,
    ).toHaveLength(1);
  });

  it('refuses a step with no `at`, or one that is not a real time, rather than guess today', () => {
    for (const at of [undefined, 'now', '2026-02-30', '2026-11-24T25:00:00Z']) {
      const a = run(undefined, practical, { type: 'NEXT' }, { ...step(0), at } as MentoringEvent);
      expect(a.getSnapshot().context.goals[0]!.steps).toEqual([]);
      expect(a.getSnapshot().context.error?.message).toMatch(/date/);
    }
  });

  it('holds for any day and any step date: a step is added exactly when its date is not before the day', () => {
    const days = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, days, (today, by) => {
        const a = run(undefined, practical, { type: 'NEXT' }, {
          ...step(0, by),
          at: `${today}T09:00:00Z`,
        } as MentoringEvent);
        expect(a.getSnapshot().context.goals[0]!.steps.length).toBe(by >= today ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the person’s own view of progress at each meeting', () => {
  const agreed = () =>
    run(undefined, practical, { type: 'NEXT' }, step(0), { type: 'NEXT', at: NOW });

  it('keeps their words with the meeting, and a meeting can be only their view', () => {
    const a = agreed();
    a.send({
      type: 'RECORD_MEETING',
      at: '2026-12-01T10:00:00Z',
      updates: [{ goal: 0, step: 0, status: 'in-progress' }],
      view: '  Better than last week. I phoned them myself.  ',
    });
    a.send({ type: 'RECORD_MEETING', at: '2026-12-08T10:00:00Z', updates: [], view: 'Hard week.' });
    expect(a.getSnapshot().context.meetings.map((m) => m.view)).toEqual([
      'Better than last week. I phoned them myself.',
      'Hard week.',
    ]);
    a.send({ type: 'RECORD_MEETING', updates: [] });
    expect(a.getSnapshot().context.meetings).toHaveLength(2);
  });

  it('uses one rule with the record: the machine takes a view exactly when the schema would', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.string({ minLength: PERSON_VIEW_MAX - 5, maxLength: PERSON_VIEW_MAX + 5 }),
          fc.constantFrom('   ', '', ' '.repeat(PERSON_VIEW_MAX) + 'ok'),
        ),
        (view) => {
          const a = agreed();
          a.send({ type: 'RECORD_MEETING', updates: [], view });
          const took = a.getSnapshot().context.meetings.length === 1;
          expect(took).toBe(PersonViewSchema.safeParse(view).success);
          if (took) {
            const record = mentoringPlanRecord(a.getSnapshot().context);
            expect(MentoringPlanRecordSchema.safeParse(record).success).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('why a step is stuck, as a reason that can be counted', () => {
  it('keeps a reason from the closed list beside the mentor’s words, only for a stuck step', () => {
    const a = run(undefined, practical, { type: 'NEXT' }, step(0), { type: 'NEXT', at: NOW });
    a.send({
      type: 'RECORD_MEETING',
      updates: [{ goal: 0, step: 0, status: 'done', because: 'money' }],
    });
    a.send({
      type: 'RECORD_MEETING',
      updates: [
        { goal: 0, step: 0, status: 'stuck', why: 'No bus fare', because: 'skint' as never },
      ],
    });
    expect(a.getSnapshot().context.meetings).toEqual([]);
    a.send({
      type: 'RECORD_MEETING',
      updates: [{ goal: 0, step: 0, status: 'stuck', why: 'No bus fare', because: 'money' }],
    });
    expect(a.getSnapshot().context.goals[0]!.steps[0]).toMatchObject({
      status: 'stuck',
      why: 'No bus fare',
      because: 'money',
    });
    a.send({ type: 'RECORD_MEETING', updates: [{ goal: 0, step: 0, status: 'done' }] });
    expect(a.getSnapshot().context.goals[0]!.steps[0]).toMatchObject({ why: null, because: null });
  });
});

describe('what the person’s copy shows', () => {
  it('lists the adjustments the person added themselves beside the agreed ones', () => {
    const a = run({
      agreedAdjustments: ['text-reminders'],
      ownAdjustments: [{ title: 'Meet at the library', detail: null }],
    });
    expect(a.getSnapshot().context).toMatchObject({
      adjustments: ['text-reminders'],
      ownAdjustments: [{ title: 'Meet at the library', detail: null }],
    });
  });

  it('carries the reference, the mentor’s name and contact, and a next meeting not in the past', () => {
    const a = run(
      { reference: 'IOM-0042' },
      { type: 'SET_DETAILS', mentor: { name: ' Dev ', contact: '07700 900123' } },
      { type: 'SET_NEXT_MEETING', date: '2026-11-20', time: '14:00', place: 'Library', at: NOW },
    );
    expect(a.getSnapshot().context.error?.message).toMatch(/from today onwards/);
    a.send({ type: 'SET_NEXT_MEETING', date: '2026-12-01', time: '24:00', at: NOW });
    expect(a.getSnapshot().context.nextMeeting).toBeNull();
    a.send({
      type: 'SET_NEXT_MEETING',
      date: '2026-12-01',
      time: '14:00',
      place: 'Library',
      at: NOW,
    });
    a.send({ type: 'SET_DETAILS', mentor: { name: '', contact: 'x' } });
    expect(a.getSnapshot().context).toMatchObject({
      reference: 'IOM-0042',
      mentor: { name: 'Dev', contact: '07700 900123' },
      nextMeeting: { date: '2026-12-01', time: '14:00', place: 'Library' },
      error: expect.objectContaining({ message: expect.stringMatching(/mentor/) }),
    });
  });

  it('keeps self-ratings over time, whole numbers from 1 to 5 only', () => {
    const a = run(
      undefined,
      { type: 'RECORD_SELF_RATING', at: NOW, ratings: { confidence: 2, 'on-my-side': 3 } },
      { type: 'RECORD_SELF_RATING', at: NOW, ratings: { confidence: 6 } },
      { type: 'RECORD_SELF_RATING', at: NOW, ratings: { confidence: 2.5 } },
      { type: 'RECORD_SELF_RATING', at: NOW, ratings: {} },
    );
    expect(a.getSnapshot().context.selfRatings).toEqual([
      { at: NOW, ratings: { confidence: 2, 'on-my-side': 3 }, words: {} },
    ]);
  });
});

describe('every shortest path through the new events', () => {
  it('reaches every state, and an agreed plan always keeps the person’s first choice where they put it', () => {
    const eventsFor = (s: any): MentoringEvent[] => {
      switch (s.value) {
        case 'choosingGoals':
          return [
            ...[[practical], [thinking], []][s.context.goals.length]!,
            { type: 'MOVE_GOAL', goal: 1, to: 0 },
            { type: 'NEXT' },
          ];
        case 'planningSteps':
          return [
            ...s.context.goals.map((g: { steps: unknown[] }, i: number) =>
              g.steps.length === 0 ? step(i) : null,
            ),
            step(0, '2020-01-01'),
            { type: 'NEXT', at: NOW },
          ].filter(Boolean);
        case 'active':
          return [
            ...(s.context.meetings.length < 1
              ? [{ type: 'RECORD_MEETING', updates: [], view: 'Going fine' } as MentoringEvent]
              : []),
            { type: 'CLOSE', at: NOW },
          ];
        default:
          return [];
      }
    };
    const paths = getShortestPaths(machine, {
      events: eventsFor,
      serializeState: (s: any) =>
        JSON.stringify([s.value, s.context.goals, s.context.meetings.length, s.context.error]),
    });
    expect(new Set(paths.map((p) => p.state.value))).toEqual(
      new Set(['choosingGoals', 'planningSteps', 'active', 'closed']),
    );
    for (const p of paths) {
      const c = p.state.context;
      const moves = p.steps.filter((s) => s.event.type === 'MOVE_GOAL').length;
      if (c.goals.length === 2) {
        // Added practical then thinking: an odd number of swaps puts the thinking goal first.
        expect(c.goals[0]!.kind).toBe(moves % 2 === 1 ? 'thinking' : 'practical');
      }
      for (const g of c.goals) for (const s of g.steps) expect(s.by >= '2026-11-24').toBe(true);
      if (p.state.value === 'closed') {
        const record = JSON.parse(JSON.stringify(mentoringPlanRecord(c)));
        expect(MentoringPlanRecordSchema.parse(record)).toEqual(record);
      }
    }
  });
});
