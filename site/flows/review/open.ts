import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import { Button } from '../../ui/components/button';
import { FileUpload } from '../../ui/components/file-upload';
import { h, useEffect, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { Runner, type FlowError } from '../../ui/runner';
import { longDate } from '../../scripts/dates';
import type { CaseHere } from '../../scripts/cases/here';
import { InsetText } from '../../ui/components/inset-text';

// Reading a plan needs its schema (zod), loaded after the first draw rather than with the page.
const plans = () => import('../../scripts/adjustment-plan');

/**
 * Choosing the plan to review: inside a case, the latest plan agreed in it; on its own, the plan
 * kept on this device or a plan file. Drawn at build time as it is before anything is read.
 */
export function OpenStep({
  here,
  begin,
  warm,
}: {
  here: CaseHere | null;
  /** Starts the review of a plan; `fromDevice` when it is the plan kept on this device. */
  begin: (plan: AdjustmentPlan, fromDevice: boolean) => void;
  /** Loads the review's code ahead, when starting it is the likely next thing. */
  warm: () => Promise<unknown>;
}) {
  // Read after the first draw, so the page's build-time markup is taken over as it is.
  const [kept, setKept] = useState<AdjustmentPlan | null>(null);
  const [problem, setProblem] = useState<FlowError | null>(null);
  useEffect(() => {
    if (here) return void warm();
    // The kept plan is offered once the review's code is here, so its button starts it at once.
    void plans().then(({ keptAdjustmentPlan }) => {
      const found = keptAdjustmentPlan();
      if (found) void warm().then(() => setKept(found));
    });
  }, []);
  const refuse = (field: string, message: string) =>
    setProblem({ code: 'no-plan', message, field });

  async function fromCase(inCase: CaseHere) {
    const c = await inCase.read();
    const latest = c.entries.filter((e) => e.kind === 'adjustment-plan').at(-1);
    if (latest?.kind !== 'adjustment-plan')
      return refuse('review-case-plan', t('review.noCasePlan', { reference: inCase.reference }));
    // The review carries the case's reference onto every download.
    begin({ ...latest.record, reference: inCase.reference }, false);
  }

  const view = here
    ? [
        h('p', { class: 'govuk-body' }, t('review.caseText', { reference: here.reference })),
        h(Button, {
          text: t('review.reviewCasePlan'),
          attributes: { id: 'review-case-plan', 'data-testid': 'review-case-plan' },
          onClick: () => void fromCase(here),
        }),
      ]
    : [
        h('p', { class: 'govuk-body' }, t('review.openText')),
        kept
          ? h(
              InsetText,
              {},
              h(
                'p',
                { class: 'govuk-body' },
                t('review.keptPlan', { date: longDate(kept.reviewDate) }),
              ),
              h(Button, {
                text: t('review.reviewKept'),
                attributes: { 'data-testid': 'review-kept' },
                onClick: () => begin(kept, true),
              }),
            )
          : null,
        h(FileUpload, {
          id: 'plan-file',
          name: 'plan-file',
          accept: '.json,application/json',
          label: { text: t('review.planFile'), classes: 'govuk-label--s' },
          hint: { text: t('review.planFileHint') },
          errorMessage: problem ? { text: problem.message } : null,
          onFile: (file) =>
            void Promise.all([plans(), file.text()]).then(([{ parseAdjustmentPlan }, text]) => {
              const plan = parseAdjustmentPlan(text);
              if (plan) begin(plan, false);
              else refuse('plan-file', t('review.planFileProblem'));
            }),
        }),
      ];
  return h(Runner, {
    step: {
      id: 'open',
      // The page's own title follows the step's: the step names what to do on it.
      title: t('review.openStep'),
      errors: problem ? [problem] : [],
      view: [
        h('span', { class: 'govuk-caption-l' }, t('review.caption')),
        h('h1', { class: 'govuk-heading-xl' }, t('review.openTitle')),
        view,
      ],
    },
  });
}
