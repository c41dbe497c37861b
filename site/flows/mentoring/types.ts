import type { MentoringPlanInput, MentoringPlanRecord } from '@attune/sdk/mentoring';
import type { ScreeningProps } from '../screening/types';

/** What the mentoring page gives its flow (island props: plain data). */
export interface MentoringProps extends ScreeningProps {
  /** Adjustment titles by id, to name what the person agreed to. */
  titles: Record<string, string>;
}

/**
 * How an action plan is opened: from a finished check, from this device, from a file, or from
 * the case the page works in (`entryId` is the plan's entry there, which each save replaces).
 */
export type PlanStart =
  | { kind: 'new'; input: MentoringPlanInput; saving: boolean }
  | { kind: 'saved' }
  | { kind: 'file'; record: MentoringPlanRecord }
  | { kind: 'case'; record: MentoringPlanRecord; entryId: string };
