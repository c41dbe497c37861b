import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  AdjustmentPlanSchema,
  catalogue as builtIn,
  createAdjustmentPlanMachine,
  EASY_READ_ADJUSTMENTS,
  hasStepBefore,
  TEXT_REMINDER_ADJUSTMENTS,
  type Adjustment,
  type AdjustmentPlanEvent,
  type AdjustmentPlanInput,
} from '@attune/sdk/adjustments';
import { presentation } from '@attune/sdk/mentoring';

const entry = (
  id: string,
  domains: string[],
  effort: Adjustment['effort'] = 'low',
): Adjustment => ({
  id,
  title: id,
  summary: `Summary of ${id}`,
  easyRead: `Easy ${id}.`,
  domains,
  settings: ['supervision-appointment'],
  effort,
  sources: [{ title: 'T', publisher: 'P', year: 2021 }],
});
const small = [
  entry('reminders', ['memory']),
  entry('quiet-room', ['sensory'], 'medium'),
  entry('plain-letters', ['reading', 'memory']),
];
const machine = createAdjustmentPlanMachine(small);
const fromNeeds: AdjustmentPlanInput = { needs: [{ domain: 'memory', level: 'strong' }] };
const screening: AdjustmentPlanInput = {
  screening: {
    questionnaire: { id: 'q', version: '1.0.0' },
    completedAt: '2026-11-24T10:00:00Z',
    profile: {
      domains: [
        {
          domain: 'sensory',
          level: 'some',
          score: 0.4,
          answered: 3,
          skipped: 0,
          confidence: 'full',
          items: ['s1'],
        },
      ],
    },
    recommendedAdjustments: ['quiet-room', 'not-in-catalogue'],
  },
};
const run = (input: AdjustmentPlanInput | undefined, ...events: AdjustmentPlanEvent[]) => {
  const actor = createActor(machine, { input }).start();
  for (const e of events) actor.send(e);
  return actor;
};
const confirm: AdjustmentPlanEvent = {
  type: 'CONFIRM',
  agreedWithPerson: true,
  reviewDate: '2027-02-24',
  at: '2026-11-24T11:00:00Z',
};

describe('the adjustment plan flow', () => {
  it('starts from needs chosen by hand, ranks suggestions, and outputs the agreed plan', () => {
    const actor = run(fromNeeds);
    expect(actor.getSnapshot().context.suggestions.map((s) => s.id)).toEqual([
      'reminders',
      'plain-letters',
    ]);
    actor.send({ type: 'DECIDE', decision: 'agreed' });
    actor.send({
      type: 'DECIDE',
      decision: 'not-wanted',
      reason: 'Reads letters with his partner',
    });
    actor.send({ type: 'ADD_OWN', title: 'Meet at the gym café', detail: 'He feels calmer there' });
    actor.send({ type: 'NEXT' });
    actor.send(confirm);
    const plan = AdjustmentPlanSchema.parse(actor.getSnapshot().output);
    expect(plan).toMatchObject({
      basis: 'needs',
      screening: null,
      reviewDate: '2027-02-24',
      agreedAt: '2026-11-24T11:00:00Z',
      suggestions: [
        { id: 'reminders', decision: 'agreed', reason: null },
        { id: 'plain-letters', decision: 'not-wanted', reason: 'Reads letters with his partner' },
      ],
      own: [{ title: 'Meet at the gym café', detail: 'He feels calmer there' }],
    });
  });

  it('starts from a screening record, keeping only catalogue adjustments in the record’s order', () => {
    const actor = run(screening);
    expect(actor.getSnapshot().context.suggestions.map((s) => s.id)).toEqual(['quiet-room']);
    expect(actor.getSnapshot().context.needs).toEqual([{ domain: 'sensory', level: 'some' }]);
  });

  it('asks for needs first when started with none, and rejects needs it does not know', () => {
    const actor = run(undefined);
    expect(actor.getSnapshot().value).toBe('choosingNeeds');
    actor.send({ type: 'SET_NEEDS', needs: [{ domain: 'astrology', level: 'strong' }] });
    expect(actor.getSnapshot().context.error?.code).toBe('needs-required');
    actor.send({ type: 'SET_NEEDS', needs: [{ domain: 'sensory', level: 'some' }] });
    expect(actor.getSnapshot().value).toBe('reviewing');
  });

  it('needs a reason for "not now" and "not wanted", and stays put without one', () => {
    const actor = run(fromNeeds, { type: 'DECIDE', decision: 'not-now' });
    expect(actor.getSnapshot()).toMatchObject({
      value: 'reviewing',
      context: { index: 0, error: { code: 'reason-required' } },
    });
  });

  it('will not complete unless the plan was agreed with the person and the review date is in the future', () => {
    const actor = run(fromNeeds, { type: 'NEXT' }, { type: 'NEXT' });
    actor.send({ ...confirm, agreedWithPerson: false } as AdjustmentPlanEvent);
    expect(actor.getSnapshot().context.error?.code).toBe('not-agreed');
    actor.send({ ...confirm, reviewDate: '2026-11-01' } as AdjustmentPlanEvent);
    expect(actor.getSnapshot().context.error?.code).toBe('review-date');
    actor.send({ ...confirm, reviewDate: '2027-02-30' } as AdjustmentPlanEvent);
    expect(actor.getSnapshot().context.error?.code).toBe('review-date');
    actor.send(confirm);
    expect(actor.getSnapshot().value).toBe('complete');
  });

  it('keeps nothing when cancelled', () => {
    const snap = run(
      fromNeeds,
      { type: 'DECIDE', decision: 'agreed' },
      { type: 'CANCEL' },
    ).getSnapshot();
    expect(snap).toMatchObject({
      value: 'cancelled',
      output: null,
      context: { suggestions: [], own: [], needs: [] },
    });
  });

  it('works with the built-in catalogue for every need domain', () => {
    const domains = [...new Set(builtIn.flatMap((a) => a.domains))];
    const actor = createActor(createAdjustmentPlanMachine(builtIn), {
      input: {
        needs: domains.map((domain) => ({ domain, level: 'some' as const })),
        setting: 'court',
      },
    }).start();
    const ids = actor.getSnapshot().context.suggestions.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(builtIn.find((a) => a.id === id)!.settings).toContain('court');
  });
});

