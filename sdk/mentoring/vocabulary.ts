// The words a mentoring plan's steps are made of, apart from the machine and the record's schema,
// so each can use them without importing the other.

/** Who takes a step: the person, the mentor, both, or someone else. */
export const WHO = ['person', 'mentor', 'both', 'someone-else'] as const;
/** How a step stands at a meeting. */
export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'stuck'] as const;
/**
 * What a goal is about: a practical barrier (ID, a bank account, housing) or the person's own
 * thinking and decisions (a belief that holds them back, how they decide, staying steady).
 */
export const GOAL_KINDS = ['practical', 'thinking'] as const;
/** Who chose a step: the person, the person and mentor together, or the mentor. */
export const CHOSEN_BY = ['person', 'together', 'mentor'] as const;
/**
 * Why a step is stuck, as a closed list beside the mentor's own words, so the evidence summary can
 * count reasons without publishing anything a mentor wrote.
 */
export const STUCK_REASONS = [
  'waiting-on-a-service',
  'documents-or-id',
  'money',
  'health',
  'housing',
  'confidence-or-motivation',
  'circumstances-changed',
  'other',
] as const;
/** One of `WHO`. */
export type Who = (typeof WHO)[number];
/** One of `STEP_STATUSES`. */
export type StepStatus = (typeof STEP_STATUSES)[number];
/** One of `GOAL_KINDS`. */
export type GoalKind = (typeof GOAL_KINDS)[number];
/** One of `CHOSEN_BY`. */
export type ChosenBy = (typeof CHOSEN_BY)[number];
/** One of `STUCK_REASONS`. */
export type StuckReason = (typeof STUCK_REASONS)[number];
