import { h } from './dom';
import { readAloud } from './read-aloud';
import type { View } from './types';

/** Easy Read and Read aloud, on the consent step and every question. */
export function toolbar(view: View, spoken: () => string): HTMLElement {
  const { page } = view;
  return h(
    'div',
    { class: 'attune-toolbar attune-no-print' },
    h(
      'div',
      { class: 'govuk-checkboxes govuk-checkboxes--small' },
      h(
        'div',
        { class: 'govuk-checkboxes__item' },
        h('input', {
          class: 'govuk-checkboxes__input',
          id: 'easy-read',
          type: 'checkbox',
          checked: page.easyRead,
          onchange: (e: Event) => {
            page.easyRead = (e.target as HTMLInputElement).checked;
            view.refresh();
          },
        }),
        h('label', { class: 'govuk-label govuk-checkboxes__label', for: 'easy-read' }, 'Easy Read'),
      ),
    ),
    readAloud(spoken),
  );
}
