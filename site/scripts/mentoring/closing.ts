import { mentoringPlanRecord, type MentoringContext } from '@attune/sdk/mentoring';
import { button } from '../screening/common';
import { downloadJson, h, type Child } from '../screening/dom';
import { keys, remove } from '../storage';
import { heading, type PlanPage } from './plan-parts';

export function closeView(page: PlanPage): Child[] {
  return [
    heading('Close the plan?'),
    h(
      'p',
      { class: 'govuk-body' },
      'Once it is closed, no more meetings can be recorded. You can still print and download it.',
    ),
    h(
      'div',
      { class: 'govuk-button-group' },
      button(
        'Yes, close the plan',
        () => {
          page.overlay = null;
          page.actor.send({ type: 'CLOSE', at: new Date().toISOString() });
        },
        'warning',
        { 'data-testid': 'confirm-close' },
      ),
      button('No, go back to the plan', () => page.show(null), 'secondary'),
    ),
  ];
}

export function closedView(page: PlanPage, c: MentoringContext): Child[] {
  const steps = c.goals.flatMap((g) => g.steps);
  return [
    h(
      'div',
      { class: 'govuk-panel govuk-panel--confirmation' },
      h('h1', { class: 'govuk-panel__title', tabindex: '-1' }, 'The action plan is closed'),
      h(
        'div',
        { class: 'govuk-panel__body' },
        `${steps.filter((s) => s.status === 'done').length} of ${steps.length} steps done`,
      ),
    ),
    h(
      'div',
      { class: 'govuk-button-group' },
      button('Print the person’s plan', () => page.show('print'), 'secondary'),
      button(
        'Download the plan (JSON)',
        () =>
          downloadJson(
            mentoringPlanRecord(c),
            `attune-action-plan-${(c.closedAt ?? new Date().toISOString()).slice(0, 10)}.json`,
          ),
        'secondary',
      ),
      button(
        'Delete it and start a new check',
        () => {
          remove(keys.mentoringPlan);
          location.reload();
        },
        'warning',
      ),
    ),
  ];
}
