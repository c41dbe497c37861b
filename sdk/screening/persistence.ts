import * as z from 'zod/mini';
import type { Snapshot } from 'xstate';
import { ANSWER_ERROR_CODES, validateAnswer } from '../questionnaire/answers.js';
import { AnswersSchema } from '../questionnaire/answer-schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { shownItems } from '../questionnaire/visibility.js';
import { SCREENING_STATES } from './machine.js';
import {
  buildScreeningRecord,
  DemographicsSchema,
  SafeguardingFlagSchema,
  SCREENING_RECORD_SCHEMA_VERSION,
} from './record.js';

/** The `format` a saved screening carries, so a host can tell one from other JSON it stores. */
export const SAVED_SCREENING_FORMAT = 'attune.saved-screening';

const ContextSchema = /* @__PURE__ */ z.strictObject({
  questionnaireId: z.string(),
  questionnaireVersion: z.string(),
  reference: z.nullable(z.string()),
  demographics: z.nullable(DemographicsSchema),
  startedAt: z.nullable(z.string()),
  completedAt: z.nullable(z.string()),
  answers: AnswersSchema,
  currentItemId: z.nullable(z.string()),
  returnToReview: z.boolean(),
  error: z.nullable(
    z.strictObject({ itemId: z.string(), code: z.enum(ANSWER_ERROR_CODES), message: z.string() }),
  ),
  removed: z.array(z.string()),
  flags: z.array(SafeguardingFlagSchema),
  // The record is checked by rebuilding it from the saved answers (below), which is stricter than
  // its schema and keeps the record schema out of browser bundles.
  record: z.nullable(
    z.looseObject({
      schemaVersion: z.literal(SCREENING_RECORD_SCHEMA_VERSION),
      recommendedAdjustments: z.array(z.string()),
    }),
  ),
});

const PersistedSnapshotSchema = /* @__PURE__ */ z.looseObject({
  status: z.enum(['active', 'done']),
  value: z.enum(SCREENING_STATES),
  context: ContextSchema,
});

/** A saved screening: the questionnaire id and version, a checksum and the persisted snapshot. */
export const SavedScreeningSchema = /* @__PURE__ */ z.strictObject({
  format: z.literal(SAVED_SCREENING_FORMAT),
  schemaVersion: z.literal(1),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  /** Detects a snapshot edited or damaged after saving; it is not a security measure. */
  checksum: z.string(),
  snapshot: PersistedSnapshotSchema,
});
/** What `saveScreening` returns, ready to store as JSON. */
export type SavedScreening = z.output<typeof SavedScreeningSchema>;

/** Why a saved screening could not be restored: damaged, edited since saving, for another questionnaire or version, or not fitting the questions. */
export type RestoreErrorCode =
  'corrupted' | 'tampered' | 'different-questionnaire' | 'different-version' | 'inconsistent';

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

/** FNV-1a over the snapshot's JSON: small, dependency-free and deterministic across hosts. */
export function checksumOf(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Wraps an actor's persisted snapshot (`actor.getPersistedSnapshot()`) with the questionnaire's
 * id and version and a checksum, as plain JSON ready to store.
 */
export function saveScreening(questionnaire: Questionnaire, persisted: unknown): SavedScreening {
  const snapshot = JSON.parse(JSON.stringify(persisted)) as SavedScreening['snapshot'];
  return {
    format: SAVED_SCREENING_FORMAT,
    schemaVersion: 1,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    checksum: checksumOf(snapshot),
    snapshot,
  };
}

/**
 * Checks a saved screening (object or JSON text) and returns a snapshot for
 * `createActor(machine, { snapshot })`, or a typed error. It never throws and never resets silently.
 *
 * @example
 * ```ts
 * const result = restoreScreening(needsScreening, stored);
 * if (result.ok) createActor(createScreeningMachine(needsScreening), { snapshot: result.snapshot }).start();
 * else show(result.error.message); // result.error.code says why: 'different-version', 'tampered', …
 * ```
 */
export function restoreScreening(questionnaire: Questionnaire, saved: unknown): RestoreResult {
  const fail = (code: RestoreErrorCode, message: string): RestoreResult => ({
    ok: false,
    error: new ScreeningRestoreError(code, `${message} Delete it and start again.`),
  });
  const damaged = 'The saved screening is damaged and cannot be opened.';
  let data = saved;
  if (typeof saved === 'string') {
    try {
      data = JSON.parse(saved);
    } catch {
      return fail('corrupted', damaged);
    }
  }
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
  const parsed = SavedScreeningSchema.safeParse(data);
  if (!parsed.success) return fail('corrupted', damaged);
  // The checksum is over the snapshot as stored; zod's output may order keys differently.
  const raw = (data as { snapshot: unknown }).snapshot;
  const { snapshot, checksum } = parsed.data;
  if (checksumOf(raw) !== checksum)
    return fail(
      'tampered',
      'The saved screening has been changed since it was saved, so it cannot be trusted.',
    );
  const ctx = snapshot.context;
  // The record as stored: zod's output orders known keys first, which would upset the comparison.
  const storedRecord = (raw as { context: { record: unknown } }).context.record;
  const shown = new Set(shownItems(questionnaire, ctx.answers).map((i) => i.id));
  const consistent =
    ctx.questionnaireId === questionnaire.id &&
    ctx.questionnaireVersion === questionnaire.version &&
    Object.entries(ctx.answers).every(([id, value]) => {
      const item = questionnaire.items.find((i) => i.id === id);
      return (
        item !== undefined && shown.has(id) && (value === null || validateAnswer(item, value).ok)
      );
    }) &&
    (snapshot.value === 'answering'
      ? ctx.currentItemId !== null && shown.has(ctx.currentItemId)
      : ctx.currentItemId === null) &&
    (snapshot.status === 'done') ===
      ['complete', 'declined', 'withdrawn'].includes(snapshot.value) &&
    (snapshot.value === 'complete') === (ctx.record !== null) &&
    (ctx.record === null ||
      JSON.stringify(storedRecord) ===
        JSON.stringify(
          buildScreeningRecord(
            questionnaire,
            {
              answers: ctx.answers,
              reference: ctx.reference,
              demographics: ctx.demographics,
              startedAt: ctx.startedAt,
              completedAt: ctx.completedAt,
              flags: ctx.flags,
            },
            () => ctx.record!.recommendedAdjustments,
          ),
        ));
  if (!consistent)
    return fail(
      'inconsistent',
      'The saved screening does not fit these questions and cannot be carried on.',
    );
  return { ok: true, snapshot: raw as Snapshot<unknown> };
}
