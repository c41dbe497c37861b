import { h, type ComponentChildren } from '../h';
import { t } from '../messages';
import type { Attributes } from './types';

export interface ErrorSummaryItem {
  text: ComponentChildren;
  /** The field to go to; without one (an error about no field, such as a failed save) the item is text. */
  href?: string;
}

export interface ErrorSummaryParams {
  titleText?: string;
  descriptionText?: ComponentChildren;
  errorList: ErrorSummaryItem[];
  attributes?: Attributes;
}

/**
 * What govuk-frontend's error-summary script does on a link: move to the field and scroll its
 * question (legend or label) into view, not just the input, which can sit below the fold.
 */
function followLink(e: MouseEvent, href: string) {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  e.preventDefault();
  // A link to a group (a date input's boxes) goes to its first box, as the pattern asks.
  const input = target.matches('input, select, textarea, button')
    ? target
    : (target.querySelector<HTMLElement>('input, select, textarea') ?? target);
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * govukErrorSummary. role="alert" is on the inner element only, as govuk-frontend has it; the
 * runner focuses the outer one (tabindex -1) when errors appear.
 */
export function ErrorSummary({
  titleText,
  descriptionText,
  errorList,
  attributes,
}: ErrorSummaryParams) {
  return h(
    'div',
    { class: 'govuk-error-summary', tabindex: -1, 'data-testid': 'error-summary', ...attributes },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, titleText ?? t('error.title')),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        descriptionText ? h('p', {}, descriptionText) : null,
        h(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          errorList.map((item, i) =>
            h(
              'li',
              { key: item.href ?? i },
              item.href
                ? h(
                    'a',
                    { href: item.href, onClick: (e: MouseEvent) => followLink(e, item.href!) },
                    item.text,
                  )
                : item.text,
            ),
          ),
        ),
      ),
    ),
  );
}
