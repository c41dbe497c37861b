import { cx, h, type ComponentChildren } from '../h';
import { LinkButton } from './button';
import type { Attributes } from './types';

export interface SummaryAction {
  text: ComponentChildren;
  visuallyHiddenText?: string;
  href?: string;
  /** Not in the macro: an action within the flow rather than a link. */
  onClick?: () => void;
  attributes?: Attributes;
}

export interface SummaryRow {
  key: { text: ComponentChildren };
  value: { text: ComponentChildren };
  actions?: { items: SummaryAction[] };
}

function action(a: SummaryAction) {
  const text = [
    a.text,
    a.visuallyHiddenText
      ? h('span', { class: 'govuk-visually-hidden' }, ` ${a.visuallyHiddenText}`)
      : null,
  ];
  return a.href
    ? h('a', { class: 'govuk-link', href: a.href, ...a.attributes }, text)
    : h(LinkButton, { text, onClick: a.onClick!, attributes: a.attributes });
}

/** govukSummaryList */
export const SummaryList = (p: { rows: SummaryRow[]; classes?: string; attributes?: Attributes }) =>
  h(
    'dl',
    { class: cx('govuk-summary-list', p.classes), ...p.attributes },
    p.rows.map((row, i) =>
      h(
        'div',
        { class: 'govuk-summary-list__row', key: i },
        h('dt', { class: 'govuk-summary-list__key' }, row.key.text),
        h('dd', { class: 'govuk-summary-list__value' }, row.value.text),
        row.actions?.items.length
          ? h(
              'dd',
              { class: 'govuk-summary-list__actions' },
              row.actions.items.length === 1
                ? action(row.actions.items[0])
                : h(
                    'ul',
                    { class: 'govuk-summary-list__actions-list' },
                    row.actions.items.map((a, j) =>
                      h(
                        'li',
                        { class: 'govuk-summary-list__actions-list-item', key: j },
                        action(a),
                      ),
                    ),
                  ),
            )
          : null,
      ),
    ),
  );
