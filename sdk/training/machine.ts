import { and, assign, setup } from 'xstate';
import { PASS_MARK } from './constants.js';
import { deriveSeed, drawForm, type Form } from './draw.js';
import type { KnowledgeQuestion, TrainingModule } from './schema.js';
import { isIsoDateTime as isIsoTime } from '../common/iso-date-time.js';
import { isUuid } from './validate.js';
import type { FlowError } from '../common/flow-error.js';

export { shuffle, drawForm, deriveSeed, type Form } from './draw.js';

type At = { at?: string };
/**
 * Events the training machine accepts. Each may carry `at`, an ISO 8601 date and time from the
 * host; any other `at` is refused with an error, so a record never holds a time it cannot mean.
 * START may carry the `seed` that draws this run's questions and the `registration` (a UUID)
 * that ties its xAPI statements together; RETRY carries a new seed for a new draw.
 */
export type TrainingEvent =
  | ({ type: 'START'; seed?: number; registration?: string } & At)
  | ({ type: 'RATE'; ratings: number[] } & At)
  | ({ type: 'MARK_READ'; lessonId: string } & At)
  | ({ type: 'OPEN_LESSON'; lessonId: string } & At)
  | ({ type: 'BEGIN_CHECK' } & At)
  | ({ type: 'ANSWER'; optionId: string } & At)
  | ({ type: 'NEXT' } & At)
  | ({ type: 'RETRY'; seed: number } & At);

/**
 * Why the last event was refused, in the one shape every Attune machine uses. A rating error
 * names its statement as `ratings.<index>`, so a page can put it beside that statement. Every
 * event the machine cannot take at its step gives one of these: none is ignored in silence.
 */
export type TrainingError = FlowError<
  | 'time'
  | 'start'
  | 'rating-required'
  | 'answer-required'
  | 'lesson-order'
  | 'lesson-read'
  | 'lessons-unread'
  | 'answered'
  | 'not-passed'
  | 'seed'
  | 'not-now'
>;

/** One go at a form of questions: the knowledge test before the lessons, or a check after them. */
export interface Attempt extends Form {
  answers: { questionId: string; optionId: string; correct: boolean; at: string | null }[];
  /** Share answered correctly, 0–1, once the attempt is finished. */
  score: number | null;
  /** Whether the score reached the pass mark; always null for the test before the lessons. */
  passed: boolean | null;
  finishedAt: string | null;
}

/** A learner's progress through a module; the machine's output, and what records are made from. */
export interface TrainingContext {
  moduleId: string;
  /** Ties this run's xAPI statements together (a UUID from the host), or null if none was given. */
  registration: string | null;
  seed: number;
  startedAt: string | null;
  completedAt: string | null;
  confidenceBefore: number[] | null;
  confidenceAfter: number[] | null;
  /** The knowledge test before the lessons: a form parallel to the first check, no feedback. */
  knowledgeBefore: Attempt | null;
  /** Lesson ids marked as read, with when. */
  read: { lessonId: string; at: string | null }[];
  /** The lesson open now. */
  lessonId: string | null;
  /** Attempts at the knowledge check after the lessons, in order. */
  attempts: Attempt[];
  /** Position in the current form; in the check, feedback on the answer just given shows until NEXT. */
  questionIndex: number;
  /** Every problem with the last refused event, all at once (one per statement left unrated). */
  errors: readonly TrainingError[];
  /** The first of `errors`, or null. */
  error: TrainingError | null;
}

/** The question being asked, its options in this attempt's order, and where it falls in the form. */
export interface TrainingQuestionView {
  phase: 'before' | 'check';
  question: KnowledgeQuestion;
  options: KnowledgeQuestion['options'];
  number: number;
  of: number;
  /** The answer given, while the check shows its feedback. */
  answer: Attempt['answers'][number] | null;
}

/** For hosts: what to show in the knowledge test or check, from the snapshot alone. */
export function currentTrainingQuestion(
  module: TrainingModule,
  snapshot: { value: unknown; context: TrainingContext },
): TrainingQuestionView | null {
  const phase =
    snapshot.value === 'knowledgeBefore' ? 'before' : snapshot.value === 'check' ? 'check' : null;
  const c = snapshot.context;
  const attempt = phase === 'before' ? c.knowledgeBefore : c.attempts.at(-1);
  if (!phase || !attempt) return null;
  const id = attempt.order[c.questionIndex];
  const question = module.questions.find((q) => q.id === id);
  if (!question) return null;
  const options = (attempt.options[c.questionIndex] ?? []).map((oid) =>
    question.options.find((o) => o.id === oid)!,
  );
  return {
    phase,
    question,
    options,
    number: c.questionIndex + 1,
    of: attempt.order.length,
    answer: attempt.answers[c.questionIndex] ?? null,
  };
}

