import { Button, ButtonGroup } from '../../ui/components/button';
import { Panel } from '../../ui/components/panel';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { DownloadPlan } from './active';
import type { PlanCtx } from './plan-ctx';

/** Closing asks first: a closed plan takes no more meetings. */
export function CloseView({ ctx }: { ctx: PlanCtx }) {
  return [
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.plan.closeTitle')),
    h('p', { class: 'govuk-body' }, t('mentoring.plan.closeText')),
    h(
      ButtonGroup,
      {},
      h(Button, {
        text: t('mentoring.plan.confirmClose'),
        classes: 'govuk-button--warning',
        onClick: () => {
          ctx.setOverlay(null);
          ctx.send({ type: 'CLOSE', at: new Date().toISOString() });
        },
        attributes: { 'data-testid': 'confirm-close' },
      }),
      h(Button, {
        text: t('mentoring.plan.cancelClose'),
        classes: 'govuk-button--secondary',
        onClick: () => ctx.setOverlay(null),
      }),
    ),
  ];
}

/** A closed plan can still be printed and downloaded, then deleted for a new check. */
export function ClosedView({ ctx }: { ctx: PlanCtx }) {
  const steps = ctx.snapshot.context.goals.flatMap((g) => g.steps);
  return [
    h(Panel, {
      titleText: t('mentoring.plan.closedTitle'),
      text: t('mentoring.plan.closedSteps', {
        done: steps.filter((s) => s.status === 'done').length,
        total: steps.length,
      }),
    }),
    h(
      ButtonGroup,
      {},
      h(Button, {
        text: t('mentoring.plan.printPlan'),
        classes: 'govuk-button--secondary',
        onClick: () => ctx.setOverlay('print'),
      }),
      h(DownloadPlan, { ctx }),
      h(Button, {
        text: t('mentoring.plan.deleteAndStart'),
        classes: 'govuk-button--warning',
        onClick: ctx.startAgain,
      }),
    ),
  ];
}
