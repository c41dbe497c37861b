import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

/** govukDetails */
export const Details = (p: {
  summaryText: ComponentChildren;
  children?: ComponentChildren;
  open?: boolean;
  classes?: string;
  attributes?: Attributes;
}) =>
  h(
    'details',
    { class: cx('govuk-details', p.classes), open: p.open, ...p.attributes },
    h(
      'summary',
      { class: 'govuk-details__summary' },
      h('span', { class: 'govuk-details__summary-text' }, p.summaryText),
    ),
    h('div', { class: 'govuk-details__text' }, p.children),
  );
