import { assign, setup } from 'xstate';
import { adjustmentById } from '../adjustments/catalogue.js';
import type { AdjustmentPlan } from '../adjustments/plan-record.js';
import { isCalendarDate } from '../common/calendar-date.js';
import {
  AdjustmentReviewSchema,
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

/** Why the last event was refused, in words a page can show as they are. */
export interface ReviewError {
  readonly code:
    | 'in-place'
    | 'why-not'
    | 'helped'
    | 'next'
    | 'change-to'
    | 'too-long'
    | 'early-reason'
    | 'appointments'
    | 'next-review';
  readonly message: string;
}

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

/**
 * The one rule for an adjustment's answers, used by the machine's guard and by pages before they
 * send: why not only (and always) when it was not in place; did it help only (and always) when it
 * was at least partly; what to change to only (and always) when changing. Null when it holds.
 */
export function reviewAnswerError(
  item: ReviewItem,
  answer: Partial<ReviewAnswer>,
): { error: ReviewError } | { entry: AdjustmentReview } {
  const fail = (code: ReviewError['code'], message: string) => ({ error: { code, message } });
  if (!IN_PLACE.includes(answer.inPlace as never))
    return fail('in-place', 'Say whether the adjustment was put in place');
  const notInPlace = answer.inPlace === 'no';
  if (notInPlace && !WHY_NOT.includes(answer.whyNot as never))
    return fail('why-not', 'Say why it was not put in place');
  if (!notInPlace && !HELPED.includes(answer.helped as never))
    return fail('helped', 'Ask the person whether it helped');
  if (!NEXT_STEP.includes(answer.next as never))
    return fail('next', 'Choose whether to keep, change or stop it');
  const changeTo = answer.next === 'change' ? text(answer.changeTo) : null;
  if (answer.next === 'change' && (!changeTo || changeTo.length < 3 || changeTo.length > 120))
    return fail('change-to', 'Say what it changes to, in 3 to 120 characters');
  const entry = {
    adjustment: item.adjustment,
    inPlace: answer.inPlace!,
    whyNot: notInPlace ? answer.whyNot! : null,
    helped: notInPlace ? null : answer.helped!,
    personWords: text(answer.personWords),
    practitionerView: text(answer.practitionerView),
    next: answer.next!,
    changeTo,
  };
  if (!AdjustmentReviewSchema.safeParse(entry).success)
    return fail('too-long', 'Keep each note to 500 characters');
  return { entry };
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
        event.type === 'START_EARLY' && !!text(event.because) && event.because.trim().length <= 300,
      validAnswer: ({ context, event }) =>
        event.type === 'RECORD' && 'entry' in reviewAnswerError(items[context.index]!, event),
      lastItem: ({ context }) => context.index >= items.length - 1,
      firstItem: ({ context }) => context.index === 0,
      validCounts: ({ event }) =>
        event.type === 'APPOINTMENTS' &&
        [event.kept, event.missed].every((n) => Number.isInteger(n) && n >= 0 && n <= 1000),
      validNext: ({ context, event }) =>
        event.type === 'CONFIRM' &&
        isCalendarDate(event.nextReviewOn) &&
        event.nextReviewOn > context.today,
    },
    actions: {
      early: assign(({ event }) => ({
        earlyBecause: event.type === 'START_EARLY' ? event.because.trim() : null,
        error: null,
      })),
      earlyError: assign({
        error: {
          code: 'early-reason',
          message: 'Say in a few words why the plan is being reviewed before its date',
        } as ReviewError,
      }),
      record: assign(({ context, event }) => {
        if (event.type !== 'RECORD') return {};
        const result = reviewAnswerError(items[context.index]!, event);
        if (!('entry' in result)) return {};
        const answers = context.answers.map((a, i) => (i === context.index ? result.entry : a));
        return { answers, error: null };
      }),
      answerError: assign(({ context, event }) => {
        if (event.type !== 'RECORD') return {};
        const result = reviewAnswerError(items[context.index]!, event);
        return 'error' in result ? { error: result.error } : {};
      }),
      nextItem: assign(({ context }) => ({ index: context.index + 1 })),
      previousItem: assign(({ context }) => ({
        index: Math.max(0, context.index - 1),
        error: null,
      })),
      lastOne: assign({ index: Math.max(0, items.length - 1), error: null }),
      counts: assign(({ event }) => ({
        appointments:
          event.type === 'APPOINTMENTS' ? { kept: event.kept, missed: event.missed } : null,
        error: null,
      })),
      noCounts: assign({ appointments: null, error: null }),
      countsError: assign({
        error: {
          code: 'appointments',
          message: 'Enter the number of appointments kept and missed as whole numbers',
        } as ReviewError,
      }),
      nextError: assign({
        error: {
          code: 'next-review',
          message: 'Enter a next review date after today',
        } as ReviewError,
      }),
      clearError: assign({ error: null }),
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
        return { output: { review, plan: planAfterReview(plan, review) }, error: null };
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
        error: null,
        output: null,
      };
    },
    initial: 'opening',
    on: {
      CANCEL: { target: '.cancelled', actions: assign({ answers: [], output: null, error: null }) },
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
          BACK: [{ guard: 'firstItem', actions: 'clearError' }, { actions: 'previousItem' }],
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
            { guard: 'nothingToReview', actions: 'clearError' },
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
      complete: { type: 'final' },
      cancelled: { type: 'final' },
    },
    output: ({ context }) => context.output,
  });
}
/** The machine `createReviewMachine` returns, for typing actors and snapshots. */
export type ReviewMachine = ReturnType<typeof createReviewMachine>;
