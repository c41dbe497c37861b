import { AdjustmentPlanSchema, type AdjustmentPlan } from '@attune/sdk/adjustments';
import { keys, read } from './storage';

/** An adjustment plan from its JSON (a file, or what this device kept), or null if it does not read as one. */
export function parseAdjustmentPlan(text: string | null): AdjustmentPlan | null {
  if (text === null) return null;
  try {
    const parsed = AdjustmentPlanSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON
  }
}

/** The plan kept on this device after a screening (saving on), if there is one and it reads as a plan. */
export const keptAdjustmentPlan = (): AdjustmentPlan | null =>
  parseAdjustmentPlan(read(keys.adjustmentPlan));

/** The ids of the adjustments the person agreed to. */
export const agreedIds = (plan: AdjustmentPlan): string[] =>
  plan.suggestions.filter((s) => s.decision === 'agreed').map((s) => s.id);
