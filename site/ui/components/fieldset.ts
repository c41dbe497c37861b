import { cx, h, type ComponentChildren } from '../h';
import type { FieldsetParams } from './types';

/** govukFieldset; a legend that is the page heading holds the h1, with an optional caption before it. */
export function Fieldset({
  describedBy,
  legend,
  classes,
  role,
  attributes,
  children,
}: FieldsetParams & { children?: ComponentChildren }) {
  return h(
    'fieldset',
    {
      class: cx('govuk-fieldset', classes),
      role,
      'aria-describedby': describedBy || undefined,
      ...attributes,
    },
    legend
      ? h(
          'legend',
          { class: cx('govuk-fieldset__legend', legend.classes) },
          legend.caption
            ? h('span', { class: 'govuk-caption-l', 'data-testid': 'progress' }, legend.caption)
            : null,
          legend.isPageHeading || legend.headingLevel
            ? h(
                `h${legend.isPageHeading ? 1 : legend.headingLevel}`,
                { class: 'govuk-fieldset__heading' },
                legend.text,
              )
            : legend.text,
        )
      : null,
    children,
  );
}
