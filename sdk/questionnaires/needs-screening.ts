import definition from './needs-screening.json' with { type: 'json' };
import { defineQuestionnaire } from '../questionnaire/define.js';

/**
 * The Attune needs screening: needs, not diagnoses, in twelve areas of everyday life, with
 * context, strengths and the person's wishes about a diagnostic assessment. Written for a
 * practitioner to run with the person in 20–30 minutes. The wording lives in the JSON file.
 */
export const needsScreening = defineQuestionnaire(definition);
