import * as z from 'zod/mini';
import { createActor, type Snapshot } from 'xstate';
import {
  ANSWER_ERROR_CODES,
  MAX_TEXT_LENGTH,
  STEP_ERROR_CODES,
  validateAnswer,
} from '../questionnaire/answers.js';
import { AnswersSchema, type Answers } from '../questionnaire/answer-schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { shownItems } from '../questionnaire/visibility.js';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';
import { boundedJson, type JsonBounds } from '../common/bounded-json.js';
import {
  createScreeningMachine,
  SCREENING_STATES,
  type ScreeningContext,
  type ScreeningOptions,
} from './machine.js';
import {
  buildScreeningRecord,
  DemographicsSchema,
  DisclosureSchema,
  SafeguardingActionSchema,
  SafeguardingFlagSchema,
  type SafeguardingFlag,
} from './record.js';

/** The `format` a saved screening carries, so a host can tell one from other JSON it stores. */
export const SAVED_SCREENING_FORMAT = 'attune.saved-screening';

/**
 * The limits a saved screening is checked against before it is parsed. A real save of the needs
 * screening, finished, is under 4 KiB; these leave room for long free-text answers and nothing more.
 */
export const SAVED_SCREENING_LIMITS: JsonBounds = { maxChars: 256 * 1024, maxDepth: 12 };

/**
 * What a saved screening keeps: what the person said (answers, with the times and the host's
 * reference) and where they were. Everything else, flags' effects, the record and the output
 * included, is worked out again on restore by replaying this through the machine.
 */
export const SavedRunSchema = /* @__PURE__ */ z.strictObject({
  state: z.enum(SCREENING_STATES),
  /** The record's id from the host; optional so saves made before ids existed still restore. */
  recordId: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(100)))),
  reference: z.nullable(z.string().check(z.maxLength(100))),
  demographics: z.nullable(DemographicsSchema),
  startedAt: IsoTimeOrNullSchema,
  completedAt: IsoTimeOrNullSchema,
  answers: AnswersSchema,
  /** Position: the item being asked, and whether a change from review goes back to review. */
  currentItemId: z.nullable(z.string()),
  returnToReview: z.boolean(),
  /** A refused answer still on screen; it must be one the current item's check gives. */
  error: z.nullable(
    z.strictObject({ itemId: z.string(), code: z.enum(ANSWER_ERROR_CODES), message: z.string() }),
  ),
  /** Items whose answers the last answer removed (for the "answers removed" notice). */
  removed: z.array(z.string()),
  /** Kept because a flag once raised stays raised when the answer is changed. */
  flags: z.array(SafeguardingFlagSchema),
  /** What the practitioner recorded: that a disclosure was made, actions and who was told. Optional: saves made before these existed hold neither. */
  disclosures: z.optional(z.array(DisclosureSchema)),
  safeguardingActions: z.optional(z.array(SafeguardingActionSchema)),
});
/** The run inside a saved screening. */
export type SavedRun = z.output<typeof SavedRunSchema>;

/** A saved screening: the questionnaire id and version, a checksum, and the run. */
export const SavedScreeningSchema = /* @__PURE__ */ z.strictObject({
  format: z.literal(SAVED_SCREENING_FORMAT),
  schemaVersion: z.literal(2),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  /** Detects a save edited or damaged after saving; it is not a security measure. */
  checksum: z.string(),
  run: SavedRunSchema,
});
/** What `saveScreening` returns, ready to store as JSON. */
export type SavedScreening = z.output<typeof SavedScreeningSchema>;

// Saves written before schemaVersion 2 held XState's whole persisted snapshot. They are still
// read, but only what the person said is taken from them; the rest must match its replay.
const LegacySavedSchema = /* @__PURE__ */ z.looseObject({
  format: z.literal(SAVED_SCREENING_FORMAT),
  schemaVersion: z.literal(1),
  checksum: z.string(),
  snapshot: z.looseObject({
    status: z.enum(['active', 'done']),
    value: z.enum(SCREENING_STATES),
    context: z.looseObject({
      questionnaireId: z.string(),
      questionnaireVersion: z.string(),
      record: z.unknown(),
    }),
    output: z.optional(z.unknown()),
  }),
});

