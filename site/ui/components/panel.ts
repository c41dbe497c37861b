import { cx, h, type ComponentChildren } from '../h';

/** govukPanel; as the page's heading by default (headingLevel 1). */
export const Panel = (p: {
  titleText: ComponentChildren;
  text?: ComponentChildren;
  headingLevel?: 1 | 2 | 3;
  classes?: string;
}) =>
  h(
    'div',
    { class: cx('govuk-panel govuk-panel--confirmation', p.classes) },
    h(`h${p.headingLevel ?? 1}`, { class: 'govuk-panel__title' }, p.titleText),
    p.text ? h('div', { class: 'govuk-panel__body' }, p.text) : null,
  );
