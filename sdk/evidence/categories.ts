import { AGE_BANDS } from '../common/age-bands.js';

// The closed lists a cohort summary publishes. Nothing a record says is ever published as written:
// a value outside these lists is counted as "other", or the record is refused with a reason.
// test/sdk/evidence-categories.test.ts holds these lists to the questionnaires and the catalogue
// they come from, so they cannot drift; they are copied here so the evidence page does not load
// the questionnaire or the catalogue.

export { AGE_BANDS };

/** Genders a summary counts by name; any other value a host wrote is counted as "other". */
export const GENDERS = ['man', 'woman', 'non-binary'] as const;

/** Questionnaires whose records the evidence base knows, with the versions it publishes by name. */
export const KNOWN_QUESTIONNAIRES = {
  'attune-needs-screening': { kind: 'screening', versions: ['1.0.0', '1.0.1', '2.0.0'] },
  'attune-practical-support': { kind: 'practical-support-check', versions: ['1.0.0', '1.1.0'] },
} as const;

/** The need areas of the Attune needs screening. */
export const DOMAIN_IDS = [
  'reading-writing',
  'numbers-time-money',
  'understanding-processing',
  'expressing',
  'memory-organisation',
  'attention-impulsivity',
  'social-understanding',
  'sensory',
  'coordination-wayfinding',
  'emotions-overload',
  'everyday-living-learning',
  'head-injury-fatigue',
] as const;

/** What a person may say about a diagnostic assessment, and 'unanswered'. */
export const DIAGNOSIS_WISHES = ['yes', 'not-sure', 'no', 'already-have', 'unanswered'] as const;

/** The areas a person may want assessed. */
export const DIAGNOSIS_AREAS = [
  'adhd',
  'autism',
  'dyslexia',
  'dyspraxia',
  'learning-disability',
  'brain-injury',
  'not-sure',
] as const;

/** Every adjustment in the built-in catalogue. */
export const ADJUSTMENT_IDS = [
  'plain-english-letters',
  'easy-read-documents',
  'read-documents-aloud',
  'help-with-forms',
  'preferred-paper-and-font',
  'information-by-voice',
  'money-and-budget-support',
  'clear-times-and-dates',
  'extra-time-to-answer',
  'check-understanding',
  'one-question-at-a-time',
  'explain-licence-conditions',
  'explain-breach-and-recall',
  'visual-aids-in-conversation',
  'choice-of-contact-method',
  'questions-in-advance',
  'supporter-or-advocate',
  'communication-profile',
  'interpreter-and-first-language',
  'court-intermediary',
  'court-breaks-and-familiarisation',
  'appropriate-adult',
  'custody-interview-adjustments',
  'text-reminders',
  'appointment-cards-with-landmarks',
  'visual-timetable',
  'written-summary-of-agreements',
  'same-practitioner',
  'shorter-sessions-with-breaks',
  'fatigue-aware-scheduling',
  'regular-appointment-slot',
  'movement-breaks',
  'small-steps',
  'checklists-and-prompts',
  'phone-calendar-setup',
  'missed-appointment-follow-up',
  'key-information-card',
  'everyday-living-support',
  'learning-support-in-training',
  'brain-injury-referral',
  'three-key-points',
  'release-day-plan',
  'accompanied-first-visits',
  'liaison-and-diversion-referral',
  'plan-shared-at-transitions',
  'quiet-room',
  'lighting-and-noise',
  'sensory-tools-allowed',
  'waiting-room-alternatives',
  'explain-what-will-happen',
  'warning-of-changes',
  'clear-group-rules',
  'group-work-alternatives',
  'seating-choice',
  'literal-language',
  'direct-kind-feedback',
  'route-planning-help',
  'meeting-at-familiar-place',
  'typing-instead-of-handwriting',
  'adapted-practical-tasks',
  'overload-plan',
  'low-arousal-approach',
  'offering-choices',
  'home-visit-agreement',
  'housing-sensory-needs',
  'hostel-rules-explained',
  'workplace-adjustments',
] as const;

/** The label a summary gives any value outside a closed list. */
export const OTHER = 'other';
/** The label for a record that does not say. */
export const NOT_RECORDED = 'not recorded';

/** The needs screening's items for diagnosis wishes, read from its records CSV by column. */
export const DIAGNOSIS_ITEMS = {
  wish: 'ctx-diagnosis-wish',
  areas: 'ctx-diagnosis-areas',
} as const;
