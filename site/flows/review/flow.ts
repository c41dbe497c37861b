import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import { h, useState } from '../../ui/h';
import { setCatalogue } from '../../ui/messages';
import { caseHere } from '../../scripts/cases/here';
import { OpenStep } from './open';
import type { Started } from './run';
import type { ReviewProps } from './types';

type Run = typeof import('./run');
// Once loaded, kept: a review then starts in the same moment as the button is pressed.
let loaded: Run | null = null;
const loadRun = (): Promise<Run> => import('./run').then((code) => (loaded = code));

/**
 * The plan review page (/follow-up/review/): choose the plan, then one step per state of the
 * SDK's review machine, drawn by the runner. The machine, the catalogue it names adjustments
 * from and the steps load only when a plan is chosen or about to be. Inside a case it reviews
 * the case's latest plan and seals the review and the updated plan into the case; nothing is
 * kept in plain.
 */
export default function ReviewFlow(props: ReviewProps) {
  setCatalogue(props.messages);
  const here = caseHere();
  const [run, setRun] = useState<{ code: Run; started: Started } | null>(null);
  const begin = (plan: AdjustmentPlan, fromDevice: boolean) => {
    const start = (code: Run) => setRun({ code, started: code.startReview(plan, fromDevice) });
    if (loaded) start(loaded);
    else void loadRun().then(start);
  };
  // Loaded ahead when the next step is all but certain: a plan is kept here, or the page is in a case.
  if (!run) return h(OpenStep, { here, begin, warm: loadRun });
  return h(run.code.ReviewRun, { started: run.started, here, onCancelled: () => setRun(null) });
}
