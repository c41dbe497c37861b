import * as z from 'zod/mini';
import { CatalogueSchema } from '../adjustments/schema.js';
import { AdjustmentPlanSchema } from '../adjustments/plan-record.js';
import { ConsentToShareSchema } from '../follow-up/consent.js';
import { PassportSchema } from '../follow-up/passport.js';
import { ReferralRecordSchema } from '../follow-up/referral-record.js';
import { ReviewRecordSchema } from '../follow-up/review-record.js';
import { OutcomeRecordSchema } from '../follow-up/outcome-record.js';
import { MentoringPlanRecordSchema } from '../mentoring/record.js';
import { QuestionnaireSchema } from '../questionnaire/schema.js';
import { SavedScreeningSchema } from '../screening/persistence.js';
import { ScreeningRecordSchema } from '../screening/record.js';
import { ScreeningEndedNoteSchema } from '../screening/ended-note.js';
import { TrainingModuleSchema } from '../training/schema.js';
import { CaseSchema } from '../cases/case.js';
import { CaseBundleSchema, EncryptedCaseBundleSchema } from '../cases/bundle.js';

/** The schemas published at /schemas/<name>.json; hosts in any language validate against them. */
const schemas = {
  questionnaire: QuestionnaireSchema,
  'screening-record': ScreeningRecordSchema,
  'saved-screening': SavedScreeningSchema,
  'screening-ended': ScreeningEndedNoteSchema,
  'adjustment-catalogue': CatalogueSchema,
  'adjustment-plan': AdjustmentPlanSchema,
  'training-module': TrainingModuleSchema,
  'mentoring-plan': MentoringPlanRecordSchema,
  case: CaseSchema,
  'case-bundle': CaseBundleSchema,
  'case-bundle-encrypted': EncryptedCaseBundleSchema,
  review: ReviewRecordSchema,
  referral: ReferralRecordSchema,
  outcome: OutcomeRecordSchema,
  'consent-to-share': ConsentToShareSchema,
  passport: PassportSchema,
} as const;

/** The name of a published JSON Schema: the file name under /schemas/ without `.json`. */
export type SchemaName = keyof typeof schemas;
/** Every schema `jsonSchemaFor` can produce, for publishing them all. */
export const SCHEMA_NAMES = Object.keys(schemas) as SchemaName[];

/** Where the site publishes a schema; also its `$id`, so a host's validator can tell them apart. */
export const schemaPath = (name: SchemaName) => `/schemas/${name}.json`;

/** Where the schemas are published, so their `$id`s are absolute addresses a validator can fetch. */
export interface JsonSchemaOptions {
  /**
   * The site's address, e.g. `https://example.org/attune/`; `$id` becomes
   * `https://example.org/attune/schemas/<name>.json`. Without it, `$id` is the path `/schemas/<name>.json`.
   */
  base?: string;
}

/** JSON Schema (draft 2020-12) generated from the zod schema, so the two can never drift. */
export function jsonSchemaFor(
  name: SchemaName,
  options: JsonSchemaOptions = {},
): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(schemas[name], {
    target: 'draft-2020-12',
    io: 'input',
    cycles: 'ref',
  }) as Record<string, unknown>;
  const $id = options.base
    ? `${options.base.replace(/\/?$/, '')}${schemaPath(name)}`
    : schemaPath(name);
  return { $schema, $id, title: name, ...schema };
}
