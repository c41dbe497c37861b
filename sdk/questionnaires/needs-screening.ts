import definition from './needs-screening.json' with { type: 'json' };
import { defineQuestionnaire } from '../questionnaire/define.js';

/**
 * The Attune needs screening, version 2: needs, not diagnoses, in twelve areas of everyday life.
 * Everyone answers a short set of first questions (the triage), which open the full questions
 * only for the areas that need them; the person or practitioner can add any area. Safety
 * questions, a GP check and the person's wishes are asked of everyone. The wording, each item's
 * provenance and the safeguarding guidance live in the JSON file. Records made with version 1
 * are read with `needsScreeningV1` from `@attune/sdk/questionnaires/needs-screening-1`.
 */
export const needsScreening = defineQuestionnaire(definition);