const isRating = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5;

/**
 * What is wrong with a set of confidence ratings: one error for each statement without a whole
 * number from 1 to 5, so a form can show them all at once, each beside its statement.
 */
export function ratingErrors(ratings: unknown, count: number): TrainingError[] {
  const given: unknown[] = Array.isArray(ratings) ? ratings : [];
  if (given.length > count)
    return [{ code: 'rating-required', message: `Give ${count} ratings, one for each statement` }];
  return Array.from({ length: count }, (_, i) => i)
    .filter((i) => !isRating(given[i]))
    .map((i) => ({
      code: 'rating-required' as const,
      message: `Rate statement ${i + 1} from 1 (not at all confident) to 5 (very confident)`,
      field: `ratings.${i}`,
    }));
}

const validRatings = (r: unknown, count: number): r is number[] =>
  Array.isArray(r) && r.length === count && ratingErrors(r, count).length === 0;

/** The errors of a refused event as context: all of them, and the first on its own. */
const failed = (...errors: TrainingError[]) => ({ errors, error: errors[0] ?? null });
const cleared = { errors: [] as TrainingError[], error: null };

/** Why a lesson cannot be opened or marked read: it is ahead of the next unread one, or unknown. */
const lessonOrder = (field: string) =>
  failed({
    code: 'lesson-order',
    message: 'Read the lessons in order: finish the one you are on first',
    field,
  });

const fresh = (form: Form): Attempt => ({
  ...form,
  answers: [],
  score: null,
  passed: null,
  finishedAt: null,
});

/**
 * A learner's way through one module: confidence before, a short knowledge test, the lessons in
 * order, the knowledge check (a parallel form of new questions, pass mark 80%, feedback on every
 * answer, unlimited retries that draw different questions in a new order), confidence after,
 * then complete. Time and randomness come on events, so a run replays exactly.
 */
