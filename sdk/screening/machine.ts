import { assign, setup } from 'xstate';
import { STEP_ERROR_CODES, validateAnswer, type AnswerError } from '../questionnaire/answers.js';
import type { Answers, Questionnaire } from '../questionnaire/schema.js';
import { isIsoDateTime } from '../common/iso-date-time.js';
import { isShown, nextShown, previousShown, type Layout } from '../questionnaire/layout.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import { plainAnswers } from '../questionnaire/answer-store.js';
import { answerItem, heldVisibility, shareVisibility } from '../questionnaire/visibility-state.js';
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

/** A refusal that is about the step rather than an answer, named by the question being asked. */
const stepError = (
  context: { currentItemId: string | null },
  code: 'not-now' | 'not-changeable' | 'invalid-safeguarding',
  message: string,
): AnswerError => ({ itemId: context.currentItemId ?? '', code, message });

/** A refusal about the step goes once an event is taken; an answer's own error stays until fixed. */
const STEP_CODES: readonly string[] = STEP_ERROR_CODES;
const stepErrorCleared = (context: { error: AnswerError | null }): AnswerError | null =>
  context.error && STEP_CODES.includes(context.error.code) ? null : context.error;

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
  /** The id the record will carry, from the input; null when the host gave none. */
  recordId: string | null;
  reference: string | null;
  demographics: Demographics | null;
  startedAt: string | null;
  completedAt: string | null;
  /**
   * What the person has answered. While a run is live this is a read-only view that reads like a
   * plain object (keys, `in`, spread, JSON) but cannot be changed or `structuredClone`d, so that an
   * answer costs the same early or late in a long questionnaire. Store `getPersistedSnapshot()` or
   * the finished record, which are plain data.
   */
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
  /**
   * An id for the record this run makes (1 to 100 characters; a random UUID is a good choice), so
   * the evidence base can count it once. The machine never makes one itself: runs stay deterministic.
   */
  recordId?: string;
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
  const index = indexQuestionnaire(questionnaire);
  const { items } = questionnaire;
  const held = (answers: Answers) => heldVisibility(index, answers);

  const idAt = (at: number) => (at < 0 ? null : items[at]!.id);

  /** The first shown item after `fromId` (or the first of all) that needs an answer by the rule given. */
  const nextItem = (
    answers: Answers,
    layout: Layout,
    fromId: string | null,
    onlyUnanswered: boolean,
  ): string | null => {
    // Scans forward from the current item: in a run straight through, the next item is the next one.
    let at = nextShown(layout, fromId === null ? -1 : index.position.get(fromId)!);
    while (onlyUnanswered && at >= 0 && items[at]!.id in answers) at = nextShown(layout, at);
    return idAt(at);
  };

  // The guard that checks an answer hands its result to the action that runs straight after it
  // for the same event, which takes it: each answer is validated once, and no result outlives
  // the event it was worked out for.
  let checked: { event: object; result: ReturnType<typeof validateAnswer> } | null = null;
  const validate = (context: ScreeningContext, event: { value: unknown }) =>
    validateAnswer(items[index.position.get(context.currentItemId!)!]!, event.value);
  const check = (context: ScreeningContext, event: { value: unknown }) => {
    const result = validate(context, event);
    checked = { event, result };
    return result;
  };
  const takeCheck = (context: ScreeningContext, event: { value: unknown }) => {
    const result = checked?.event === event ? checked.result : validate(context, event);
    checked = null;
    return result;
  };

  const flagsAfter = (
    flags: SafeguardingFlag[],
    itemId: string,
    value: unknown,
    at: string | undefined,
  ): SafeguardingFlag[] => {
    const rule = items[index.position.get(itemId)!]?.safeguarding;
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
    const { answers, removed, visibility } = answerItem(index, context.answers, itemId, value);
    // A change from review goes on only through questions the change has newly revealed.
    const next = nextItem(answers, visibility.layout, itemId, context.returnToReview);
    return {
      answers,
      removed,
      error: null,
      flags: value === null ? context.flags : flagsAfter(context.flags, itemId, value, at),
      currentItemId: next,
      returnToReview: next === null ? false : context.returnToReview,
    };
  };

  const machine = setup({
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
      answerInvalid: ({ context, event }) => event.type === 'ANSWER' && !check(context, event).ok,
      noCurrentItem: ({ context }) => context.currentItemId === null,
      atFirstItem: ({ context }) =>
        idAt(nextShown(held(context.answers).layout, -1)) === context.currentItemId,
      changeableItem: ({ context, event }) => {
        if (event.type !== 'CHANGE') return false;
        const at = index.position.get(event.itemId);
        return at !== undefined && isShown(held(context.answers).layout, at);
      },
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
      // Refusals that are not about an answer: named by the step (the question, if one is asked).
      notNow: assign(({ context }) => ({
        error: stepError(context, 'not-now', 'That cannot be done at this step of the screening'),
      })),
      notChangeable: assign(({ context }) => ({
        error: stepError(
          context,
          'not-changeable',
          'That question is not asked, so it cannot be changed',
        ),
      })),
      safeguardingError: assign(({ context }) => ({
        error: stepError(
          context,
          'invalid-safeguarding',
          'Choose what was disclosed, what was done and who was told, from the lists',
        ),
      })),
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
        currentItemId:
          context.currentItemId ??
          nextItem(context.answers, held(context.answers).layout, null, false),
        error: null,
      })),
      setError: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const result = takeCheck(context, event);
        return { error: result.ok ? null : result.error };
      }),
      answer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const result = takeCheck(context, event);
        return result.ok ? answerAndAdvance(context, result.value, event.at) : {};
      }),
      skip: assign(({ context }) => answerAndAdvance(context, null)),
      back: assign(({ context }) => {
        const { layout } = held(context.answers);
        return {
          currentItemId: idAt(previousShown(layout, index.position.get(context.currentItemId!)!)),
          error: null,
          removed: [],
        };
      }),
      askLast: assign(({ context }) => ({
        currentItemId: idAt(previousShown(held(context.answers).layout, items.length)),
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
              error: stepErrorCleared(context),
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
              error: stepErrorCleared(context),
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
        // What a run hands back is plain data a host can clone or store as it is.
        const answers = plainAnswers(context.answers);
        shareVisibility(index, context.answers, answers);
        const record = buildScreeningRecord(
          questionnaire,
          {
            id: context.recordId,
            answers,
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
        return { completedAt, record, answers, currentItemId: null, error: null };
      }),
    },
  }).createMachine({
    id: 'screening',
    context: ({ input }) => ({
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      recordId:
        typeof input?.recordId === 'string' &&
        input.recordId.length > 0 &&
        input.recordId.length <= 100
          ? input.recordId
          : null,
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
    // A disclosure or action that breaks the lists is refused with an error, never dropped, and
    // any event the step does not take is refused the same way.
    on: {
      '*': { actions: 'notNow' },
      WITHDRAW: { target: '.withdrawn', actions: 'discard' },
      RECORD_DISCLOSURE: [
        { guard: 'validDisclosure', actions: 'recordDisclosure' },
        { actions: 'safeguardingError' },
      ],
      RECORD_SAFEGUARDING_ACTION: [
        { guard: 'validSafeguardingAction', actions: 'recordSafeguardingAction' },
        { actions: 'safeguardingError' },
      ],
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
          BACK: { target: 'intro', actions: 'leaveQuestions' },
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
          CHANGE: [
            { guard: 'changeableItem', target: 'answering', actions: 'askChanged' },
            { actions: 'notChangeable' },
          ],
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
  // A persisted snapshot is what hosts store: plain data, answers included, so it can be cloned or
  // put in IndexedDB as it is, not the read-only view the live snapshot holds.
  const persist = machine.getPersistedSnapshot.bind(machine);
  machine.getPersistedSnapshot = (snapshot, persistOptions) => {
    const persisted = persist(snapshot, persistOptions);
    const { context } = persisted as { context?: ScreeningContext };
    if (!context) return persisted;
    return { ...persisted, context: { ...context, answers: plainAnswers(context.answers) } };
  };
  return machine;
}

/** The machine `createScreeningMachine` returns, for typing actors and snapshots. */
export type ScreeningMachine = ReturnType<typeof createScreeningMachine>;
