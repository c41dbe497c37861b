import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { AdjustmentPlanSchema } from '@attune/sdk/adjustments';
import {
  createReviewMachine,
  ReviewRecordSchema,
  type ReviewEvent,
  type ReviewInput,
} from '@attune/sdk/follow-up';
import { agreedPlan } from '../fixtures/follow-up.js';

const machine = createReviewMachine(agreedPlan);
const onTheDay: ReviewInput = { today: '2026-12-01' };
const run = (input: ReviewInput, ...events: ReviewEvent[]) => {
  const actor = createActor(machine, { input }).start();
  for (const e of events) actor.send(e);
  return actor;
};
const helpedKeep: ReviewEvent = {
  type: 'RECORD',
  inPlace: 'yes',
  helped: 'helped',
  personWords: 'I have not missed one since',
  next: 'keep',
};
const notOffered: ReviewEvent = {
  type: 'RECORD',
  inPlace: 'no',
  whyNot: 'not-offered',
  next: 'keep',
};
const changeIt: ReviewEvent = {
  type: 'RECORD',
  inPlace: 'partly',
  helped: 'helped-a-bit',
  next: 'change',
  changeTo: 'Meet after 2pm on Tuesdays',
};

describe('reviewing a plan', () => {
  it('asks about each agreed adjustment, then appointments, then gives the review and the updated plan', () => {
    const actor = run(onTheDay);
    expect(actor.getSnapshot().value).toBe('reviewing');
    // Only the agreed ones, then the person's own: "not now" is not reviewed.
    expect(actor.getSnapshot().context.items.map((i) => i.title)).toEqual([
      'Text reminders before appointments',
      'Quiet room for meetings',
      'Meet after his morning shift',
    ]);
    actor.send(helpedKeep);
    actor.send(notOffered);
    actor.send(changeIt);
    expect(actor.getSnapshot().value).toBe('appointments');
    actor.send({ type: 'APPOINTMENTS', kept: 9, missed: 1 });
    actor.send({ type: 'CONFIRM', nextReviewOn: '2027-03-01' });
    const { review, plan } = actor.getSnapshot().output!;
    expect(ReviewRecordSchema.parse(review)).toMatchObject({
      dueOn: '2026-12-01',
      reviewedOn: '2026-12-01',
      earlyBecause: null,
      needs: ['memory-organisation', 'sensory'],
      setting: 'supervision-appointment',
      appointments: { kept: 9, missed: 1 },
      nextReviewOn: '2027-03-01',
      adjustments: [
        { adjustment: { id: 'text-reminders' }, inPlace: 'yes', helped: 'helped', whyNot: null },
        { adjustment: { id: 'quiet-room' }, inPlace: 'no', whyNot: 'not-offered', helped: null },
        {
          adjustment: { own: 'Meet after his morning shift' },
          next: 'change',
          changeTo: 'Meet after 2pm on Tuesdays',
        },
      ],
    });
    expect(AdjustmentPlanSchema.parse(plan)).toMatchObject({
      reviewDate: '2027-03-01',
      own: [{ title: 'Meet after 2pm on Tuesdays' }],
      suggestions: [
        { id: 'text-reminders', decision: 'agreed' },
        { id: 'quiet-room', decision: 'agreed' },
        { id: 'visual-timetable', decision: 'not-now' },
      ],
    });
  });

  it('sets a stopped adjustment aside and replaces a changed one with what it changes to', () => {
    const actor = run(
      onTheDay,
      { type: 'RECORD', inPlace: 'yes', helped: 'did-not-help', next: 'stop' },
      {
        type: 'RECORD',
        inPlace: 'yes',
        helped: 'helped-a-bit',
        next: 'change',
        changeTo: 'Ear defenders',
      },
      { type: 'RECORD', inPlace: 'yes', helped: 'did-not-help', next: 'stop' },
      { type: 'SKIP_APPOINTMENTS' },
      { type: 'CONFIRM', nextReviewOn: '2027-01-15' },
    );
    const { plan, review } = actor.getSnapshot().output!;
    expect(review.appointments).toBeNull();
    expect(plan.suggestions.slice(0, 2)).toEqual([
      { id: 'text-reminders', decision: 'not-now', reason: 'Stopped at the review on 2026-12-01' },
      { id: 'quiet-room', decision: 'not-now', reason: 'Changed at the review on 2026-12-01' },
    ]);
    expect(plan.own).toEqual([
      { title: 'Ear defenders', detail: 'In place of: Quiet room for meetings' },
    ]);
  });

  it('waits for the review date, and starts early only with a reason', () => {
    const actor = run({ today: '2026-11-20' });
    expect(actor.getSnapshot().value).toBe('notDue');
    actor.send({ type: 'START_EARLY', because: '  ' });
    expect(actor.getSnapshot().context.error?.code).toBe('early-reason');
    actor.send({ type: 'START_EARLY', because: 'Moved to a hostel last week' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    expect(actor.getSnapshot().context.earlyBecause).toBe('Moved to a hostel last week');
  });

  it('refuses answers that do not hang together, and says what is missing', () => {
    const cases: [ReviewEvent, string][] = [
      [{ type: 'RECORD', inPlace: 'maybe' as never, next: 'keep' }, 'in-place'],
      [{ type: 'RECORD', inPlace: 'no', next: 'keep' }, 'why-not'],
      [{ type: 'RECORD', inPlace: 'partly', next: 'keep' }, 'helped'],
      [{ type: 'RECORD', inPlace: 'yes', helped: 'helped', next: 'pause' as never }, 'next'],
      [
        { type: 'RECORD', inPlace: 'yes', helped: 'helped', next: 'change', changeTo: ' ' },
        'change-to',
      ],
      [
        {
          type: 'RECORD',
          inPlace: 'yes',
          helped: 'helped',
          next: 'keep',
          personWords: 'x'.repeat(501),
        },
        'too-long',
      ],
    ];
    for (const [event, code] of cases) {
      const actor = run(onTheDay, event);
      expect(actor.getSnapshot().value).toBe('reviewing');
      expect(actor.getSnapshot().context.error?.code, code).toBe(code);
      expect(actor.getSnapshot().context.answers[0]).toBeNull();
    }
  });

  it('says everything missing from an answer at once, each error naming its field', () => {
    const actor = run(onTheDay, { type: 'RECORD' } as ReviewEvent);
    expect(actor.getSnapshot().context.errors).toEqual([
      {
        code: 'in-place',
        message: 'Say whether the adjustment was put in place',
        field: 'inPlace',
      },
      { code: 'next', message: 'Choose whether to keep, change or stop it', field: 'next' },
    ]);
    actor.send({
      type: 'RECORD',
      inPlace: 'no',
      next: 'change',
      personWords: 'x'.repeat(501),
      practitionerView: 'y'.repeat(501),
    });
    expect(actor.getSnapshot().context.errors.map((e) => [e.code, e.field])).toEqual([
      ['why-not', 'whyNot'],
      ['change-to', 'changeTo'],
      ['too-long', 'personWords'],
      ['too-long', 'practitionerView'],
    ]);
    expect(actor.getSnapshot().context.error).toEqual(actor.getSnapshot().context.errors[0]);
    actor.send({ ...changeIt, changeTo: 'ab' });
    expect(actor.getSnapshot().context.errors).toEqual([
      {
        code: 'change-to',
        message: 'Say what it changes to in 3 to 120 characters',
        field: 'changeTo',
      },
    ]);
    actor.send(helpedKeep);
    expect(actor.getSnapshot().context.errors).toEqual([]);
    expect(actor.getSnapshot().context.index).toBe(1);
  });

  it('says which count or what about the date is wrong, in words a page shows as they are', () => {
    const actor = run(onTheDay, helpedKeep, notOffered, helpedKeep, {
      type: 'APPOINTMENTS',
      kept: Number.NaN,
      missed: 2.5,
    });
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).toEqual(['kept', 'missed']);
    actor.send({ type: 'APPOINTMENTS', kept: 4, missed: 1001 });
    expect(actor.getSnapshot().context.errors).toEqual([
      {
        code: 'appointments',
        message: 'Enter the number of appointments missed as a whole number, like 6',
        field: 'missed',
      },
    ]);
    actor.send({ type: 'APPOINTMENTS', kept: 4, missed: 0 });
    const said = (nextReviewOn: string) => {
      actor.send({ type: 'CONFIRM', nextReviewOn });
      const [error, ...more] = actor.getSnapshot().context.errors;
      expect(more).toEqual([]);
      expect(error?.field).toBe('nextReviewOn');
      return error?.message;
    };
    // Empty, not a real day and not ahead are three different problems, said differently.
    expect(said('--')).toBe('Enter the date of the next review');
    expect(said('2027-02-31')).toBe('The next review date must be a real date, like 1 3 2027');
    expect(said('2026-12-01')).toBe('The next review date must be after today');
  });

  it('refuses a reason for starting early that is longer than the record keeps', () => {
    const actor = run({ today: '2026-11-20' }, { type: 'START_EARLY', because: 'x'.repeat(301) });
    expect(actor.getSnapshot().value).toBe('notDue');
    expect(actor.getSnapshot().context.errors).toEqual([
      { code: 'early-reason', message: 'Say why in 300 characters or fewer', field: 'because' },
    ]);
  });

  it('refuses every event a step cannot take with an error, never in silence', () => {
    const refused = (actor: ReturnType<typeof run>, event: ReviewEvent | { type: string }) => {
      const before = actor.getSnapshot();
      actor.send(event as ReviewEvent);
      const after = actor.getSnapshot();
      expect(after.value, event.type).toEqual(before.value);
      expect(after.context.index).toBe(before.context.index);
      expect(after.context.answers).toEqual(before.context.answers);
      expect(after.context.errors, `${String(before.value)} ${event.type}`).toHaveLength(1);
      expect(after.context.error?.code).toBe('not-now');
      return after.context.error!.message;
    };
    const early = run({ today: '2026-11-20' });
    for (const e of [helpedKeep, { type: 'BACK' }, { type: 'SKIP_APPOINTMENTS' }] as const)
      expect(refused(early, e)).toMatch(/not due for review yet|no earlier step/);
    expect(refused(early, { type: 'CONFIRM', nextReviewOn: '2027-01-01' })).toMatch(/early first/);
    expect(refused(early, { type: 'MADE_UP' })).toMatch(/early first/);

    const first = run(onTheDay);
    expect(refused(first, { type: 'BACK' })).toBe('There is no earlier step to go back to');
    expect(refused(first, { type: 'START_EARLY', because: 'Moved' })).toBe(
      'The review has already started',
    );
    expect(refused(first, { type: 'APPOINTMENTS', kept: 1, missed: 1 })).toBe(
      'Answer about every agreed adjustment first',
    );
    refused(first, { type: 'CONFIRM', nextReviewOn: '2027-01-01' });

    const counting = run(onTheDay, helpedKeep, notOffered, helpedKeep);
    expect(refused(counting, helpedKeep)).toMatch(/appointments kept and missed/);
    refused(counting, { type: 'CONFIRM', nextReviewOn: '2027-01-01' });

    const confirming = run(onTheDay, helpedKeep, notOffered, helpedKeep, {
      type: 'SKIP_APPOINTMENTS',
    });
    for (const e of [helpedKeep, { type: 'SKIP_APPOINTMENTS' }] as const)
      expect(refused(confirming, e)).toMatch(/next review date is left/);

    const nothing = createActor(createReviewMachine({ ...agreedPlan, suggestions: [], own: [] }), {
      input: onTheDay,
    }).start();
    refused(nothing, { type: 'BACK' });
    // Refused, and then taken: the error goes with the next event the step accepts.
    first.send(helpedKeep);
    expect(first.getSnapshot().context.errors).toEqual([]);
  });

  it('takes nothing more once finished, even through a host’s pure transition()', () => {
    const done = run(
      onTheDay,
      helpedKeep,
      notOffered,
      helpedKeep,
      { type: 'SKIP_APPOINTMENTS' },
      {
        type: 'CONFIRM',
        nextReviewOn: '2027-03-01',
      },
    ).getSnapshot();
    for (const event of [helpedKeep, { type: 'CANCEL' }, { type: 'BACK' }] as ReviewEvent[]) {
      const [after] = transition(machine, done, event);
      expect(after.value).toBe('complete');
      expect(after.context.errors).toEqual([]);
      expect(after.output).toEqual(done.output);
    }
  });

  it('does not keep "did it help" for an adjustment that was never in place', () => {
    const actor = run(onTheDay, { ...notOffered, helped: 'helped' } as ReviewEvent);
    expect(actor.getSnapshot().context.answers[0]).toMatchObject({ inPlace: 'no', helped: null });
  });

  it('goes back to change an answer, and will not set the next review on or before today', () => {
    const actor = run(
      onTheDay,
      helpedKeep,
      notOffered,
      helpedKeep,
      { type: 'BACK' },
      { type: 'BACK' },
    );
    expect(actor.getSnapshot().context.index).toBe(1);
    actor.send({ type: 'RECORD', inPlace: 'yes', helped: 'helped', next: 'keep' });
    actor.send(helpedKeep);
    actor.send({ type: 'SKIP_APPOINTMENTS' });
    actor.send({ type: 'CONFIRM', nextReviewOn: '2026-12-01' });
    expect(actor.getSnapshot().context.error?.code).toBe('next-review');
    actor.send({ type: 'CONFIRM', nextReviewOn: '2026-02-30' });
    expect(actor.getSnapshot().value).toBe('confirming');
    actor.send({ type: 'CONFIRM', nextReviewOn: '2027-02-28' });
    expect(actor.getSnapshot().output!.review.adjustments[1]).toMatchObject({ inPlace: 'yes' });
  });

  it('goes straight to appointments for a plan with nothing agreed', () => {
    const empty = createReviewMachine({ ...agreedPlan, suggestions: [], own: [] });
    const actor = createActor(empty, { input: onTheDay }).start();
    expect(actor.getSnapshot().value).toBe('appointments');
    actor.send({ type: 'APPOINTMENTS', kept: -1, missed: 0 });
    expect(actor.getSnapshot().context.error?.code).toBe('appointments');
  });

  it('keeps nothing when cancelled', () => {
    const actor = run(onTheDay, helpedKeep, { type: 'CANCEL' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'cancelled', output: null });
    expect(actor.getSnapshot().context.answers).toEqual([]);
  });
});

const eventsFor = (): ReviewEvent[] => [
  helpedKeep,
  notOffered,
  { type: 'RECORD', inPlace: 'no', next: 'keep' },
  { type: 'BACK' },
  { type: 'APPOINTMENTS', kept: 3, missed: 2 },
  { type: 'SKIP_APPOINTMENTS' },
  { type: 'CONFIRM', nextReviewOn: '2027-03-01' },
  { type: 'START_EARLY', because: 'Changed address' },
  { type: 'CANCEL' },
];

describe('reviewing a plan, model-based', () => {
  for (const [name, input] of [
    ['on the day', onTheDay],
    ['before the day', { today: '2026-11-01' }],
  ] as const) {
    it(`holds the contract on every shortest path ${name}`, () => {
      const paths = getShortestPaths(machine, {
        input,
        events: eventsFor,
        serializeState: (s: any) =>
          JSON.stringify([
            s.value,
            s.context.index,
            s.context.answers.map((a: unknown) => !!a),
            !!s.context.error,
          ]),
      });
      expect(paths.length).toBeGreaterThan(8);
      expect(paths.some((p) => p.state.value === 'complete')).toBe(true);
      for (const path of paths) {
        const actor = createActor(machine, { input }).start();
        for (const step of path.steps)
          if (!step.event.type.startsWith('xstate.')) actor.send(step.event as ReviewEvent);
        const snap = actor.getSnapshot();
        expect(snap.value).toEqual(path.state.value);
        if (snap.value === 'complete') {
          const review = ReviewRecordSchema.parse(snap.output!.review);
          expect(review.adjustments).toHaveLength(3);
          expect(review.reviewedOn >= review.dueOn || review.earlyBecause !== null).toBe(true);
        }
      }
    });
  }
});

describe('reviewing a plan, properties', () => {
  const anyEvent: fc.Arbitrary<ReviewEvent> = fc.oneof(
    fc.constantFrom<ReviewEvent>(
      { type: 'BACK' },
      { type: 'CANCEL' },
      { type: 'SKIP_APPOINTMENTS' },
      { type: 'CONFIRM', nextReviewOn: '2027-03-01' },
      { type: 'CONFIRM', nextReviewOn: 'soon' },
      { type: 'START_EARLY', because: 'A reason' },
    ),
    fc.record({
      type: fc.constant('RECORD' as const),
      inPlace: fc.constantFrom('yes', 'partly', 'no', 'perhaps' as never),
      whyNot: fc.option(fc.constantFrom('not-offered', 'not-possible-here', 'person-declined'), {
        nil: undefined,
      }),
      helped: fc.option(fc.constantFrom('helped', 'helped-a-bit', 'did-not-help'), {
        nil: undefined,
      }),
      personWords: fc.option(fc.string({ maxLength: 600 }), { nil: undefined }),
      next: fc.constantFrom('keep', 'change', 'stop', 'pause' as never),
      changeTo: fc.option(fc.string({ maxLength: 130 }), { nil: undefined }),
    }),
    fc.record({
      type: fc.constant('APPOINTMENTS' as const),
      kept: fc.integer({ min: -3, max: 1200 }),
      missed: fc.integer({ min: -3, max: 30 }),
    }),
  );
  const days = fc.constantFrom('2026-11-01', '2026-12-01', '2027-01-10');

  it('never completes without a decision for every agreed adjustment, and never throws', () => {
    fc.assert(
      fc.property(days, fc.array(anyEvent, { maxLength: 30 }), (today, events) => {
        const actor = createActor(machine, { input: { today } }).start();
        for (const e of events) {
          if (actor.getSnapshot().status !== 'active') break;
          const before = actor.getSnapshot().value;
          const place = JSON.stringify([before, actor.getSnapshot().context.index]);
          actor.send(e);
          const after = actor.getSnapshot();
          expect(after.status).not.toBe('error');
          // Every event is either taken (the step moves) or refused with errors to show.
          if (JSON.stringify([after.value, after.context.index]) === place)
            expect(after.context.errors.length).toBeGreaterThan(0);
          if (after.value === 'complete') {
            expect(before).toBe('confirming');
            const review = ReviewRecordSchema.parse(after.output!.review);
            expect(review.adjustments.map((a) => a.adjustment)).toEqual([
              { id: 'text-reminders' },
              { id: 'quiet-room' },
              { own: 'Meet after his morning shift' },
            ]);
            for (const a of review.adjustments) {
              expect(['keep', 'change', 'stop']).toContain(a.next);
              expect(
                a.inPlace === 'no' ? a.whyNot !== null && a.helped === null : a.helped !== null,
              ).toBe(true);
            }
            AdjustmentPlanSchema.parse(after.output!.plan);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
