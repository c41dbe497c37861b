import type { MentoringPlanInput, MentoringPlanRecord } from '@attune/sdk/mentoring';
import type { ScreeningProps } from '../screening/types';

/** What the mentoring page gives its flow (island props: plain data). */
export interface MentoringProps extends ScreeningProps {
  /** Adjustment titles by id, to name what the person agreed to. */
  titles: Record<string, string>;
}

/** How an action plan is opened: from a finished check, from this device, or from a file. */
export type PlanStart =
  | { kind: 'new'; input: MentoringPlanInput; saving: boolean }
  | { kind: 'saved' }
  | { kind: 'file'; record: MentoringPlanRecord };