const eventsFor = (snap: any): AdjustmentPlanEvent[] => {
  switch (snap.value) {
    case 'choosingNeeds':
      return [
        { type: 'SET_NEEDS', needs: [{ domain: 'memory', level: 'some' }] },
        { type: 'SET_NEEDS', needs: [] },
        { type: 'CANCEL' },
      ];
    case 'reviewing':
      return [
        { type: 'DECIDE', decision: 'agreed' },
        { type: 'DECIDE', decision: 'not-now', reason: 'Later' },
        { type: 'DECIDE', decision: 'not-wanted' },
        { type: 'BACK' },
        { type: 'NEXT' },
        { type: 'CANCEL' },
      ];
    // At most one adjustment of the person's own, so the model stays finite.
    case 'adding':
      return [
        ...(snap.context.own.length === 0
          ? [{ type: 'ADD_OWN', title: 'Own idea' } as AdjustmentPlanEvent]
          : []),
        { type: 'ADD_OWN', title: 'x' },
        { type: 'REMOVE_OWN', index: 0 },
        { type: 'NEXT' },
        { type: 'BACK' },
        { type: 'CANCEL' },
      ];
    case 'confirming':
      return [
        confirm,
        { ...confirm, agreedWithPerson: false } as AdjustmentPlanEvent,
        { type: 'BACK' },
        { type: 'CANCEL' },
      ];
    default:
      return [];
  }
};

describe('the adjustment plan flow, model-based', () => {
  for (const [name, input] of [
    ['from needs', fromNeeds],
    ['from nothing', undefined],
    ['from a screening', screening],
  ] as const) {
    it(`holds the contract on every shortest path ${name}`, () => {
      const paths = getShortestPaths(machine, {
        input,
        events: eventsFor,
        serializeState: (s: any) =>
          JSON.stringify([
            s.value,
            s.context.suggestions,
            s.context.index,
            s.context.own.length,
            s.context.needs.length,
            !!s.context.error,
          ]),
      });
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths) {
        const actor = createActor(machine, { input }).start();
        for (const step of path.steps)
          if (!step.event.type.startsWith('xstate.')) actor.send(step.event as AdjustmentPlanEvent);
        const snap = actor.getSnapshot();
        expect(snap.value).toEqual(path.state.value);
        if (snap.value === 'complete') {
          const plan = AdjustmentPlanSchema.parse(snap.output);
          for (const s of plan.suggestions)
            if (s.decision !== 'agreed') expect(s.reason).toBeTruthy();
        }
        if (snap.value === 'reviewing')
          expect(snap.context.index).toBeLessThan(snap.context.suggestions.length);
      }
    });
  }
});

