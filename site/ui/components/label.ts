import { cx, h } from '../h';
import type { LabelParams } from './types';

/** govukLabel; as a page heading it sits inside the h1, as the macro puts it. */
export function Label({ text, for: htmlFor, classes, isPageHeading, caption }: LabelParams) {
  const label = h(
    'label',
    { class: cx('govuk-label', classes), for: htmlFor },
    caption ? h('span', { class: 'govuk-caption-l', 'data-testid': 'progress' }, caption) : null,
    text,
  );
  return isPageHeading ? h('h1', { class: 'govuk-label-wrapper' }, label) : label;
}
