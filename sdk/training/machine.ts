import { assign, setup } from 'xstate';
import { PASS_MARK } from './constants.js';
import type { TrainingModule } from './schema.js';

type At = { at?: string };
/** Events the training machine accepts. Each may carry `at`, an ISO 8601 time from the host. */
export type TrainingEvent =
  | ({ type: 'START' } & At)
  | ({ type: 'RATE'; ratings: number[] } & At)
  | ({ type: 'MARK_READ'; lessonId: string } & At)
  | ({ type: 'OPEN_LESSON'; lessonId: string } & At)
  | ({ type: 'BEGIN_CHECK' } & At)
  | ({ type: 'ANSWER'; optionId: string } & At)
  | ({ type: 'NEXT' } & At)
  | ({ type: 'RETRY'; seed: number } & At);

/** One attempt at a module's knowledge check. */
export interface Attempt {
  /** Question ids in the order they were asked. */
  order: string[];
  answers: { questionId: string; optionId: string; correct: boolean; at: string | null }[];
  /** Share answered correctly, 0–1, once the attempt is finished. */
  score: number | null;
  passed: boolean | null;
  finishedAt: string | null;
}

/** A learner's progress through a module; the machine's output, and what `xapiStatements` reads. */
export interface TrainingContext {
  moduleId: string;
  startedAt: string | null;
  completedAt: string | null;
  confidenceBefore: number[] | null;
  confidenceAfter: number[] | null;
  /** Lesson ids marked as read, with when. */
  read: { lessonId: string; at: string | null }[];
  /** The lesson open now. */
  lessonId: string | null;
  attempts: Attempt[];
  /** Position in the current attempt; feedback for the answer just given is shown until NEXT. */
  questionIndex: number;
  error: string | null;
}

/** A seeded shuffle (mulberry32), so a retry's new order is random but reproducible from its seed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const validRatings = (r: unknown, count: number): r is number[] =>
  Array.isArray(r) && r.length === count && r.every((n) => Number.isInteger(n) && n >= 1 && n <= 5);

/**
 * A learner's way through one module: confidence before, the lessons in order, the knowledge
 * check (pass mark 80%, feedback on every answer, unlimited retries in a new order), confidence
 * after, then complete. Time comes on events.
 */
