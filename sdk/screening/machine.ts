import { assign, setup } from 'xstate';
import { validateAnswer, type AnswerError } from '../questionnaire/answers.js';
import type { Answers, Questionnaire } from '../questionnaire/schema.js';
import { pruneHidden, shownItems } from '../questionnaire/visibility.js';
import { isIsoDateTime } from '../common/iso-date-time.js';
import {
  buildScreeningRecord,
  type Demographics,
  type Disclosure,
  type Recommender,
  type SafeguardingAction,
  type SafeguardingFlag,
  type ScreeningRecord,
} from './record.js';
import { DISCLOSURE_KINDS, SAFEGUARDING_ACTIONS, SAFEGUARDING_TOLD } from './safeguarding.js';

/** Plain list checks rather than zod, so a page that runs screenings does not load the schemas. */
const oneOf = (list: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && list.includes(value);

/** Times are ISO 8601 strings given by the host on events, so a run never reads the clock. */
type At = { at?: string };
/** Events the screening machine accepts. Each may carry `at`, an ISO 8601 time from the host, because the machine never reads the clock. */
export type ScreeningEvent =
  | ({ type: 'START' } & At)
  | ({ type: 'CONSENT'; given: boolean } & At)
  | ({ type: 'ANSWER'; value: unknown } & At)
  | ({ type: 'SKIP' } & At)
  | ({ type: 'BACK' } & At)
  | ({ type: 'CHANGE'; itemId: string } & At)
  | ({ type: 'SUBMIT' } & At)
  | ({ type: 'WITHDRAW' } & At)
  /** At any step before the end: the person disclosed something of this kind (never what). */
  | ({ type: 'RECORD_DISCLOSURE'; kind: Disclosure['kind'] } & At)
  /** At any step before the end: what was done about a flag or disclosure, and who was told. */
  | ({
      type: 'RECORD_SAFEGUARDING_ACTION';
      about: SafeguardingAction['about'];
      action: SafeguardingAction['action'];
      told: SafeguardingAction['told'];
    } & At);

/** Everything a screening holds. Hosts read it through the selectors rather than by hand. */
export interface ScreeningContext {
  questionnaireId: string;
  questionnaireVersion: string;
  reference: string | null;
  demographics: Demographics | null;
  startedAt: string | null;
  completedAt: string | null;
  answers: Answers;
  /** The item being asked; null outside `answering`. Hosts render the step from this alone. */
  currentItemId: string | null;
  /** Set by CHANGE: after answering, go back to review rather than on through the questions. */
  returnToReview: boolean;
  error: AnswerError | null;
  /** Items whose answers the last answer removed because they are no longer asked. */
  removed: string[];
  flags: SafeguardingFlag[];
  /** Disclosures the practitioner recorded (kind, step, time). Kept when the run is stopped. */
  disclosures: Disclosure[];
  /** Actions taken and who was told. Kept when the run is stopped. */
  safeguardingActions: SafeguardingAction[];
  record: ScreeningRecord | null;
}

/** Optional input when creating a screening actor. */
export interface ScreeningInput {
  /** A host's own pseudonymous reference for the person; never a name. */
  reference?: string;
  /** A broad age band and gender a host may add for the anonymised evidence base. */
  demographics?: Demographics;
}

/** Options for `createScreeningMachine`. */
export interface ScreeningOptions {
  /** Chooses recommended adjustments for the record, e.g. `recommendAdjustments` from `@attune/sdk/adjustments`. */
  recommend?: Recommender;
}

/** Every state of the screening machine; `complete`, `declined` and `withdrawn` are final. */
export const SCREENING_STATES = [
  'intro',
  'consent',
  'answering',
  'review',
  'complete',
  'declined',
  'withdrawn',
] as const;
/** One of `SCREENING_STATES`. */
export type ScreeningStateValue = (typeof SCREENING_STATES)[number];

/**
 * Declining or withdrawing keeps nothing the person said, but a safeguarding flag, disclosure or
 * action is never lost: those stay (which flag and when, never the answer) for the ended screen
 * and the ended-screening note.
 */
const emptyRun = (): Partial<ScreeningContext> => ({
  answers: {},
  currentItemId: null,
  error: null,
  removed: [],
  returnToReview: false,
  record: null,
});

/**
 * Creates the screening machine for one questionnaire definition (already checked by
 * `defineQuestionnaire`). The same machine runs in the browser and in Node.
 *
 * @example
 * ```ts
 * const actor = createActor(createScreeningMachine(needsScreening, { recommend: recommendFromCatalogue })).start();
 * actor.send({ type: 'START', at: new Date().toISOString() });
 * actor.send({ type: 'CONSENT', given: true });
 * ```
 */
export function createScreeningMachine(
  questionnaire: Questionnaire,
  options: ScreeningOptions = {},
) {
  const itemById = new Map(questionnaire.items.map((item) => [item.id, item]));
  const shownIds = (answers: Answers) => shownItems(questionnaire, answers).map((i) => i.id);

  /** The first shown item after `fromId` (or the first of all) that needs an answer by the rule given. */
  const nextItem = (
    answers: Answers,
    fromId: string | null,
    onlyUnanswered: boolean,
  ): string | null => {
    const ids = shownIds(answers);
    const start = fromId === null ? 0 : ids.indexOf(fromId) + 1;
    for (const id of ids.slice(start)) if (!onlyUnanswered || !(id in answers)) return id;
    return null;
  };

  const flagsAfter = (
    flags: SafeguardingFlag[],
    itemId: string,
    value: unknown,
    at: string | undefined,
  ): SafeguardingFlag[] => {
    const rule = itemById.get(itemId)?.safeguarding;
    if (!rule || flags.some((f) => f.itemId === itemId)) return flags;
    const chosen = Array.isArray(value) ? value : [value];
    return rule.answers.some((a) => chosen.includes(a))
      ? [
          ...flags,
          {
            itemId,
            message: rule.message,
            ...(rule.kind ? { kind: rule.kind } : {}),
            raisedAt: at ?? null,
          },
        ]
      : flags;
  };

  /** Records a value (or null for a skip), drops answers that are no longer asked and moves on. */
  const answerAndAdvance = (
    context: ScreeningContext,
    value: ScreeningContext['answers'][string],
    at?: string,
  ): Partial<ScreeningContext> => {
    const itemId = context.currentItemId!;
    const { answers, removed } = pruneHidden(questionnaire, {
      ...context.answers,
      [itemId]: value,
    });
    // A change from review goes on only through questions the change has newly revealed.
    const next = nextItem(answers, itemId, context.returnToReview);
    return {
      answers,
      removed,
      error: null,
      flags: value === null ? context.flags : flagsAfter(context.flags, itemId, value, at),
      currentItemId: next,
      returnToReview: next === null ? false : context.returnToReview,
    };
  };

  return setup({
    types: {} as {
      context: ScreeningContext;
      events: ScreeningEvent;
      // `| void`, not `| undefined`: setup() infers from an optional property, which drops undefined
      // and would make every host pass { input } to createActor.
      input: ScreeningInput | void;
      output: ScreeningRecord | null;
    },
    guards: {
      // A time is stored from START and SUBMIT, so those refuse one that is not a real ISO 8601
      // date-time, as an answer is refused. WITHDRAW is never refused: a person can always stop.
      badTime: ({ event }) => event.at !== undefined && !isIsoDateTime(event.at),
      consentGiven: ({ event }) => event.type === 'CONSENT' && event.given === true,
      answerInvalid: ({ context, event }) =>
        event.type === 'ANSWER' &&
        !validateAnswer(itemById.get(context.currentItemId!)!, event.value).ok,
      noCurrentItem: ({ context }) => context.currentItemId === null,
      atFirstItem: ({ context }) => shownIds(context.answers)[0] === context.currentItemId,
      changeableItem: ({ context, event }) =>
        event.type === 'CHANGE' && shownIds(context.answers).includes(event.itemId),
      validDisclosure: ({ event }) =>
        event.type === 'RECORD_DISCLOSURE' && oneOf(DISCLOSURE_KINDS, event.kind),
      validSafeguardingAction: ({ event }) =>
        event.type === 'RECORD_SAFEGUARDING_ACTION' &&
        oneOf(DISCLOSURE_KINDS, event.about) &&
        oneOf(SAFEGUARDING_ACTIONS, event.action) &&
        Array.isArray(event.told) &&
        event.told.length > 0 &&
        event.told.every((t) => oneOf(SAFEGUARDING_TOLD, t)),
    },
    actions: {
      discard: assign(emptyRun),
      timeError: assign(({ context }) => ({
        error: {
          itemId: context.currentItemId ?? '',
          code: 'invalid-time' as const,
          message: 'The time sent with this step is not a real ISO 8601 date and time',
        },
      })),
      markStarted: assign(({ context, event }) => ({
        startedAt: context.startedAt ?? event.at ?? null,
        error: null,
      })),
      askFirst: assign(({ context }) => ({
        currentItemId: context.currentItemId ?? nextItem(context.answers, null, false),
        error: null,
      })),
      setError: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const result = validateAnswer(itemById.get(context.currentItemId!)!, event.value);
        return { error: result.ok ? null : result.error };
      }),
      answer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const result = validateAnswer(itemById.get(context.currentItemId!)!, event.value);
        return result.ok ? answerAndAdvance(context, result.value, event.at) : {};
      }),
      skip: assign(({ context }) => answerAndAdvance(context, null)),
      back: assign(({ context }) => {
        const ids = shownIds(context.answers);
        return {
          currentItemId: ids[ids.indexOf(context.currentItemId!) - 1] ?? null,
          error: null,
          removed: [],
        };
      }),
      askLast: assign(({ context }) => ({
        currentItemId: shownIds(context.answers).at(-1) ?? null,
        returnToReview: false,
        removed: [],
      })),
      askChanged: assign(({ event }) =>
        event.type === 'CHANGE'
          ? { currentItemId: event.itemId, returnToReview: true, removed: [], error: null }
          : {},
      ),
      leaveQuestions: assign({ currentItemId: null, error: null }),
      recordDisclosure: assign(({ context, event, self }) =>
        event.type === 'RECORD_DISCLOSURE'
          ? {
              // `?? []`: a run restored from a save made before this field existed has none.
              disclosures: [
                ...(context.disclosures ?? []),
                {
                  kind: event.kind,
                  step: context.currentItemId ?? String(self.getSnapshot().value),
                  at: event.at ?? null,
                },
              ],
            }
          : {},
      ),
      recordSafeguardingAction: assign(({ context, event }) =>
        event.type === 'RECORD_SAFEGUARDING_ACTION'
          ? {
              safeguardingActions: [
                ...(context.safeguardingActions ?? []),
                {
                  about: event.about,
                  action: event.action,
                  told: [...new Set(event.told)],
                  at: event.at ?? null,
                },
              ],
            }
          : {},
      ),
      complete: assign(({ context, event }) => {
        const completedAt = event.at ?? null;
        const record = buildScreeningRecord(
          questionnaire,
          {
            answers: context.answers,
            reference: context.reference,
            demographics: context.demographics,
            startedAt: context.startedAt,
            completedAt,
            flags: context.flags,
            disclosures: context.disclosures,
            safeguardingActions: context.safeguardingActions,
          },
          options.recommend,
        );
        return { completedAt, record, currentItemId: null, error: null };
      }),
    },
  }).createMachine({
    id: 'screening',
    context: ({ input }) => ({
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      reference: input?.reference ?? null,
      demographics: input?.demographics ?? null,
      startedAt: null,
      completedAt: null,
      answers: {},
      currentItemId: null,
      returnToReview: false,
      error: null,
      removed: [],
      flags: [],
      disclosures: [],
      safeguardingActions: [],
      record: null,
    }),
    initial: 'intro',
    on: {
      WITHDRAW: { target: '.withdrawn', actions: 'discard' },
      RECORD_DISCLOSURE: { guard: 'validDisclosure', actions: 'recordDisclosure' },
      RECORD_SAFEGUARDING_ACTION: {
        guard: 'validSafeguardingAction',
        actions: 'recordSafeguardingAction',
      },
    },
    states: {
      intro: {
        on: {
          START: [
            { guard: 'badTime', actions: 'timeError' },
            { target: 'consent', actions: 'markStarted' },
          ],
        },
      },
      consent: {
        on: {
          CONSENT: [
            { guard: 'consentGiven', target: 'answering', actions: 'askFirst' },
            { target: 'declined', actions: 'discard' },
          ],
          BACK: { target: 'intro' },
        },
      },
      answering: {
        always: { guard: 'noCurrentItem', target: 'review' },
        on: {
          ANSWER: [{ guard: 'answerInvalid', actions: 'setError' }, { actions: 'answer' }],
          SKIP: { actions: 'skip' },
          BACK: [
            { guard: 'atFirstItem', target: 'consent', actions: 'leaveQuestions' },
            { actions: 'back' },
          ],
        },
      },
      review: {
        on: {
          CHANGE: { guard: 'changeableItem', target: 'answering', actions: 'askChanged' },
          BACK: { target: 'answering', actions: 'askLast' },
          SUBMIT: [
            { guard: 'badTime', actions: 'timeError' },
            { target: 'complete', actions: 'complete' },
          ],
        },
      },
      complete: { type: 'final' },
      declined: { type: 'final' },
      withdrawn: { type: 'final' },
    },
    output: ({ context }) => context.record,
  });
}

/** The machine `createScreeningMachine` returns, for typing actors and snapshots. */
export type ScreeningMachine = ReturnType<typeof createScreeningMachine>;
