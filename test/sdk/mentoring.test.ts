import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  createMentoringPlanMachine,
  MAX_GOALS,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
  presentation,
  type MentoringEvent,
  type MentoringPlanInput,
} from '@attune/sdk/mentoring';

const machine = createMentoringPlanMachine();
const level = (domain: string, l: 'none' | 'some' | 'strong') => ({
  domain,
  level: l,
  score: 0.5,
  answered: 2,
  skipped: 0,
  confidence: 'full' as const,
  items: [],
});
const input: MentoringPlanInput = {
  check: {
    questionnaire: { id: 'attune-practical-support', version: '1.0.0' },
    completedAt: '2026-11-24T10:00:00Z',
    profile: {
      domains: [
        level('bank-account', 'some'),
        level('id-documents', 'strong'),
        level('housing', 'none'),
        level('travel', 'strong'),
      ],
    },
    answers: { 'first-change': 'bank-account' },
  },
  agreedAdjustments: ['text-reminders', 'easy-read-documents'],
};
const run = (i: MentoringPlanInput | undefined, ...events: MentoringEvent[]) => {
  const a = createActor(machine, { input: i }).start();
  for (const e of events) a.send(e);
  return a;
};
const goal: MentoringEvent = {
  type: 'ADD_GOAL',
  area: 'bank-account',
  title: 'Open a bank account',
};
const step: MentoringEvent = {
  type: 'ADD_STEP',
  goal: 0,
  text: 'Get a letter from the hostel as proof of address',
  who: 'mentor',
  by: '2026-12-05',
  at: '2026-11-24T10:20:00Z',
};

