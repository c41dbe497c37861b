import { assign, setup } from 'xstate';
import { adjustmentById } from '../adjustments/catalogue.js';
import type { AdjustmentPlan } from '../adjustments/plan-record.js';
import { isCalendarDate } from '../common/calendar-date.js';
import type { FlowError } from '../common/flow-error.js';
import {
  AdjustmentReviewSchema,
  AppointmentCountSchema,
  EARLY_REASON_MAX,
  HELPED,
  IN_PLACE,
  NEXT_STEP,
  REVIEW_SCHEMA_VERSION,
  WHY_NOT,
  type AdjustmentReview,
  type ReviewRecord,
} from './review-record.js';

/** What the practitioner records about one adjustment, with the person. */
export interface ReviewAnswer {
  inPlace: (typeof IN_PLACE)[number];
  whyNot?: (typeof WHY_NOT)[number];
  helped?: (typeof HELPED)[number];
  personWords?: string;
  practitionerView?: string;
  next: (typeof NEXT_STEP)[number];
  changeTo?: string;
}

/** Events the review machine accepts. */
export type ReviewEvent =
  | { type: 'START_EARLY'; because: string }
  | ({ type: 'RECORD' } & ReviewAnswer)
  | { type: 'BACK' }
  | { type: 'APPOINTMENTS'; kept: number; missed: number }
  | { type: 'SKIP_APPOINTMENTS' }
  | { type: 'CONFIRM'; nextReviewOn: string }
  | { type: 'CANCEL' };

/** What the review starts from: the day it is done and, optionally, the host's reference. */
export interface ReviewInput {
  /** Today, YYYY-MM-DD: the machine never reads the clock. */
  today: string;
}

/**
 * Why the last event was refused, in the one shape every Attune machine uses: a `code` to branch
 * on, a `message` a page shows as it is, and the `field` of the event it is about (`inPlace`,
 * `changeTo`, `kept`, `nextReviewOn`...) when there is one. `not-now` is an event this step of
 * the review does not take (an answer before the review has started, Back at the first step).
 */
export type ReviewError = FlowError<
  | 'in-place'
  | 'why-not'
  | 'helped'
  | 'next'
  | 'change-to'
  | 'too-long'
  | 'early-reason'
  | 'appointments'
  | 'next-review'
  | 'not-now'
>;

/** One adjustment under review: a catalogue entry or one of the person's own. */
export interface ReviewItem {
  adjustment: { id: string } | { own: string };
  title: string;
}

/** The review as it stands. */
export interface ReviewContext {
  today: string;
  items: ReviewItem[];
  /** One answer per item, in the same order; null until recorded. */
  answers: (AdjustmentReview | null)[];
  index: number;
  earlyBecause: string | null;
  appointments: { kept: number; missed: number } | null;
  /** Every problem with the last refused event, all at once, so a form can show them together. */
  errors: readonly ReviewError[];
  /** The first of `errors`, or null. */
  error: ReviewError | null;
  output: { review: ReviewRecord; plan: AdjustmentPlan } | null;
}

