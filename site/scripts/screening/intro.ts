import { button } from './common';
import { fromTemplate, h } from './dom';
import type { View } from './types';

/** Before you start: what the screening is and is not, how long, skipping and stopping, saving. */
export function introView(view: View, saved: SavedOffer | null): Node[] {
  const { noun } = view;
  const { questionnaire: q, page } = view;
  return [
    h('span', { class: 'govuk-caption-l' }, view.caption),
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'Before you start'),
    saved ? savedPanel(saved, noun) : null,
    h('p', { class: 'govuk-body-l' }, page.easyRead ? q.intro.easyRead : q.intro.text),
    fromTemplate('tpl-intro'),
    savingToggle(view),
    button(
      `Start the ${view.noun}`,
      () => view.send({ type: 'START', at: new Date().toISOString() }),
      '',
      { 'data-testid': 'start' },
    ),
    view.introExtra?.() ?? null,
  ].filter(Boolean) as Node[];
}

export function savingToggle(view: View): HTMLElement {
  return h(
    'div',
    { class: 'govuk-form-group' },
    h(
      'div',
      { class: 'govuk-checkboxes govuk-checkboxes--small' },
      h(
        'div',
        { class: 'govuk-checkboxes__item' },
        h('input', {
          class: 'govuk-checkboxes__input',
          id: 'save-on-device',
          type: 'checkbox',
          checked: view.saving,
          'aria-describedby': 'save-on-device-hint',
          onchange: (e: Event) => view.setSaving((e.target as HTMLInputElement).checked),
        }),
        h(
          'label',
          { class: 'govuk-label govuk-checkboxes__label', for: 'save-on-device' },
          `Save on this device, so the ${view.noun} can be carried on later`,
        ),
        h(
          'div',
          { class: 'govuk-hint govuk-checkboxes__hint', id: 'save-on-device-hint' },
          fromTemplate('tpl-saving-hint'),
        ),
      ),
    ),
  );
}

export type SavedOffer =
  | { kind: 'resumable'; resume: () => void; discard: () => void }
  | { kind: 'broken'; message: string; discard: () => void };

function savedPanel(saved: SavedOffer, noun: string): HTMLElement {
  if (saved.kind === 'broken') {
    return h(
      'div',
      {
        class: 'govuk-notification-banner',
        role: 'region',
        'aria-labelledby': 'saved-title',
        'data-testid': 'saved-broken',
      },
      h(
        'div',
        { class: 'govuk-notification-banner__header' },
        h(
          'h2',
          { class: 'govuk-notification-banner__title', id: 'saved-title' },
          `A saved ${noun} cannot be opened`,
        ),
      ),
      h(
        'div',
        { class: 'govuk-notification-banner__content' },
        h('p', { class: 'govuk-body' }, saved.message),
        button(`Delete the saved ${noun}`, saved.discard, 'warning'),
      ),
    );
  }
  return h(
    'div',
    {
      class: 'govuk-notification-banner',
      role: 'region',
      'aria-labelledby': 'saved-title',
      'data-testid': 'saved-resumable',
    },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h(
        'h2',
        { class: 'govuk-notification-banner__title', id: 'saved-title' },
        `A ${noun} is saved on this device`,
      ),
    ),
    h(
      'div',
      { class: 'govuk-notification-banner__content' },
      h(
        'p',
        { class: 'govuk-notification-banner__heading' },
        'You can carry on where you left off, or delete it.',
      ),
      h(
        'div',
        { class: 'govuk-button-group' },
        button(`Carry on the saved ${noun}`, saved.resume, '', { 'data-testid': 'resume' }),
        button('Delete it', saved.discard, 'secondary'),
      ),
    ),
  );
}
