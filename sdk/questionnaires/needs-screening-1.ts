import definition from './needs-screening-1.json' with { type: 'json' };
import { defineQuestionnaire } from '../questionnaire/define.js';
import { needsScreening } from './needs-screening.js';
import type { Questionnaire } from '../questionnaire/schema.js';

/**
 * Version 1.0.1 of the needs screening, frozen as it was published, so that records and FHIR
 * responses made with it stay readable (scored, exported, imported) after version 2 replaced it.
 * New screenings use `needsScreening`.
 */
export const needsScreeningV1 = defineQuestionnaire(definition);

/**
 * The needs screening definition a record or FHIR response was made with, by its version
 * (`record.questionnaire.version`), or null for a version Attune never published. Use it to
 * score, export or import records of any version, e.g. `fromFhirQuestionnaireResponse(r, def)`.
 */
export function needsScreeningForVersion(version: string): Questionnaire | null {
  return [needsScreening, needsScreeningV1].find((q) => q.version === version) ?? null;
}
