import definition from './practical-support.json' with { type: 'json' };
import { defineQuestionnaire } from '../questionnaire/define.js';

/**
 * The Attune practical-support check: practical barriers (ID, bank account, phone, travel,
 * housing, benefits, debts, work and training, GP and dentist, support) for a mentor to talk
 * through with the person in 10–15 minutes. Levels here mean no barrier, some or a big barrier.
 */
export const practicalSupport = defineQuestionnaire(definition);
