import { h, type ComponentChildren } from '../h';
import { t } from '../messages';

/** govukWarningText */
export const WarningText = (p: { text: ComponentChildren; iconFallbackText?: string }) =>
  h(
    'div',
    { class: 'govuk-warning-text' },
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h(
      'strong',
      { class: 'govuk-warning-text__text' },
      h('span', { class: 'govuk-visually-hidden' }, p.iconFallbackText ?? t('warning')),
      ' ',
      p.text,
    ),
  );
