import * as z from 'zod/mini';
import { DaySchema } from './dates.js';

/** The `schemaVersion` every outcome record carries. */
export const OUTCOME_SCHEMA_VERSION = 1;

/** Enforcement action a service may record, each as a count over the last three months. */
export const ENFORCEMENT = ['warnings', 'breaches', 'recalls'] as const;
/** Plain words for each kind of enforcement action, written once for pages and tables. */
export const ENFORCEMENT_WORDS: Record<(typeof ENFORCEMENT)[number], string> = {
  warnings: 'Warnings',
  breaches: 'Breach action',
  recalls: 'Recalls to prison',
};

const count = /* @__PURE__ */ z.nullable(z.number().check(z.int(), z.gte(0), z.lte(500)));
const yesNo = /* @__PURE__ */ z.nullable(z.boolean());

/**
 * How a person is getting on, as the practitioner records it on a day: appointments kept and
 * missed, and enforcement action, each counted over the three months before `on`; and whether the
 * person is in education, training or work and in stable accommodation. Every measure is optional
 * (null when not recorded): a service records what it knows. Recorded over time, the first and
 * latest records show how engagement changed; they cannot show why.
 */
export const OutcomeRecordSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(OUTCOME_SCHEMA_VERSION),
  kind: z.literal('attune.outcome'),
  /** A host's pseudonymous reference for the person, as on their other records; never a name. */
  reference: z.nullable(z.string().check(z.maxLength(100))),
  /** The day the outcome was recorded; the counts cover the three months before it. */
  on: DaySchema,
  appointments: z.strictObject({ kept: count, missed: count }),
  enforcement: z.strictObject({ warnings: count, breaches: count, recalls: count }),
  /** In education, training or work. */
  educationTrainingWork: yesNo,
  stableAccommodation: yesNo,
});
/** An outcome record, as `OutcomeRecordSchema` checks it. */
export type OutcomeRecord = z.output<typeof OutcomeRecordSchema>;

/** An outcome record with nothing recorded yet, for a form to fill in. */
export function emptyOutcome(on: string, reference: string | null = null): OutcomeRecord {
  return OutcomeRecordSchema.parse({
    schemaVersion: OUTCOME_SCHEMA_VERSION,
    kind: 'attune.outcome',
    reference,
    on,
    appointments: { kept: null, missed: null },
    enforcement: { warnings: null, breaches: null, recalls: null },
    educationTrainingWork: null,
    stableAccommodation: null,
  });
}

/** The measures compared from a person's first outcome record to their latest. */
export const OUTCOME_MEASURES = [
  'attendance',
  'enforcement',
  'education-training-work',
  'stable-accommodation',
] as const;
/** How one measure changed between two records. */
export const OUTCOME_CHANGES = ['better', 'same', 'worse'] as const;
/** One of `OUTCOME_CHANGES`. */
export type OutcomeChange = (typeof OUTCOME_CHANGES)[number];

const compare = (a: number, b: number, higherIsBetter: boolean): OutcomeChange =>
  a === b ? 'same' : b > a === higherIsBetter ? 'better' : 'worse';

/**
 * How each measure changed from the first record to the latest, or null for a measure not recorded
 * in both: attendance as the share of appointments kept, enforcement as the number of actions of
 * every kind, and the two yes/no measures.
 */
export function outcomeChanges(
  first: OutcomeRecord,
  latest: OutcomeRecord,
): Record<(typeof OUTCOME_MEASURES)[number], OutcomeChange | null> {
  const kept = (o: OutcomeRecord) => {
    const { kept: k, missed: m } = o.appointments;
    return k === null || m === null || k + m === 0 ? null : k / (k + m);
  };
  const actions = (o: OutcomeRecord) =>
    ENFORCEMENT.some((e) => o.enforcement[e] === null)
      ? null
      : ENFORCEMENT.reduce((n, e) => n + o.enforcement[e]!, 0);
  const both = <T>(f: (o: OutcomeRecord) => T | null, then: (a: T, b: T) => OutcomeChange) => {
    const a = f(first);
    const b = f(latest);
    return a === null || b === null ? null : then(a, b);
  };
  const flag = (a: boolean, b: boolean) => compare(Number(a), Number(b), true);
  return {
    attendance: both(kept, (a, b) => compare(a, b, true)),
    enforcement: both(actions, (a, b) => compare(a, b, false)),
    'education-training-work': both((o) => o.educationTrainingWork, flag),
    'stable-accommodation': both((o) => o.stableAccommodation, flag),
  };
}
