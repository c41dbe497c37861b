import definition from './motivation-check.json' with { type: 'json' };
import { defineQuestionnaire } from '../questionnaire/define.js';

/**
 * The Attune motivation and thinking check: how the person sees their situation, how sure they are
 * that they can change things, what matters to them, what gets in the way in their own thinking,
 * and who is on their side. Self-ratings in words (1 to 5) with room for their own words; nothing
 * is scored into levels, and there are no diagnostic or risk labels. Repeat it at later meetings
 * and compare two runs with `compareMotivationChecks` from `@attune/sdk/mentoring`.
 */
export const motivationCheck = defineQuestionnaire(definition);
