// The record's zod schemas, apart from the code that builds a record: with the package's
// `sideEffects: false`, a page that runs screenings but never validates a record leaves zod out.
import * as z from 'zod/mini';
import { AnswersSchema } from '../questionnaire/answer-schema.js';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';

import { SCREENING_RECORD_SCHEMA_VERSION } from './record-version.js';

export { SCREENING_RECORD_SCHEMA_VERSION };

import { AGE_BANDS } from '../common/age-bands.js';
import { DemographicsSchema, type Demographics } from './demographics.js';

export { AGE_BANDS, DemographicsSchema, type Demographics };

import {
  DisclosureSchema,
  SafeguardingActionSchema,
  SafeguardingFlagSchema,
} from './safeguarding-schema.js';
import { ANSWER_PATTERN_REASONS } from '../questionnaire/yes-saying.js';

/** The yes-saying check's result as stored in a record (see `checkAnswerPattern`). */
export const AnswerPatternSchema = /* @__PURE__ */ z.strictObject({
  agreeingWithEverything: z.boolean(),
  reasons: z.array(z.enum(ANSWER_PATTERN_REASONS)),
  items: z.array(z.string()),
});
export * from './safeguarding-schema.js';
export * from './safeguarding.js';

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
  /**
   * The record's own id, given by the host when the run starts (the site uses a random UUID), so
   * the evidence base counts a record once however often it is imported. Absent on records made
   * before ids existed; the evidence base then falls back to the record's whole content.
   */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  /** A host's own pseudonymous reference; Attune never stores a name. */
  reference: z.nullable(z.string().check(z.maxLength(100))),
  /** The equality answers, if the person chose to give them: counted without names, never part of the profile. */
  demographics: z.optional(DemographicsSchema),
  startedAt: IsoTimeOrNullSchema,
  completedAt: IsoTimeOrNullSchema,
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
  /** Disclosures recorded during the run (kind, step, time), never what was said. Absent in records made before version 2. */
  disclosures: z.optional(z.array(DisclosureSchema)),
  /** What was done about flags and disclosures, and who was told. */
  safeguardingActions: z.optional(z.array(SafeguardingActionSchema)),
  /** Whether the answers look like agreeing with everything; a prompt to check, never a reason to discount them. */
  answerPattern: z.optional(AnswerPatternSchema),
  recommendedAdjustments: z.array(z.string()),
  referrals: z.array(z.strictObject({ id: z.string(), title: z.string(), advice: z.string() })),
});
/** A completed screening's record, as `ScreeningRecordSchema` checks it. */
export type ScreeningRecord = z.output<typeof ScreeningRecordSchema>;
