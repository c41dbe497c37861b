import definition from './needs-screening-1.json' with { type: 'json' };
import { defineQuestionnaire } from '../questionnaire/define.js';

/**
 * Version 1.0.1 of the needs screening, frozen as it was published, so that records and FHIR
 * responses made with it stay readable (scored, exported, imported) after version 2 replaced it.
 * New screenings use `needsScreening`.
 */
export const needsScreeningV1 = defineQuestionnaire(definition);