describe('the mentoring action plan', () => {
  it('suggests goal areas from the check, the person’s first choice first, then big barriers', () => {
    expect(run(input).getSnapshot().context.suggestedAreas).toEqual([
      'bank-account',
      'id-documents',
      'travel',
    ]);
  });

  it('agrees goals and steps, then records progress at each meeting, including stuck and why', () => {
    const a = run(input, goal, { type: 'NEXT' }, step, {
      type: 'NEXT',
      at: '2026-11-24T10:30:00Z',
    });
    expect(a.getSnapshot()).toMatchObject({
      value: 'active',
      context: { agreedAt: '2026-11-24T10:30:00Z' },
    });
    a.send({
      type: 'RECORD_MEETING',
      at: '2026-12-01T10:00:00Z',
      updates: [{ goal: 0, step: 0, status: 'stuck' }],
    });
    expect(a.getSnapshot().context.error?.message).toMatch(/why/);
    a.send({
      type: 'RECORD_MEETING',
      at: '2026-12-01T10:00:00Z',
      updates: [{ goal: 0, step: 0, status: 'stuck', why: 'Hostel manager on leave' }],
    });
    a.send({
      type: 'RECORD_MEETING',
      at: '2026-12-08T10:00:00Z',
      updates: [{ goal: 0, step: 0, status: 'done' }],
    });
    a.send({ type: 'CLOSE', at: '2026-12-20T10:00:00Z' });
    const record = mentoringPlanRecord(a.getSnapshot().output!);
    expect(record).toMatchObject({
      kind: 'attune.mentoring-plan',
      closedAt: '2026-12-20T10:00:00Z',
      goals: [{ title: 'Open a bank account', steps: [{ status: 'done', why: null }] }],
    });
    expect(record.meetings.map((m) => m.updates[0]!.status)).toEqual(['stuck', 'done']);
    expect(record.meetings[0]!.updates[0]!.why).toBe('Hostel manager on leave');
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('keeps to a few goals, and needs a step for every goal before the plan is agreed', () => {
    const titles = [
      'Get a birth certificate',
      'Get a travel card',
      'Register with a GP',
      'Find a course',
      'Open an account',
      'One too many',
    ];
    const a = run(input, goal, ...titles.map((title) => ({ ...goal, title }) as MentoringEvent));
    expect(a.getSnapshot().context.goals).toHaveLength(MAX_GOALS);
    expect(a.getSnapshot().context.error?.message).toMatch(`at most ${MAX_GOALS}`);
    for (let g = 2; g < MAX_GOALS; g++) a.send({ type: 'REMOVE_GOAL', goal: 1 });
    a.send({ type: 'NEXT' });
    a.send(step);
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot()).toMatchObject({
      value: 'planningSteps',
      context: { error: { message: 'Add at least one step for every goal' } },
    });
  });

  it('rejects steps without a real date or a known "who", without throwing', () => {
    const a = run(
      input,
      goal,
      { type: 'NEXT' },
      { ...step, by: '2026-02-30' } as MentoringEvent,
      { ...step, by: '2026-13-01' } as MentoringEvent,
      { ...step, who: 'nobody' } as unknown as MentoringEvent,
    );
    expect(a.getSnapshot().status).toBe('active');
    expect(a.getSnapshot().context.goals[0]!.steps).toEqual([]);
  });

  it('applies agreed adjustments to how the plan is given: Easy Read and text reminders', () => {
    expect(presentation(run(input).getSnapshot().context)).toEqual({
      easyRead: true,
      textReminders: true,
    });
    expect(presentation(run(undefined).getSnapshot().context)).toEqual({
      easyRead: false,
      textReminders: false,
    });
  });
});

describe('the mentoring action plan, model-based and properties', () => {
  const eventsFor = (s: any): MentoringEvent[] => {
    switch (s.value) {
      case 'choosingGoals':
        return [
          ...(s.context.goals.length < 2 ? [goal] : []),
          { type: 'REMOVE_GOAL', goal: 0 },
          { type: 'NEXT' },
        ];
      case 'planningSteps':
        return [
          ...(s.context.goals[0].steps.length < 1 ? [step] : []),
          { type: 'REMOVE_STEP', goal: 0, step: 0 },
          { type: 'BACK' },
          { type: 'NEXT' },
        ];
      case 'active':
        return [
          ...(s.context.meetings.length < 2
            ? [
                {
                  type: 'RECORD_MEETING',
                  updates: [{ goal: 0, step: 0, status: 'done' }],
                } as MentoringEvent,
              ]
            : []),
          { type: 'CLOSE' },
        ];
      default:
        return [];
    }
  };
  it('holds on every shortest path: an active plan always has goals, each with a step', () => {
    const paths = getShortestPaths(machine, {
      input,
      events: eventsFor,
      serializeState: (s: any) =>
        JSON.stringify([s.value, s.context.goals, s.context.meetings.length, s.context.error]),
    });
    expect(new Set(paths.map((p) => p.state.value))).toEqual(
      new Set(['choosingGoals', 'planningSteps', 'active', 'closed']),
    );
    for (const p of paths) {
      const c = p.state.context;
      if (p.state.value === 'active' || p.state.value === 'closed') {
        expect(c.goals.length).toBeGreaterThan(0);
        for (const g of c.goals) expect(g.steps.length).toBeGreaterThan(0);
      }
    }
  });

  it('never throws, never holds more than the cap of goals, no step is dated in the past, and every stuck step says why', () => {
    const anyEvent = fc.oneof(
      fc.record({
        type: fc.constant('ADD_GOAL' as const),
        area: fc.constantFrom('bank-account', 'travel', ''),
        title: fc.string({ maxLength: 130 }),
      }),
      fc.record({
        type: fc.constant('ADD_STEP' as const),
        goal: fc.integer({ min: -1, max: 3 }),
        text: fc.string({ maxLength: 210 }),
        who: fc.constantFrom('person', 'mentor', 'nobody' as any),
        by: fc.constantFrom('2026-12-01', '2026-13-01', 'soon', '2020-01-01'),
        at: fc.constantFrom('2026-11-24T10:00:00Z', '2026-11-24', 'now' as string),
      }),
      fc.record({
        type: fc.constant('RECORD_MEETING' as const),
        updates: fc.array(
          fc.record({
            goal: fc.integer({ min: -1, max: 3 }),
            step: fc.integer({ min: -1, max: 3 }),
            status: fc.constantFrom('done', 'stuck', 'in-progress', 'lost' as any),
            why: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
      }),
      fc.constantFrom<MentoringEvent>(
        { type: 'NEXT' },
        { type: 'BACK' },
        { type: 'CLOSE' },
        { type: 'REMOVE_GOAL', goal: 0 },
        { type: 'REMOVE_STEP', goal: 0, step: 0 },
      ),
    );
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        const a = createActor(machine, { input }).start();
        for (const e of events) if (a.getSnapshot().status === 'active') a.send(e);
        const c = a.getSnapshot().context;
        expect(a.getSnapshot().status).not.toBe('error');
        expect(c.goals.length).toBeLessThanOrEqual(MAX_GOALS);
        for (const g of c.goals)
          for (const s of g.steps) {
            if (s.status === 'stuck') expect(s.why?.trim()).toBeTruthy();
            // Every step was added on 24 November 2026 by its event's `at`: none can be earlier.
            expect(s.by >= '2026-11-24').toBe(true);
          }
        for (const m of c.meetings)
          for (const u of m.updates) expect(c.goals[u.goal]?.steps[u.step]).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  // The site and hosts carry a plan between meetings and devices as its JSON record.
  it('carries on from its record: an agreed or closed plan reopens as it was, a draft loses nothing', () => {
    const anyEvent = fc.oneof(
      fc.record({
        type: fc.constant('ADD_GOAL' as const),
        area: fc.constantFrom('bank-account', 'travel'),
        title: fc.constantFrom('Open an account', 'Get a bus pass', 'x'),
      }),
      fc.record({
        type: fc.constant('ADD_STEP' as const),
        goal: fc.integer({ min: 0, max: 2 }),
        text: fc.constantFrom('Phone the bank', 'Ask the hostel'),
        who: fc.constantFrom('person', 'mentor') as fc.Arbitrary<'person'>,
        by: fc.constantFrom('2026-12-01', '2027-01-15'),
        at: fc.constant('2026-11-24T10:00:00Z'),
      }),
      fc.record({
        type: fc.constant('RECORD_MEETING' as const),
        at: fc.constant('2026-12-02T10:00:00Z'),
        updates: fc.array(
          fc.record({
            goal: fc.integer({ min: 0, max: 2 }),
            step: fc.integer({ min: 0, max: 1 }),
            status: fc.constantFrom('done', 'stuck', 'in-progress') as fc.Arbitrary<'done'>,
            why: fc.constant('Waiting for a letter'),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      fc.constantFrom<MentoringEvent>(
        { type: 'NEXT', at: '2026-11-24T10:30:00Z' },
        { type: 'BACK' },
        { type: 'CLOSE', at: '2027-01-20T10:00:00Z' },
        { type: 'REMOVE_GOAL', goal: 0 },
      ),
    );
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 30 }), (events) => {
        const a = createActor(machine, { input }).start();
        for (const e of events) if (a.getSnapshot().status === 'active') a.send(e);
        const before = a.getSnapshot();
        const record = JSON.parse(JSON.stringify(mentoringPlanRecord(before.context)));
        expect(MentoringPlanRecordSchema.safeParse(record).success).toBe(true);
        const after = createActor(machine, {
          input: { plan: record, agreedAdjustments: ['ignored'] },
        })
          .start()
          .getSnapshot();
        expect({ ...after.context, errors: [], error: null }).toEqual({
          ...before.context,
          errors: [],
          error: null,
        });
        if (before.value === 'active' || before.value === 'closed')
          expect(after.value).toBe(before.value);
        else expect(['choosingGoals', 'planningSteps']).toContain(after.value);
      }),
      { numRuns: 500 },
    );
  });
});
