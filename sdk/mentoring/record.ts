import * as z from 'zod/mini';
import { STEP_STATUSES, WHO } from './vocabulary.js';

/** The `schemaVersion` every mentoring plan record carries; it changes only when the record's shape does. */
export const MENTORING_PLAN_SCHEMA_VERSION = 1;

// Times come from hosts on events and the machine stores them as given, so the record cannot
// promise more than a string; dates for steps are checked by the machine, so they can be.
const time = /* @__PURE__ */ z.nullable(z.string());
const reason = /* @__PURE__ */ z.nullable(z.string().check(z.minLength(3), z.maxLength(300)));
const index = /* @__PURE__ */ z.number().check(z.int(), z.gte(0));

/** One step of a goal: what, who, by when (YYYY-MM-DD) and how it stands. */
export const MentoringStepSchema = /* @__PURE__ */ z.strictObject({
  text: z.string().check(z.minLength(3), z.maxLength(200)),
  who: z.enum(WHO),
  by: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  status: z.enum(STEP_STATUSES),
  /** Why the step is stuck, in the mentor's words; null unless it is. */
  why: reason,
});

/** The mentoring plan as a host stores it: goals, their steps, and what each meeting changed. */
export const MentoringPlanRecordSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(MENTORING_PLAN_SCHEMA_VERSION),
  kind: z.literal('attune.mentoring-plan'),
  /** A host's own pseudonymous reference; Attune never stores a name. */
  reference: z.nullable(z.string()),
  /** The practical-support check the plan started from, if any. */
  check: z.nullable(
    z.strictObject({
      questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
      completedAt: time,
    }),
  ),
  suggestedAreas: z.array(z.string()),
  /** Ids of the adjustments agreed for the person, which change how the plan is given to them. */
  adjustments: z.array(z.string()),
  goals: z.array(
    z.strictObject({
      area: z.string().check(z.minLength(1)),
      title: z.string().check(z.minLength(3), z.maxLength(120)),
      steps: z.array(MentoringStepSchema),
    }),
  ),
  meetings: z.array(
    z.strictObject({
      at: time,
      updates: z.array(
        z.strictObject({ goal: index, step: index, status: z.enum(STEP_STATUSES), why: reason }),
      ),
    }),
  ),
  agreedAt: time,
  closedAt: time,
});
/** A mentoring plan record, as `MentoringPlanRecordSchema` checks it and `mentoringPlanRecord()` gives it. */
export type MentoringPlanRecord = z.output<typeof MentoringPlanRecordSchema>;
