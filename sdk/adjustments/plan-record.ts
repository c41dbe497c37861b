import * as z from 'zod/mini';
import { SharingLinesSchema } from '../common/sharing-lines.js';
import { SETTING_IDS } from './settings.js';

/** The `schemaVersion` every adjustment plan carries; it changes only when the record's shape does. */
export const ADJUSTMENT_PLAN_SCHEMA_VERSION = 1;
/** What a person can decide about a suggested adjustment: agreed, not now, or not wanted. */
export const DECISIONS = ['agreed', 'not-now', 'not-wanted'] as const;
/** One of `DECISIONS`. */
export type Decision = (typeof DECISIONS)[number];

/** An adjustment the person names themselves: the record and the plan machine's guard both use it. */
export const OwnAdjustmentSchema = /* @__PURE__ */ z.strictObject({
  title: z.string().check(z.minLength(3), z.maxLength(120)),
  detail: z.nullable(z.string().check(z.maxLength(500))),
});

/** The most a reason for a decision can say: the record and the plan machine's guard both use it. */
export const REASON_MAX = 300;

/** The plan agreed with a person: what was suggested, what they chose and why, and when to review it. */
export const AdjustmentPlanSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(ADJUSTMENT_PLAN_SCHEMA_VERSION),
  reference: z.nullable(z.string().check(z.maxLength(100))),
  /** From a completed screening, or from needs the practitioner chose with the person. */
  basis: z.enum(['screening', 'needs']),
  screening: z.nullable(
    z.strictObject({
      questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
      completedAt: z.nullable(z.string()),
    }),
  ),
  needs: z.array(z.strictObject({ domain: z.string(), level: z.enum(['some', 'strong']) })),
  setting: z.nullable(z.enum(SETTING_IDS)),
  suggestions: z.array(
    z.strictObject({
      id: z.string(),
      decision: z.enum(DECISIONS),
      reason: z.nullable(z.string().check(z.maxLength(REASON_MAX))),
    }),
  ),
  own: z.array(OwnAdjustmentSchema),
  agreedWithPerson: z.literal(true),
  agreedAt: z.nullable(z.string()),
  reviewDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Added when the plan is downloaded after a review: `sharingStatement` as it stood that day. */
  sharing: SharingLinesSchema,
});
/** An agreed adjustment plan, as `AdjustmentPlanSchema` checks it. */
export type AdjustmentPlan = z.output<typeof AdjustmentPlanSchema>;
