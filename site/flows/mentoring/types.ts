import type { MentoringPlanInput, MentoringPlanRecord } from '@attune/sdk/mentoring';
import type { ScreeningProps } from '../screening/types';

/** What the mentoring page gives its flow (island props: plain data). */
export interface MentoringProps extends ScreeningProps {
  /** Adjustment titles by id, to name what the person agreed to. */
  titles: Record<string, string>;
}

/**
 * The name a plan still being drafted (goals and steps, not yet agreed) is kept under in the case
 * the page works in, sealed like everything in the caseload, so a reload loses nothing.
 */
export const PLAN_DRAFT = 'mentoring-plan-draft';

/**
 * How an action plan is opened: from a finished check, from this device, from a file, from
 * the case the page works in (`entryId` is the plan's entry there, which each save replaces), or
 * from a draft kept in that case (the saved form of the plan machine, as on the device).
 */
export type PlanStart =
  | { kind: 'new'; input: MentoringPlanInput; saving: boolean }
  | { kind: 'saved' }
  | { kind: 'file'; record: MentoringPlanRecord }
  | { kind: 'case'; record: MentoringPlanRecord; entryId: string }
  | { kind: 'case-draft'; text: string };
