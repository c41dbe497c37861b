// The words a mentoring plan's steps are made of, apart from the machine and the record's schema,
// so each can use them without importing the other.

/** Who takes a step: the person, the mentor, both, or someone else. */
export const WHO = ['person', 'mentor', 'both', 'someone-else'] as const;
/** How a step stands at a meeting. */
export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'stuck'] as const;
/** One of `WHO`. */
export type Who = (typeof WHO)[number];
/** One of `STEP_STATUSES`. */
export type StepStatus = (typeof STEP_STATUSES)[number];
