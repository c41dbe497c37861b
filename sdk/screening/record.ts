import * as z from 'zod/mini';
import { evaluateCondition } from '../questionnaire/conditions.js';
import { optionsFor } from '../questionnaire/options.js';
import { AnswersSchema, type Answers } from '../questionnaire/answer-schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { levelsOf, scoreAnswers, type NeedsProfile } from '../questionnaire/scoring.js';
import { shownItems } from '../questionnaire/visibility.js';

/** The `schemaVersion` every screening record carries; it changes only when the record's shape does. */
export const SCREENING_RECORD_SCHEMA_VERSION = 1;

import { AGE_BANDS } from '../common/age-bands.js';

export { AGE_BANDS };
/** The broad details a host may add for the evidence base: an age band and gender, nothing more precise. */
export const DemographicsSchema = /* @__PURE__ */ z.strictObject({
  ageBand: z.optional(z.enum(AGE_BANDS)),
  gender: z.optional(z.string().check(z.maxLength(40))),
});
/** Demographics as `DemographicsSchema` checks them. */
export type Demographics = z.output<typeof DemographicsSchema>;

/** A safeguarding flag raised by an answer, with the message for the practitioner. */
export const SafeguardingFlagSchema = /* @__PURE__ */ z.strictObject({ itemId: z.string(), message: z.string() });
/** A safeguarding flag as `SafeguardingFlagSchema` checks it. */
export type SafeguardingFlag = z.output<typeof SafeguardingFlagSchema>;

// An ISO 8601 date and time with a zone, as hosts pass on events (a regex keeps browser bundles small).
const isoTime = /* @__PURE__ */ z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/, 'Use an ISO 8601 date and time with a time zone')));

/** One domain's result as stored in a record. */
export const DomainResultSchema = /* @__PURE__ */ z.strictObject({
  domain: z.string(),
  level: z.enum(['none', 'some', 'strong', 'unknown']),
  score: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  answered: z.number().check(z.int(), z.gte(0)),
  skipped: z.number().check(z.int(), z.gte(0)),
  confidence: z.enum(['full', 'reduced', 'none']),
  items: z.array(z.string()),
});

/** The record a completed screening gives: answers, needs profile, strengths, wishes, flags, adjustments and referrals. It holds no name. */
export const ScreeningRecordSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(SCREENING_RECORD_SCHEMA_VERSION),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  /** A host's own pseudonymous reference; Attune never stores a name. */
  reference: z.nullable(z.string().check(z.maxLength(100))),
  /** Only what a host chooses to add, for the anonymised evidence base. */
  demographics: z.optional(DemographicsSchema),
  startedAt: isoTime,
  completedAt: isoTime,
  answers: AnswersSchema,
  profile: z.strictObject({ domains: z.array(DomainResultSchema) }),
  /** What the person says they are good at, in their words or the option labels they chose. */
  strengths: z.array(z.string()),
  /** How the person prefers to be contacted and spoken with (option labels). */
  communication: z.array(z.string()),
  diagnosis: z.strictObject({
    wanted: z.nullable(z.string()),
    areas: z.array(z.string()),
  }),
  flags: z.array(SafeguardingFlagSchema),
  recommendedAdjustments: z.array(z.string()),
  referrals: z.array(z.strictObject({ id: z.string(), title: z.string(), advice: z.string() })),
});
/** A completed screening's record, as `ScreeningRecordSchema` checks it. */
export type ScreeningRecord = z.output<typeof ScreeningRecordSchema>;

/** Chooses adjustment ids for a profile; the site and hosts pass the catalogue's recommender. */
export type Recommender = (profile: NeedsProfile, answers: Answers) => string[];

function labelsFor(questionnaire: Questionnaire, answers: Answers, purpose: string): string[] {
  const labels: string[] = [];
  for (const item of shownItems(questionnaire, answers)) {
    if (item.purpose !== purpose) continue;
    const value = answers[item.id];
    if (value === null || value === undefined) continue;
    if (item.kind === 'text') {
      labels.push(value as string);
      continue;
    }
    const chosen = Array.isArray(value) ? value : [value];
    for (const o of optionsFor(item)) if (chosen.includes(o.value)) labels.push(o.label);
  }
  return labels;
}

function valuesFor(questionnaire: Questionnaire, answers: Answers, purpose: string): string[] {
  return shownItems(questionnaire, answers)
    .filter((item) => item.purpose === purpose)
    .flatMap((item) => {
      const value = answers[item.id];
      return value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    });
}

/** What `buildScreeningRecord` builds a record from. */
export interface RecordParts {
  answers: Answers;
  reference: string | null;
  startedAt: string | null;
  completedAt: string | null;
  flags: SafeguardingFlag[];
  demographics?: Demographics | null;
}

/** Builds the record a completed screening hands back; pure, so hosts can rebuild it from answers. */
export function buildScreeningRecord(questionnaire: Questionnaire, parts: RecordParts, recommend?: Recommender): ScreeningRecord {
  const profile = scoreAnswers(questionnaire, parts.answers);
  const levels = levelsOf(profile);
  return {
    schemaVersion: SCREENING_RECORD_SCHEMA_VERSION,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    reference: parts.reference,
    ...(parts.demographics ? { demographics: parts.demographics } : {}),
    startedAt: parts.startedAt,
    completedAt: parts.completedAt,
    answers: parts.answers,
    profile: { domains: profile.domains.map((d) => ({ ...d, items: [...d.items] })) },
    strengths: labelsFor(questionnaire, parts.answers, 'strengths'),
    communication: labelsFor(questionnaire, parts.answers, 'communication'),
    diagnosis: {
      wanted: valuesFor(questionnaire, parts.answers, 'diagnosis-wish')[0] ?? null,
      areas: valuesFor(questionnaire, parts.answers, 'diagnosis-areas'),
    },
    flags: parts.flags,
    recommendedAdjustments: recommend ? recommend(profile, parts.answers) : [],
    referrals: (questionnaire.referrals ?? [])
      .filter((rule) => evaluateCondition(rule.when, parts.answers, levels))
      .map(({ id, title, advice }) => ({ id, title, advice })),
  };
}
