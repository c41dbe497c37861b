import { button } from './common';
import { downloadJson, fromTemplate, h } from './dom';
import type { View } from './types';

/** Declined or withdrawn: nothing was kept. */
export function endedView(view: View): Node[] {
  const declined = view.snapshot.value === 'declined';
  return [
    h(
      'div',
      { class: 'govuk-panel govuk-panel--confirmation' },
      h(
        'h1',
        { class: 'govuk-panel__title', tabindex: '-1' },
        declined ? `The person chose not to do the ${view.noun}` : `The ${view.noun} has stopped`,
      ),
      h('div', { class: 'govuk-panel__body' }, 'No answers have been kept'),
    ),
    fromTemplate(declined ? 'tpl-declined' : 'tpl-withdrawn'),
    h(
      'div',
      { class: 'govuk-button-group' },
      button(`Start a new ${view.noun}`, () => view.startAgain()),
      // The evidence base counts declined and stopped screenings; this note holds no answers.
      button(
        'Download a note for the evidence base',
        () =>
          downloadJson(
            {
              kind: 'screening-ended',
              status: declined ? 'declined' : 'withdrawn',
              questionnaire: { id: view.questionnaire.id, version: view.questionnaire.version },
              endedAt: new Date().toISOString(),
            },
            `attune-screening-${declined ? 'declined' : 'stopped'}.json`,
          ),
        'secondary',
        { 'data-testid': 'ended-note' },
      ),
    ),
    h(
      'p',
      { class: 'govuk-body-s' },
      `The note says only that a ${view.noun} was declined or stopped, and when. It holds no answers.`,
    ),
  ];
}

/** Stopping asks once, because it deletes the answers. */
export function confirmStopView(view: View): Node[] {
  return [
    h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, `Stop the ${view.noun}?`),
    fromTemplate('tpl-stop'),
    h(
      'div',
      { class: 'govuk-button-group' },
      button(
        'Yes, stop and delete the answers',
        () => {
          view.setOverlay(null);
          view.send({ type: 'WITHDRAW', at: new Date().toISOString() });
        },
        'warning',
        { 'data-testid': 'confirm-stop' },
      ),
      button('No, carry on', () => view.setOverlay(null), 'secondary'),
    ),
  ];
}