/**
 * Why a saved screening could not be restored: damaged, too large or too deeply nested to read
 * safely, edited since saving, for another questionnaire or version, or not a state the
 * screening could have reached with these questions.
 */
export type RestoreErrorCode =
  | 'corrupted'
  | 'too-large'
  | 'too-deep'
  | 'tampered'
  | 'different-questionnaire'
  | 'different-version'
  | 'inconsistent';

/** A saved screening that cannot be restored. `message` is plain English a host can show as it is. */
export class ScreeningRestoreError extends Error {
  readonly code: RestoreErrorCode;
  constructor(code: RestoreErrorCode, message: string) {
    super(message);
    this.name = 'ScreeningRestoreError';
    this.code = code;
  }
}

/** What `restoreScreening` returns: a snapshot to resume from, or the reason it cannot be. */
export type RestoreResult =
  { ok: true; snapshot: Snapshot<unknown> } | { ok: false; error: ScreeningRestoreError };

/** FNV-1a over the value's JSON: small, dependency-free and deterministic across hosts. */
export function checksumOf(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Takes what the person said and where they were from a screening's context. */
function runOf(value: unknown, context: Partial<ScreeningContext>): SavedRun {
  return {
    state: value as SavedRun['state'],
    recordId: context.recordId ?? null,
    reference: context.reference ?? null,
    demographics: context.demographics ?? null,
    startedAt: context.startedAt ?? null,
    completedAt: context.completedAt ?? null,
    answers: context.answers ?? {},
    currentItemId: context.currentItemId ?? null,
    returnToReview: context.returnToReview ?? false,
    // A time the host sent wrong, or an event the step could not take, is the host's to send
    // again, not something the person said: only a refused answer is kept.
    error:
      context.error &&
      context.error.code !== 'invalid-time' &&
      !STEP_ERROR_CODES.includes(context.error.code)
        ? { ...context.error }
        : null,
    removed: context.removed ?? [],
    flags: context.flags ?? [],
    ...(context.disclosures?.length ? { disclosures: context.disclosures } : {}),
    ...(context.safeguardingActions?.length
      ? { safeguardingActions: context.safeguardingActions }
      : {}),
  };
}

/**
 * Saves what the person said and where they were, from an actor's persisted snapshot
 * (`actor.getPersistedSnapshot()`), stamped with the questionnaire's id and version and a
 * checksum. A finished run is kept once, as answers and times: its record is rebuilt on restore.
 */
export function saveScreening(questionnaire: Questionnaire, persisted: unknown): SavedScreening {
  const snapshot = (persisted ?? {}) as { value?: unknown; context?: Partial<ScreeningContext> };
  const run = JSON.parse(JSON.stringify(runOf(snapshot.value, snapshot.context ?? {}))) as SavedRun;
  return {
    format: SAVED_SCREENING_FORMAT,
    schemaVersion: 2,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    checksum: checksumOf(run),
    run,
  };
}

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The same JSON whatever the order of keys, for comparing what a save claims with its replay. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

// Values that each check in `validateAnswer` refuses, so a refused answer on screen can be
// replayed as the same refusal rather than copied in.
const REFUSED_ANSWERS: unknown[] = [
  undefined,
  '',
  42,
  [],
  [42],
  'not-an-option',
  ['not-an-option'],
  ' ',
  'x'.repeat(MAX_TEXT_LENGTH + 1),
];

/**
 * Replays a run through the machine: start, consent, each saved answer in the order the questions
 * come, then the moves back to where the person was. Returns the machine's own persisted snapshot,
 * or null when the run cannot be replayed to the place it claims.
 */
function replay(
  questionnaire: Questionnaire,
  run: SavedRun,
  options: ScreeningOptions,
): { value: string; context: ScreeningContext; [key: string]: unknown } | null {
  const itemById = new Map(questionnaire.items.map((i) => [i.id, i]));
  const input = {
    ...(run.recordId ? { recordId: run.recordId } : {}),
    ...(run.reference !== null ? { reference: run.reference } : {}),
    ...(run.demographics !== null ? { demographics: run.demographics } : {}),
  };
  const actor = createActor(createScreeningMachine(questionnaire, options), { input }).start();
  const snap = () => actor.getSnapshot();
  const at = (time: string | null) => (time === null ? {} : { at: time });
  // Every loop below moves at least one question, so this bounds the replay's length.
  let budget = questionnaire.items.length * 4 + 16;
  const send = (event: Parameters<typeof actor.send>[0]) => {
    budget--;
    actor.send(event);
  };

  const said = Object.keys(run.answers).length > 0 || run.flags.length > 0;
  const goesIn = ['consent', 'answering', 'review', 'complete'].includes(run.state) || said;
  if (run.state === 'withdrawn') {
    if (run.startedAt !== null) send({ type: 'START', ...at(run.startedAt) });
    send({ type: 'WITHDRAW' });
  } else if (run.state === 'declined') {
    send({ type: 'START', ...at(run.startedAt) });
    send({ type: 'CONSENT', given: false });
  } else if (goesIn || run.startedAt !== null) {
    send({ type: 'START', ...at(run.startedAt) });
    if (run.state !== 'intro' || said) send({ type: 'CONSENT', given: true });
  }

  // A flag stays raised when its answer is changed, so a saved flag whose item now has another
  // answer is replayed as it happened: the raising answer first, then the change.
  const raisedEarlier = new Set(run.flags.map((f) => f.itemId));
  while (budget > 0 && snap().value === 'answering') {
    const id = snap().context.currentItemId;
    if (id === null || !own(run.answers, id)) break;
    const value = run.answers[id];
    const rule = itemById.get(id)?.safeguarding;
    if (rule && raisedEarlier.has(id) && !snap().context.flags.some((f) => f.itemId === id)) {
      send({ type: 'ANSWER', value: rule.answers[0] });
      send({ type: 'BACK' });
      if (snap().context.currentItemId !== id) return null;
    }
    send(value === null ? { type: 'SKIP' } : { type: 'ANSWER', value });
    if (snap().context.error !== null) return null; // a saved answer these questions refuse
  }

  // Then back to where the person was.
  if (run.state === 'complete') {
    if (snap().value !== 'review') return null;
    send({ type: 'SUBMIT', ...at(run.completedAt) });
  } else if (run.state === 'answering' && run.currentItemId !== null) {
    const target = run.currentItemId;
    if (run.returnToReview && snap().value === 'review') send({ type: 'CHANGE', itemId: target });
    while (budget > 0 && snap().value !== 'consent' && snap().context.currentItemId !== target)
      send({ type: 'BACK' });
  } else if (run.state === 'consent' || run.state === 'intro') {
    while (budget > 0 && (snap().value === 'answering' || snap().value === 'review'))
      send({ type: 'BACK' });
    if (run.state === 'intro' && snap().value === 'consent') send({ type: 'BACK' });
  }

  // A refused answer still on screen is replayed as a refusal of the same kind.
  const error = run.error;
  if (error !== null) {
    const item = itemById.get(error.itemId);
    const probe = item
      ? REFUSED_ANSWERS.findIndex((v) => {
          const result = validateAnswer(item, v);
          return !result.ok && canonical(result.error) === canonical(error);
        })
      : -1;
    if (snap().value !== 'answering' || probe < 0) return null;
    send({ type: 'ANSWER', value: REFUSED_ANSWERS[probe] });
  }
  if (budget < 0) return null;
  return actor.getPersistedSnapshot() as never;
}

/**
 * Checks that the replay reached exactly the place the save claims, and carries over what a
 * replay cannot recreate but can check: the order flags were raised in, the answers removed by
 * the last answer (items now hidden and unanswered), and whether a change returns to review.
 */
function settle(
  questionnaire: Questionnaire,
  run: SavedRun,
  replayed: { value: string; context: ScreeningContext; [key: string]: unknown },
  options: ScreeningOptions,
): Snapshot<unknown> | null {
  const ctx = replayed.context;
  // Compared without `raisedAt`: a replay cannot recreate when a flag was raised, only which.
  const sameFlags = (a: SafeguardingFlag[]) =>
    a
      .map(({ itemId, message, kind }) => canonical({ itemId, message, kind }))
      .sort()
      .join('\n');
  const shown = new Set(shownItems(questionnaire, ctx.answers).map((i) => i.id));
  const known = new Set(questionnaire.items.map((i) => i.id));
  const ended = run.state === 'declined' || run.state === 'withdrawn';
  const fits =
    replayed.value === run.state &&
    canonical(ctx.answers) === canonical(run.answers) &&
    ctx.currentItemId === run.currentItemId &&
    ctx.startedAt === run.startedAt &&
    ctx.completedAt === run.completedAt &&
    canonical(ctx.error) === canonical(run.error) &&
    new Set(run.flags.map((f) => f.itemId)).size === run.flags.length &&
    // A stopped or declined run keeps its flags without its answers, so a replay cannot raise
    // them again: each must still be one the definition raises, with its own message.
    (ended
      ? run.flags.every((f) => {
          const rule = questionnaire.items.find((i) => i.id === f.itemId)?.safeguarding;
          return rule !== undefined && rule.message === f.message && rule.kind === f.kind;
        })
      : sameFlags(ctx.flags) === sameFlags(run.flags)) &&
    // A change from review stays pending through BACK to consent and the intro; reaching review,
    // finishing or ending always clears it.
    (['answering', 'consent', 'intro'].includes(run.state) || !run.returnToReview) &&
    new Set(run.removed).size === run.removed.length &&
    run.removed.every((id) => known.has(id) && !shown.has(id) && !own(ctx.answers, id)) &&
    (!ended || run.removed.length === 0);
  if (!fits) return null;
  const flags = run.flags.map((f) => ({ ...f }));
  const disclosures = (run.disclosures ?? []).map((d) => ({ ...d }));
  const safeguardingActions = (run.safeguardingActions ?? []).map((a) => ({
    ...a,
    told: [...a.told],
  }));
  const context: ScreeningContext = {
    ...ctx,
    flags,
    disclosures,
    safeguardingActions,
    removed: [...run.removed],
    returnToReview: run.returnToReview,
  };
  if (replayed.value === 'complete') {
    context.record = buildScreeningRecord(
      questionnaire,
      {
        id: ctx.recordId,
        answers: ctx.answers,
        reference: ctx.reference,
        demographics: ctx.demographics,
        startedAt: ctx.startedAt,
        completedAt: ctx.completedAt,
        flags,
        disclosures,
        safeguardingActions,
      },
      options.recommend,
    );
  }
  const snapshot = { ...replayed, context } as Record<string, unknown>;
  if (replayed.value === 'complete') snapshot.output = context.record;
  return snapshot as Snapshot<unknown>;
}

/** Reads a save written before schemaVersion 2: only what the person said, checked against its replay later. */
function legacyRun(data: z.output<typeof LegacySavedSchema>): {
  run: unknown;
  record: unknown;
  output: unknown;
} {
  const { value, context, output } = data.snapshot;
  return {
    run: runOf(value, context as Partial<ScreeningContext>),
    record: context.record,
    output,
  };
}

/**
 * Checks a saved screening (object or JSON text) and returns a snapshot for
 * `createActor(machine, { snapshot })`, or a typed error. It never throws and never resets
 * silently. The snapshot is not the one stored: it is rebuilt by replaying the saved answers and
 * position through the machine, so a restored actor is always one the machine could have reached.
 * Pass the same `options` (the recommender) as the machine you resume with, so a finished run's
 * record is rebuilt with the same adjustments.
 *
 * @example
 * ```ts
 * const options = { recommend: recommendFromCatalogue };
 * const result = restoreScreening(needsScreening, stored, options);
 * if (result.ok) createActor(createScreeningMachine(needsScreening, options), { snapshot: result.snapshot }).start();
 * else show(result.error.message); // result.error.code says why: 'different-version', 'tampered', …
 * ```
 */
export function restoreScreening(
  questionnaire: Questionnaire,
  saved: unknown,
  options: ScreeningOptions = {},
): RestoreResult {
  const fail = (code: RestoreErrorCode, message: string): RestoreResult => ({
    ok: false,
    error: new ScreeningRestoreError(code, `${message} Delete it and start again.`),
  });
  const damaged = 'The saved screening is damaged and cannot be opened.';
  try {
    const read = boundedJson(saved, SAVED_SCREENING_LIMITS);
    if (!read.ok)
      return read.code === 'not-json'
        ? fail('corrupted', damaged)
        : fail(
            read.code,
            read.code === 'too-large'
              ? 'The saved screening is far larger than any real save, so it is not opened.'
              : 'The saved screening is nested far more deeply than any real save, so it is not opened.',
          );
    const data = read.value;
    const head = z
      .looseObject({
        format: z.literal(SAVED_SCREENING_FORMAT),
        questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
      })
      .safeParse(data);
    if (!head.success) return fail('corrupted', damaged);
    if (head.data.questionnaire.id !== questionnaire.id) {
      return fail(
        'different-questionnaire',
        `The saved screening belongs to a different questionnaire ("${head.data.questionnaire.id}").`,
      );
    }
    if (head.data.questionnaire.version !== questionnaire.version) {
      return fail(
        'different-version',
        `The saved screening was made with version ${head.data.questionnaire.version} of the questions, and this is version ${questionnaire.version}. The questions have changed, so it cannot be carried on.`,
      );
    }
    const tampered = () =>
      fail(
        'tampered',
        'The saved screening has been changed since it was saved, so it cannot be trusted.',
      );
    const inconsistent = () =>
      fail(
        'inconsistent',
        'The saved screening does not fit these questions and cannot be carried on.',
      );

    // What the save claims: the run, and for an old save the record and output it carried.
    let claim: { run: unknown; record?: unknown; output?: unknown };
    const raw = data as Record<string, unknown>;
    if (raw.schemaVersion === 1) {
      const legacy = LegacySavedSchema.safeParse(data);
      if (!legacy.success) return fail('corrupted', damaged);
      if (checksumOf(raw.snapshot) !== legacy.data.checksum) return tampered();
      const ctx = legacy.data.snapshot.context;
      if (
        ctx.questionnaireId !== questionnaire.id ||
        ctx.questionnaireVersion !== questionnaire.version
      )
        return inconsistent();
      claim = legacyRun(legacy.data);
    } else {
      const parsed = SavedScreeningSchema.safeParse(data);
      if (!parsed.success) return fail('corrupted', damaged);
      if (checksumOf(raw.run) !== parsed.data.checksum) return tampered();
      claim = { run: raw.run };
    }
    const run = SavedRunSchema.safeParse(claim.run);
    if (!run.success) return inconsistent();
    // zod's copy of the answers would lose a "__proto__" key; the stored answers are compared.
    const stored = run.data;
    stored.answers = (claim.run as { answers: Answers }).answers;
    if (Object.keys(stored.answers).some((id) => !questionnaire.items.some((i) => i.id === id)))
      return inconsistent();

    const replayed = replay(questionnaire, stored, options);
    const snapshot = replayed && settle(questionnaire, stored, replayed, options);
    if (!snapshot) return inconsistent();
    if (raw.schemaVersion === 1) {
      const rebuilt = (snapshot as unknown as { context: ScreeningContext }).context.record;
      if (canonical(claim.record) !== canonical(rebuilt)) return inconsistent();
      if (claim.output !== undefined && canonical(claim.output) !== canonical(rebuilt))
        return inconsistent();
    }
    return { ok: true, snapshot };
  } catch {
    // Every check above returns; this only keeps the promise never to throw if a host passes
    // an object whose getters throw.
    return fail('corrupted', damaged);
  }
}
