import * as z from 'zod/mini';
import type { TrainingContext } from './machine.js';
import type { TrainingModule } from './schema.js';
import { isIsoDateTime as isIsoTime } from '../common/iso-date-time.js';
import { isUuid } from './validate.js';

/** The version of the completion record shape. */
export const TRAINING_COMPLETION_SCHEMA_VERSION = 1;

const score = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const ratings = z.nullable(z.array(z.number().check(z.int(), z.gte(1), z.lte(5))));
const time = z.nullable(z.string().check(z.refine(isIsoTime, 'An ISO 8601 date and time')));

/**
 * What one learner did in one module, as a team lead needs it: no answers, no name, only a
 * pseudonymous learner id. Knowledge is the share right in the test before the lessons and in
 * the first check after them (two parallel forms, so the change is learning, not memory).
 */
export const TrainingCompletionSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(TRAINING_COMPLETION_SCHEMA_VERSION),
  kind: z.literal('attune-training-completion'),
  /** A pseudonymous id for the learner (random, kept on their device); never a name. */
  learner: z.string().check(z.minLength(1), z.maxLength(200)),
  moduleId: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  registration: z.nullable(z.string().check(z.refine(isUuid, 'A UUID'))),
  startedAt: time,
  completedAt: time,
  knowledgeBefore: score,
  knowledgeAfter: score,
  bestScore: score,
  attempts: z.number().check(z.int(), z.gte(0)),
  passed: z.boolean(),
  confidenceBefore: ratings,
  confidenceAfter: ratings,
});
/** A completion record as `TrainingCompletionSchema` checks it. */
export type TrainingCompletion = z.output<typeof TrainingCompletionSchema>;

/** A learner's progress in a module as a completion record, for export and team summaries. */
export function completionRecord(
  module: TrainingModule,
  progress: TrainingContext,
  learner: string,
): TrainingCompletion {
  const scores = progress.attempts.map((a) => a.score).filter((s): s is number => s !== null);
  return TrainingCompletionSchema.parse({
    schemaVersion: TRAINING_COMPLETION_SCHEMA_VERSION,
    kind: 'attune-training-completion',
    learner,
    moduleId: module.id,
    registration: progress.registration,
    startedAt: progress.startedAt,
    completedAt: progress.completedAt,
    knowledgeBefore: progress.knowledgeBefore?.score ?? null,
    knowledgeAfter: progress.attempts[0]?.score ?? null,
    bestScore: scores.length ? Math.max(...scores) : null,
    attempts: progress.attempts.filter((a) => a.finishedAt !== null || a.score !== null).length,
    passed: progress.attempts.some((a) => a.passed === true),
    confidenceBefore: progress.confidenceBefore,
    confidenceAfter: progress.confidenceAfter,
  });
}