describe('the adjustment plan flow, properties', () => {
  const anyEvent = fc.oneof(
    fc.constantFrom<AdjustmentPlanEvent>(
      { type: 'BACK' },
      { type: 'NEXT' },
      { type: 'CANCEL' },
      confirm,
      { type: 'CONFIRM', agreedWithPerson: false, reviewDate: 'soon' },
    ),
    fc.record({
      type: fc.constant('DECIDE' as const),
      decision: fc.constantFrom('agreed', 'not-now', 'not-wanted', 'maybe' as any),
      reason: fc.option(fc.string({ maxLength: 400 }), { nil: undefined }),
    }),
    fc.record({
      type: fc.constant('ADD_OWN' as const),
      title: fc.string({ maxLength: 130 }),
      detail: fc.option(fc.string(), { nil: undefined }),
    }),
    fc.record({ type: fc.constant('REMOVE_OWN' as const), index: fc.integer({ min: -2, max: 5 }) }),
    fc.record({
      type: fc.constant('SET_NEEDS' as const),
      needs: fc.array(
        fc.record({
          domain: fc.constantFrom('memory', 'sensory', 'nope'),
          level: fc.constantFrom('some', 'strong', 'huge' as any),
        }),
        { maxLength: 3 },
      ),
    }),
  );
  const inputs = fc.constantFrom<AdjustmentPlanInput | undefined>(fromNeeds, screening, undefined);

  it('never throws, completes only from confirming, and every completed plan is valid', () => {
    fc.assert(
      fc.property(inputs, fc.array(anyEvent, { maxLength: 30 }), (input, events) => {
        const actor = createActor(machine, { input }).start();
        for (const e of events) {
          if (actor.getSnapshot().status !== 'active') break;
          const before = actor.getSnapshot().value;
          actor.send(e);
          const after = actor.getSnapshot();
          expect(after.status).not.toBe('error');
          if (after.value === 'complete') {
            expect(before).toBe('confirming');
            const plan = AdjustmentPlanSchema.parse(after.output);
            for (const s of plan.suggestions)
              if (s.decision !== 'agreed') expect(s.reason?.trim()).toBeTruthy();
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the adjustment plan flow never ignores an event', () => {
  const anyEvent = fc.constantFrom<AdjustmentPlanEvent>(
    { type: 'BACK' },
    { type: 'NEXT' },
    confirm,
    { type: 'DECIDE', decision: 'agreed' },
    { type: 'DECIDE', decision: 'not-wanted', reason: 'x'.repeat(301) },
    { type: 'ADD_OWN', title: 'Meet at the library' },
    { type: 'REMOVE_OWN', index: 0 },
    { type: 'SET_NEEDS', needs: [{ domain: 'memory', level: 'some' }] },
    { type: 'NOT_AN_EVENT' } as unknown as AdjustmentPlanEvent,
  );
  const inputs = fc.constantFrom<AdjustmentPlanInput | undefined>(fromNeeds, screening, undefined);

  it('any event either moves the plan on or is refused with an error the page can show', () => {
    fc.assert(
      fc.property(inputs, fc.array(anyEvent, { maxLength: 25 }), (input, events) => {
        const actor = createActor(machine, { input }).start();
        for (const e of events) {
          if (actor.getSnapshot().status !== 'active') break;
          const { errors: _b, error: _be, ...before } = actor.getSnapshot().context;
          const beforeValue = actor.getSnapshot().value;
          actor.send(e);
          const after = actor.getSnapshot();
          if (after.status !== 'active') continue;
          const { errors, error: _e, ...rest } = after.context;
          const moved =
            after.value !== beforeValue || JSON.stringify(rest) !== JSON.stringify(before);
          if (!moved) {
            expect(errors.length, `${String(beforeValue)} ${e.type}`).toBeGreaterThan(0);
            for (const err of errors) expect(err.message.length).toBeGreaterThan(10);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('has Back only where there is a step before, and refuses Back at the first suggestion after a screening', () => {
    const actor = createActor(machine, { input: screening }).start();
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('reviewing');
    expect(hasStepBefore('reviewing', context)).toBe(false);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.error?.code).toBe('not-now');
    const fromNeedsActor = createActor(machine, { input: fromNeeds }).start();
    expect(hasStepBefore('reviewing', fromNeedsActor.getSnapshot().context)).toBe(true);
    fromNeedsActor.send({ type: 'BACK' });
    expect(fromNeedsActor.getSnapshot().value).toBe('choosingNeeds');
  });

  it('refuses a decision while confirming, which it used to drop in silence', () => {
    const actor = createActor(machine, { input: fromNeeds }).start();
    for (let i = 0; i < 20 && actor.getSnapshot().value === 'reviewing'; i++)
      actor.send({ type: 'DECIDE', decision: 'agreed' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('confirming');
    actor.send({ type: 'DECIDE', decision: 'agreed' });
    expect(actor.getSnapshot().context.error?.code).toBe('not-now');
  });
});

describe('the adjustments other flows act on', () => {
  it('are in the catalogue, so the mentoring plan gives Easy Read copies and text reminders when they are agreed', () => {
    const ids = builtIn.map((a) => a.id);
    for (const id of [...EASY_READ_ADJUSTMENTS, ...TEXT_REMINDER_ADJUSTMENTS])
      expect(ids, id).toContain(id);
    expect(presentation({ adjustments: [EASY_READ_ADJUSTMENTS[0]!] })).toEqual({
      easyRead: true,
      textReminders: false,
    });
    expect(presentation({ adjustments: [...TEXT_REMINDER_ADJUSTMENTS] })).toEqual({
      easyRead: false,
      textReminders: true,
    });
  });
});