export function createTrainingMachine(module: TrainingModule) {
  const lessonIds = module.lessons.map((l) => l.id);
  const current = (c: TrainingContext) => c.attempts.at(-1);
  const nextUnread = (read: TrainingContext['read']) =>
    lessonIds.find((id) => !read.some((r) => r.lessonId === id)) ?? null;
  const questionAt = (attempt: Attempt, index: number) =>
    module.questions.find((q) => q.id === attempt.order[index]);
  const answerTo = (attempt: Attempt | null | undefined, index: number, optionId: string) => {
    const question = attempt && questionAt(attempt, index);
    if (!attempt || !question || attempt.answers.length !== index) return null;
    const option = question.options.find((o) => o.id === optionId);
    return option ? { question, correct: option.correct === true } : null;
  };
  const record = (attempt: Attempt, index: number, optionId: string, at: string | null) => {
    const { question, correct } = answerTo(attempt, index, optionId)!;
    return {
      ...attempt,
      answers: [...attempt.answers, { questionId: question.id, optionId, correct, at }],
    };
  };
  const finish = (attempt: Attempt, at: string | null, pass: boolean): Attempt => {
    const score = attempt.answers.filter((a) => a.correct).length / attempt.order.length;
    return { ...attempt, score, passed: pass ? score >= PASS_MARK : null, finishedAt: at };
  };

  return setup({
    types: {} as { context: TrainingContext; events: TrainingEvent; output: TrainingContext },
    guards: {
      badTime: ({ event }) => event.at !== undefined && !isIsoTime(event.at),
      startValid: ({ event }) =>
        event.type === 'START' &&
        (event.seed === undefined || (Number.isInteger(event.seed) && event.seed >= 0)) &&
        (event.registration === undefined || isUuid(event.registration)),
      ratingsValid: ({ event }) =>
        event.type === 'RATE' && validRatings(event.ratings, module.confidence.length),
      isCurrentLesson: ({ context, event }) =>
        event.type === 'MARK_READ' && event.lessonId === context.lessonId,
      alreadyRead: ({ context, event }) =>
        'lessonId' in event && context.read.some((r) => r.lessonId === event.lessonId),
      readable: ({ context, event }) =>
        event.type === 'OPEN_LESSON' &&
        event.lessonId !== context.lessonId &&
        lessonIds.includes(event.lessonId) &&
        (context.read.some((r) => r.lessonId === event.lessonId) ||
          event.lessonId === nextUnread(context.read)),
      allRead: ({ context }) => nextUnread(context.read) === null,
      isOpen: ({ context, event }) =>
        event.type === 'OPEN_LESSON' && event.lessonId === context.lessonId,
      beforeAnswerValid: ({ context, event }) =>
        event.type === 'ANSWER' &&
        !!answerTo(context.knowledgeBefore, context.questionIndex, event.optionId),
      lastBefore: ({ context }) =>
        context.questionIndex >= (context.knowledgeBefore?.order.length ?? 0) - 1,
      answerValid: ({ context, event }) =>
        event.type === 'ANSWER' &&
        !!answerTo(current(context), context.questionIndex, event.optionId),
      awaitingNext: ({ context }) =>
        (current(context)?.answers.length ?? 0) > context.questionIndex,
      lastAnswered: ({ context }) =>
        (current(context)?.answers.length ?? 0) > context.questionIndex &&
        context.questionIndex >= (current(context)?.order.length ?? 0) - 1,
      passed: ({ context }) => current(context)?.passed === true,
      seedValid: ({ event }) =>
        event.type === 'RETRY' && Number.isInteger(event.seed) && event.seed >= 0,
    },
    actions: {
      timeError: assign(
        failed({ code: 'time', message: 'Times must be ISO 8601 dates and times', field: 'at' }),
      ),
      start: assign(({ context, event }) => {
        if (event.type !== 'START') return {};
        const seed = event.seed ?? 0;
        return {
          startedAt: context.startedAt ?? event.at ?? null,
          registration: event.registration ?? null,
          seed,
          ...cleared,
        };
      }),
      startError: assign(
        failed({
          code: 'start',
          message: 'The seed must be a whole number and the registration a UUID',
        }),
      ),
      rateBefore: assign(({ context, event }) =>
        event.type === 'RATE'
          ? {
              confidenceBefore: [...event.ratings],
              ...cleared,
              knowledgeBefore: fresh(drawForm(module, context.seed)),
              questionIndex: 0,
            }
          : {},
      ),
      rateAfter: assign(({ event }) =>
        event.type === 'RATE'
          ? { confidenceAfter: [...event.ratings], ...cleared, completedAt: event.at ?? null }
          : {},
      ),
      ratingError: assign(({ event }) =>
        event.type === 'RATE'
          ? failed(...ratingErrors(event.ratings, module.confidence.length))
          : {},
      ),
      answerBefore: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const attempt = record(
          context.knowledgeBefore!,
          context.questionIndex,
          event.optionId,
          event.at ?? null,
        );
        return { knowledgeBefore: attempt, questionIndex: context.questionIndex + 1, ...cleared };
      }),
      finishBefore: assign(({ context, event }) => ({
        knowledgeBefore: finish(context.knowledgeBefore!, event.at ?? null, false),
        questionIndex: 0,
        lessonId: lessonIds[0] ?? null,
      })),
      markRead: assign(({ context, event }) => {
        if (event.type !== 'MARK_READ') return {};
        const read = context.read.some((r) => r.lessonId === event.lessonId)
          ? context.read
          : [...context.read, { lessonId: event.lessonId, at: event.at ?? null }];
        return { read, lessonId: nextUnread(read) ?? context.lessonId, ...cleared };
      }),
      openLesson: assign(({ event }) =>
        event.type === 'OPEN_LESSON' ? { lessonId: event.lessonId, ...cleared } : {},
      ),
      clear: assign(cleared),
      lessonOrderError: assign(({ event }) =>
        'lessonId' in event && lessonIds.includes(event.lessonId)
          ? lessonOrder('lessonId')
          : failed({
              code: 'lesson-order',
              message: 'This module has no such lesson',
              field: 'lessonId',
            }),
      ),
      alreadyReadError: assign(
        failed({
          code: 'lesson-read',
          message: 'You have marked that lesson as read',
          field: 'lessonId',
        }),
      ),
      lessonOpenError: assign(
        failed({ code: 'lesson-order', message: 'That lesson is already open', field: 'lessonId' }),
      ),
      unreadError: assign(
        failed({ code: 'lessons-unread', message: 'Read every lesson before the knowledge check' }),
      ),
      answeredError: assign(
        failed({ code: 'answered', message: 'You have answered this question: go on to the next' }),
      ),
      notPassedError: assign(
        failed({
          code: 'not-passed',
          message: 'Pass the knowledge check before you go on: try again with new questions',
        }),
      ),
      seedError: assign(
        failed({ code: 'seed', message: 'The seed must be a whole number', field: 'seed' }),
      ),
      // An event this step has no use for (START in the lessons, an unknown type from a host).
      notNow: assign(({ event }) =>
        failed({
          code: 'not-now',
          message: `This step cannot take ${String(event.type)}: the module is not at that point`,
        }),
      ),
      firstAttempt: assign(({ context }) => ({
        attempts: [
          ...context.attempts,
          fresh(
            drawForm(
              module,
              deriveSeed(context.seed, 'check'),
              context.knowledgeBefore?.order ?? [],
            ),
          ),
        ],
        questionIndex: 0,
        ...cleared,
      })),
      retry: assign(({ context, event }) => ({
        attempts: [
          ...context.attempts,
          fresh(
            drawForm(
              module,
              event.type === 'RETRY' ? event.seed : 0,
              current(context)?.order ?? [],
            ),
          ),
        ],
        questionIndex: 0,
        ...cleared,
      })),
      answer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const attempt = record(
          current(context)!,
          context.questionIndex,
          event.optionId,
          event.at ?? null,
        );
        return { attempts: [...context.attempts.slice(0, -1), attempt], ...cleared };
      }),
      answerError: assign(
        failed({ code: 'answer-required', message: 'Choose an answer', field: 'optionId' }),
      ),
      nextQuestion: assign(({ context }) => ({
        questionIndex: context.questionIndex + 1,
        ...cleared,
      })),
      score: assign(({ context, event }) => ({
        ...cleared,
        attempts: [
          ...context.attempts.slice(0, -1),
          finish(current(context)!, event.at ?? null, true),
        ],
      })),
    },
  }).createMachine({
    id: 'training',
    context: {
      moduleId: module.id,
      registration: null,
      seed: 0,
      startedAt: null,
      completedAt: null,
      confidenceBefore: null,
      confidenceAfter: null,
      knowledgeBefore: null,
      read: [],
      lessonId: null,
      attempts: [],
      questionIndex: 0,
      errors: [],
      error: null,
    },
    initial: 'intro',
    // What no step below takes, or takes only when its guards pass, is refused with an error.
    on: { '*': { actions: 'notNow' } },
    states: {
      intro: {
        on: {
          START: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'startValid', target: 'confidenceBefore', actions: 'start' },
            { actions: 'startError' },
          ],
        },
      },
      confidenceBefore: {
        on: {
          RATE: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'ratingsValid', target: 'knowledgeBefore', actions: 'rateBefore' },
            { actions: 'ratingError' },
          ],
        },
      },
      knowledgeBefore: {
        on: {
          ANSWER: [
            { guard: 'badTime', actions: 'timeError' },
            {
              guard: and(['beforeAnswerValid', 'lastBefore']),
              target: 'lessons',
              actions: ['answerBefore', 'finishBefore'],
            },
            { guard: 'beforeAnswerValid', actions: 'answerBefore' },
            { actions: 'answerError' },
          ],
        },
      },
      lessons: {
        on: {
          MARK_READ: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'alreadyRead', actions: 'alreadyReadError' },
            { guard: 'isCurrentLesson', actions: 'markRead' },
            { actions: 'lessonOrderError' },
          ],
          OPEN_LESSON: [
            { guard: 'readable', actions: 'openLesson' },
            { guard: 'isOpen', actions: 'lessonOpenError' },
            { actions: 'lessonOrderError' },
          ],
          BEGIN_CHECK: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'allRead', target: 'check', actions: 'firstAttempt' },
            { actions: 'unreadError' },
          ],
        },
      },
      check: {
        on: {
          ANSWER: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'answerValid', actions: 'answer' },
            { guard: 'awaitingNext', actions: 'answeredError' },
            { actions: 'answerError' },
          ],
          NEXT: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'lastAnswered', target: 'result', actions: 'score' },
            { guard: 'awaitingNext', actions: 'nextQuestion' },
            { actions: 'answerError' },
          ],
        },
      },
      result: {
        on: {
          NEXT: [
            { guard: 'passed', target: 'confidenceAfter', actions: 'clear' },
            { actions: 'notPassedError' },
          ],
          RETRY: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'seedValid', target: 'check', actions: 'retry' },
            { actions: 'seedError' },
          ],
        },
      },
      confidenceAfter: {
        on: {
          RATE: [
            { guard: 'badTime', actions: 'timeError' },
            { guard: 'ratingsValid', target: 'complete', actions: 'rateAfter' },
            { actions: 'ratingError' },
          ],
        },
      },
      complete: { type: 'final' },
    },
    output: ({ context }) => context,
  });
}
/** The machine `createTrainingMachine` returns, for typing actors and snapshots. */
export type TrainingMachine = ReturnType<typeof createTrainingMachine>;