export function createTrainingMachine(module: TrainingModule) {
  const lessonIds = module.lessons.map((l) => l.id);
  const questionIds = module.questions.map((q) => q.id);
  const current = (c: TrainingContext) => c.attempts.at(-1);
  const nextUnread = (read: TrainingContext['read']) =>
    lessonIds.find((id) => !read.some((r) => r.lessonId === id)) ?? null;

  return setup({
    types: {} as { context: TrainingContext; events: TrainingEvent; output: TrainingContext },
    guards: {
      ratingsValid: ({ event }) =>
        event.type === 'RATE' && validRatings(event.ratings, module.confidence.length),
      isCurrentLesson: ({ context, event }) =>
        event.type === 'MARK_READ' && event.lessonId === context.lessonId,
      readable: ({ context, event }) =>
        event.type === 'OPEN_LESSON' &&
        lessonIds.includes(event.lessonId) &&
        (context.read.some((r) => r.lessonId === event.lessonId) ||
          event.lessonId === nextUnread(context.read)),
      allRead: ({ context }) => nextUnread(context.read) === null,
      answerValid: ({ context, event }) => {
        const attempt = current(context);
        if (event.type !== 'ANSWER' || !attempt) return false;
        const question = module.questions.find(
          (q) => q.id === attempt.order[context.questionIndex],
        );
        return (
          !!question?.options.some((o) => o.id === event.optionId) &&
          attempt.answers.length === context.questionIndex
        );
      },
      awaitingNext: ({ context }) =>
        (current(context)?.answers.length ?? 0) > context.questionIndex,
      lastAnswered: ({ context }) =>
        (current(context)?.answers.length ?? 0) > context.questionIndex &&
        context.questionIndex >= questionIds.length - 1,
      passed: ({ context }) => current(context)?.passed === true,
      seedValid: ({ event }) => event.type === 'RETRY' && Number.isInteger(event.seed),
    },
    actions: {
      start: assign(({ context, event }) => ({ startedAt: context.startedAt ?? event.at ?? null })),
      rateBefore: assign(({ event }) =>
        event.type === 'RATE'
          ? { confidenceBefore: [...event.ratings], error: null, lessonId: lessonIds[0] ?? null }
          : {},
      ),
      rateAfter: assign(({ event }) =>
        event.type === 'RATE'
          ? { confidenceAfter: [...event.ratings], error: null, completedAt: event.at ?? null }
          : {},
      ),
      ratingError: assign({ error: `Rate each statement from 1 to 5` }),
      markRead: assign(({ context, event }) => {
        if (event.type !== 'MARK_READ') return {};
        const read = context.read.some((r) => r.lessonId === event.lessonId)
          ? context.read
          : [...context.read, { lessonId: event.lessonId, at: event.at ?? null }];
        return { read, lessonId: nextUnread(read) ?? context.lessonId, error: null };
      }),
      openLesson: assign(({ event }) =>
        event.type === 'OPEN_LESSON' ? { lessonId: event.lessonId } : {},
      ),
      firstAttempt: assign(({ context }) => ({
        attempts: [
          ...context.attempts,
          { order: [...questionIds], answers: [], score: null, passed: null, finishedAt: null },
        ],
        questionIndex: 0,
        error: null,
      })),
      retry: assign(({ context, event }) => ({
        attempts: [
          ...context.attempts,
          {
            order: shuffle(questionIds, event.type === 'RETRY' ? event.seed : 0),
            answers: [],
            score: null,
            passed: null,
            finishedAt: null,
          },
        ],
        questionIndex: 0,
        error: null,
      })),
      answer: assign(({ context, event }) => {
        const attempt = current(context)!;
        if (event.type !== 'ANSWER') return {};
        const question = module.questions.find(
          (q) => q.id === attempt.order[context.questionIndex],
        )!;
        const correct = question.options.find((o) => o.id === event.optionId)!.correct === true;
        const answers = [
          ...attempt.answers,
          { questionId: question.id, optionId: event.optionId, correct, at: event.at ?? null },
        ];
        return {
          attempts: [...context.attempts.slice(0, -1), { ...attempt, answers }],
          error: null,
        };
      }),
      answerError: assign({ error: 'Choose an answer' }),
      nextQuestion: assign(({ context }) => ({ questionIndex: context.questionIndex + 1 })),
      score: assign(({ context, event }) => {
        const attempt = current(context)!;
        const score = attempt.answers.filter((a) => a.correct).length / questionIds.length;
        return {
          attempts: [
            ...context.attempts.slice(0, -1),
            { ...attempt, score, passed: score >= PASS_MARK, finishedAt: event.at ?? null },
          ],
        };
      }),
    },
  }).createMachine({
    id: 'training',
    context: {
      moduleId: module.id,
      startedAt: null,
      completedAt: null,
      confidenceBefore: null,
      confidenceAfter: null,
      read: [],
      lessonId: null,
      attempts: [],
      questionIndex: 0,
      error: null,
    },
    initial: 'intro',
    states: {
      intro: { on: { START: { target: 'confidenceBefore', actions: 'start' } } },
      confidenceBefore: {
        on: {
          RATE: [
            { guard: 'ratingsValid', target: 'lessons', actions: 'rateBefore' },
            { actions: 'ratingError' },
          ],
        },
      },
      lessons: {
        on: {
          MARK_READ: { guard: 'isCurrentLesson', actions: 'markRead' },
          OPEN_LESSON: { guard: 'readable', actions: 'openLesson' },
          BEGIN_CHECK: { guard: 'allRead', target: 'check', actions: 'firstAttempt' },
        },
      },
      check: {
        on: {
          ANSWER: [
            { guard: 'answerValid', actions: 'answer' },
            { guard: 'awaitingNext' },
            { actions: 'answerError' },
          ],
          NEXT: [
            { guard: 'lastAnswered', target: 'result', actions: 'score' },
            { guard: 'awaitingNext', actions: 'nextQuestion' },
          ],
        },
      },
      result: {
        on: {
          NEXT: { guard: 'passed', target: 'confidenceAfter' },
          RETRY: { guard: 'seedValid', target: 'check', actions: 'retry' },
        },
      },
      confidenceAfter: {
        on: {
          RATE: [
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