/** The adjustments a plan's review covers: every agreed suggestion, then the person's own. */
export function itemsToReview(plan: AdjustmentPlan): ReviewItem[] {
  return [
    ...plan.suggestions
      .filter((s) => s.decision === 'agreed')
      .map((s) => ({ adjustment: { id: s.id }, title: adjustmentById(s.id)?.title ?? s.id })),
    ...plan.own.map((o) => ({ adjustment: { own: o.title }, title: o.title })),
  ];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const problem = (code: ReviewError['code'], message: string, field?: string): ReviewError =>
  field ? { code, message, field } : { code, message };
/** The errors of a refused event as context: all of them, and the first on its own. */
const failed = (errors: ReviewError[]) => ({ errors, error: errors[0] ?? null });
const cleared = { errors: [] as ReviewError[], error: null };

// What each note is called when it is too long, by the field the record schema names.
const TOO_LONG: Record<string, [ReviewError['code'], string]> = {
  personWords: ['too-long', 'Keep what the person said to 500 characters or fewer'],
  practitionerView: ['too-long', 'Keep your view to 500 characters or fewer'],
  changeTo: ['change-to', 'Say what it changes to in 3 to 120 characters'],
};

/** The entry an answer makes: only the parts that apply to it, trimmed. Not yet checked. */
function entryFor(item: ReviewItem, answer: Partial<ReviewAnswer>): AdjustmentReview {
  const notInPlace = answer.inPlace === 'no';
  return {
    adjustment: item.adjustment,
    inPlace: answer.inPlace!,
    whyNot: notInPlace ? answer.whyNot! : null,
    helped: notInPlace ? null : answer.helped!,
    personWords: text(answer.personWords),
    practitionerView: text(answer.practitionerView),
    next: answer.next!,
    changeTo: answer.next === 'change' ? text(answer.changeTo) : null,
  };
}

/**
 * The one rule for an adjustment's answers, all its problems at once: why not only (and always)
 * when it was not in place; did it help only (and always) when it was at least partly; what to
 * change to only (and always) when changing; every note within the record schema's lengths. The
 * machine's guard uses it; a host can call it too. Empty when the answer holds.
 */
export function reviewAnswerErrors(item: ReviewItem, answer: Partial<ReviewAnswer>): ReviewError[] {
  const errors: ReviewError[] = [];
  if (!IN_PLACE.includes(answer.inPlace as never))
    errors.push(problem('in-place', 'Say whether the adjustment was put in place', 'inPlace'));
  else if (answer.inPlace === 'no' && !WHY_NOT.includes(answer.whyNot as never))
    errors.push(problem('why-not', 'Say why it was not put in place', 'whyNot'));
  else if (answer.inPlace !== 'no' && !HELPED.includes(answer.helped as never))
    errors.push(problem('helped', 'Ask the person whether it helped', 'helped'));
  if (!NEXT_STEP.includes(answer.next as never))
    errors.push(problem('next', 'Choose whether to keep, change or stop it', 'next'));
  else if (answer.next === 'change' && !text(answer.changeTo))
    errors.push(problem('change-to', 'Say what it changes to', 'changeTo'));
  // Lengths come from the record's own schema, so the machine can never make a record it refuses.
  const found = AdjustmentReviewSchema.safeParse(entryFor(item, answer));
  const long = new Set(found.error?.issues.map((i) => String(i.path[0])) ?? []);
  for (const field of ['personWords', 'practitionerView', 'changeTo'])
    if (long.has(field) && !errors.some((e) => e.field === field))
      errors.push(problem(...TOO_LONG[field]!, field));
  return errors;
}

/** What is wrong with a reason for reviewing early: missing, or longer than the record keeps. */
function earlyErrors(because: unknown): ReviewError[] {
  const reason = text(because);
  if (!reason)
    return [
      problem(
        'early-reason',
        'Say in a few words why the plan is being reviewed before its date',
        'because',
      ),
    ];
  if (reason.length > EARLY_REASON_MAX)
    return [
      problem('early-reason', `Say why in ${EARLY_REASON_MAX} characters or fewer`, 'because'),
    ];
  return [];
}

/** What is wrong with the appointment counts, one error for each count that is not whole. */
function countErrors(event: { kept: unknown; missed: unknown }): ReviewError[] {
  return (['kept', 'missed'] as const)
    .filter((field) => !AppointmentCountSchema.safeParse(event[field]).success)
    .map((field) =>
      problem(
        'appointments',
        `Enter the number of appointments ${field} as a whole number, like 6`,
        field,
      ),
    );
}

/** What is wrong with the next review date: missing, not a real day, or not after today. */
function nextReviewErrors(nextReviewOn: unknown, today: string): ReviewError[] {
  const date = typeof nextReviewOn === 'string' ? nextReviewOn : '';
  const fail = (message: string) => [problem('next-review', message, 'nextReviewOn')];
  if (!date.replace(/-/g, '').trim()) return fail('Enter the date of the next review');
  if (!isCalendarDate(date)) return fail('The next review date must be a real date, like 1 3 2027');
  if (date <= today) return fail('The next review date must be after today');
  return [];
}

// What each step waits for, said when an event it cannot take arrives there.
const WAITING: Record<string, string> = {
  notDue: 'The plan is not due for review yet: say why you are reviewing it early first',
  reviewing: 'Answer about every agreed adjustment first',
  appointments: 'Record the appointments kept and missed, or skip them, first',
  confirming: 'Only the next review date is left: go back to change an answer',
};

/** The error for an event this step does not take: never silence, always what to do instead. */
function notNow(step: unknown, type: string): ReviewError {
  if (type === 'BACK') return problem('not-now', 'There is no earlier step to go back to');
  if (type === 'START_EARLY' && step !== 'notDue')
    return problem('not-now', 'The review has already started');
  return problem(
    'not-now',
    WAITING[String(step)] ?? `The plan review does not take the event "${type}"`,
  );
}

/** The plan after its review: stopped adjustments set aside, changed ones replaced, a new review date. */
export function planAfterReview(
  plan: AdjustmentPlan,
  review: Pick<ReviewRecord, 'adjustments' | 'reviewedOn' | 'nextReviewOn'>,
): AdjustmentPlan {
  const outcome = (adjustment: AdjustmentReview['adjustment']) =>
    review.adjustments.find((a) =>
      'id' in adjustment
        ? 'id' in a.adjustment && a.adjustment.id === adjustment.id
        : 'own' in a.adjustment && a.adjustment.own === adjustment.own,
    );
  const added: AdjustmentPlan['own'] = [];
  const suggestions = plan.suggestions.map((s) => {
    const r = s.decision === 'agreed' ? outcome({ id: s.id }) : undefined;
    if (!r || r.next === 'keep') return s;
    if (r.next === 'change')
      added.push({
        title: r.changeTo!,
        detail: `In place of: ${adjustmentById(s.id)?.title ?? s.id}`,
      });
    return {
      ...s,
      decision: 'not-now' as const,
      reason: `${r.next === 'stop' ? 'Stopped' : 'Changed'} at the review on ${review.reviewedOn}`,
    };
  });
  const own = plan.own.flatMap((o) => {
    const r = outcome({ own: o.title });
    if (!r || r.next === 'keep') return [o];
    return r.next === 'stop' ? [] : [{ title: r.changeTo!, detail: o.detail }];
  });
  return { ...plan, suggestions, own: [...own, ...added], reviewDate: review.nextReviewOn };
}

/**
 * The review of an agreed plan, at or after its review date (earlier only with a reason): for
 * each agreed adjustment, whether it was put in place and why not, whether it helped in the
 * person's words, the practitioner's view, and keep, change or stop; optionally appointments
 * kept and missed; then the next review date. Output: the `ReviewRecord` and the updated plan.
 */
export function createReviewMachine(plan: AdjustmentPlan) {
  const items = itemsToReview(plan);
  return setup({
    types: {} as {
      context: ReviewContext;
      events: ReviewEvent;
      input: ReviewInput;
      output: { review: ReviewRecord; plan: AdjustmentPlan } | null;
    },
    guards: {
      due: ({ context }) => context.today >= plan.reviewDate,
      nothingToReview: () => items.length === 0,
      validEarly: ({ event }) =>
        event.type === 'START_EARLY' && earlyErrors(event.because).length === 0,
      validAnswer: ({ context, event }) =>
        event.type === 'RECORD' && reviewAnswerErrors(items[context.index]!, event).length === 0,
      lastItem: ({ context }) => context.index >= items.length - 1,
      firstItem: ({ context }) => context.index === 0,
      validCounts: ({ event }) => event.type === 'APPOINTMENTS' && countErrors(event).length === 0,
      validNext: ({ context, event }) =>
        event.type === 'CONFIRM' &&
        nextReviewErrors(event.nextReviewOn, context.today).length === 0,
    },
    actions: {
      early: assign(({ event }) => ({
        earlyBecause: event.type === 'START_EARLY' ? event.because.trim() : null,
        ...cleared,
      })),
      earlyError: assign(({ event }) =>
        failed(event.type === 'START_EARLY' ? earlyErrors(event.because) : []),
      ),
      record: assign(({ context, event }) => {
        if (event.type !== 'RECORD') return {};
        const entry = entryFor(items[context.index]!, event);
        const answers = context.answers.map((a, i) => (i === context.index ? entry : a));
        return { answers, ...cleared };
      }),
      answerError: assign(({ context, event }) =>
        failed(event.type === 'RECORD' ? reviewAnswerErrors(items[context.index]!, event) : []),
      ),
      nextItem: assign(({ context }) => ({ index: context.index + 1 })),
      previousItem: assign(({ context }) => ({
        index: Math.max(0, context.index - 1),
        ...cleared,
      })),
      lastOne: assign({ index: Math.max(0, items.length - 1), ...cleared }),
      counts: assign(({ event }) => ({
        appointments:
          event.type === 'APPOINTMENTS' ? { kept: event.kept, missed: event.missed } : null,
        ...cleared,
      })),
      noCounts: assign({ appointments: null, ...cleared }),
      countsError: assign(({ event }) =>
        failed(event.type === 'APPOINTMENTS' ? countErrors(event) : []),
      ),
      nextError: assign(({ context, event }) =>
        failed(event.type === 'CONFIRM' ? nextReviewErrors(event.nextReviewOn, context.today) : []),
      ),
      clearError: assign(cleared),
      // The state the event arrived in is the snapshot before it (the transition takes none).
      refuse: assign(({ event, self }) => failed([notNow(self.getSnapshot().value, event.type)])),
      finish: assign(({ context, event }) => {
        if (event.type !== 'CONFIRM') return {};
        const review: ReviewRecord = {
          schemaVersion: REVIEW_SCHEMA_VERSION,
          kind: 'attune.review',
          reference: plan.reference,
          needs: plan.needs.map((n) => n.domain),
          setting: plan.setting,
          planAgreedAt: plan.agreedAt,
          dueOn: plan.reviewDate,
          reviewedOn: context.today,
          earlyBecause: context.earlyBecause,
          adjustments: context.answers.map((a) => a!),
          appointments: context.appointments,
          nextReviewOn: event.nextReviewOn,
        };
        return { output: { review, plan: planAfterReview(plan, review) }, ...cleared };
      }),
    },
  }).createMachine({
    id: 'plan-review',
    context: ({ input }) => {
      if (!isCalendarDate(input?.today))
        throw new TypeError('today must be a date in the form YYYY-MM-DD');
      return {
        today: input.today,
        items,
        answers: items.map(() => null),
        index: 0,
        earlyBecause: null,
        appointments: null,
        ...cleared,
        output: null,
      };
    },
    initial: 'opening',
    on: {
      CANCEL: { target: '.cancelled', actions: assign({ answers: [], output: null, ...cleared }) },
      // Any event a step has no transition for (or an unknown one) is refused with an error a
      // page can show, never ignored in silence.
      '*': { actions: 'refuse' },
    },
    states: {
      opening: {
        always: [{ guard: 'due', target: 'starting' }, { target: 'notDue' }],
      },
      notDue: {
        on: {
          START_EARLY: [
            { guard: 'validEarly', target: 'starting', actions: 'early' },
            { actions: 'earlyError' },
          ],
        },
      },
      starting: {
        always: [{ guard: 'nothingToReview', target: 'appointments' }, { target: 'reviewing' }],
      },
      reviewing: {
        on: {
          RECORD: [
            { guard: 'validAnswer', target: 'recorded', actions: 'record' },
            { actions: 'answerError' },
          ],
          BACK: [{ guard: 'firstItem', actions: 'refuse' }, { actions: 'previousItem' }],
        },
      },
      recorded: {
        always: [
          { guard: 'lastItem', target: 'appointments' },
          { target: 'reviewing', actions: 'nextItem' },
        ],
      },
      appointments: {
        on: {
          APPOINTMENTS: [
            { guard: 'validCounts', target: 'confirming', actions: 'counts' },
            { actions: 'countsError' },
          ],
          SKIP_APPOINTMENTS: { target: 'confirming', actions: 'noCounts' },
          BACK: [
            { guard: 'nothingToReview', actions: 'refuse' },
            { target: 'reviewing', actions: 'lastOne' },
          ],
        },
      },
      confirming: {
        on: {
          CONFIRM: [
            { guard: 'validNext', target: 'complete', actions: 'finish' },
            { actions: 'nextError' },
          ],
          BACK: { target: 'appointments', actions: 'clearError' },
        },
      },
      // A finished or cancelled review takes nothing more (its actor has stopped): without
      // this, a host's pure transition() would still reach the refusal above from here.
      complete: { type: 'final', on: { '*': {} } },
      cancelled: { type: 'final', on: { '*': {} } },
    },
    output: ({ context }) => context.output,
  });
}
/** The machine `createReviewMachine` returns, for typing actors and snapshots. */
export type ReviewMachine = ReturnType<typeof createReviewMachine>;
