import type { Questionnaire } from '@attune/sdk/questionnaire';
import { fromTemplate, hidden } from '../screening/dom';

/** The intro's "open an action plan file" control: the file is read here and the plan takes over the page. */
export function planOpener(root: HTMLElement, questionnaire: Questionnaire): Node {
  const box = fromTemplate('tpl-plan-open');
  const group = box.querySelector<HTMLElement>('[data-plan-open]')!;
  const error = box.querySelector<HTMLElement>('#plan-open-error')!;
  box.querySelector<HTMLInputElement>('#plan-open')!.addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    void Promise.all([file.text(), import('./plan-app')]).then(([text, plan]) => {
      const problem = plan.openPlanRecord(root, questionnaire, text);
      group.classList.toggle('govuk-form-group--error', problem !== null);
      error.hidden = problem === null;
      error.replaceChildren(...(problem ? [hidden('Error: '), problem] : []));
    });
  });
  return box;
}
