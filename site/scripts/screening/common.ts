import { safeguardingGuidance } from '@attune/sdk/screening';
import { fromTemplate, h } from './dom';
import { service } from '../../service';
import type { View } from './types';

/** Shown on every screen that shows results. */
export function notDiagnosis(): Node {
  return fromTemplate('tpl-not-diagnosis');
}

/** The safeguarding panel: shown at once when an answer raises a flag, and on every step after. */
export function safeguardingPanel(view: View): HTMLElement | null {
  const flags = view.snapshot.context.flags;
  if (flags.length === 0) return null;
  return h(
    'div',
    {
      class: 'attune-safeguarding',
      role: 'region',
      'aria-labelledby': 'safeguarding-title',
      tabindex: '-1',
      'data-testid': 'safeguarding',
    },
    h(
      'h2',
      { class: 'govuk-heading-m', id: 'safeguarding-title' },
      'Safeguarding: act on this now',
    ),
    ...flags.flatMap((f) => {
      const guide = safeguardingGuidance(view.questionnaire, f, service);
      const list = (title: string, items: readonly string[]) => [
        h('h3', { class: 'govuk-heading-s' }, title),
        h(
          'ul',
          { class: 'govuk-list govuk-list--bullet' },
          items.map((i) => h('li', {}, i)),
        ),
      ];
      return [
        h('p', { class: 'govuk-body' }, f.message),
        ...(guide
          ? [
              ...list('Ask next', guide.askNext),
              ...list('Tell today', [guide.tellToday]),
              ...list('Where the person can get help', guide.signposting),
            ]
          : []),
      ];
    }),
    fromTemplate('tpl-safeguarding-action'),
  );
}

export function errorSummary(message: string, href: string): HTMLElement {
  return h(
    'div',
    {
      class: 'govuk-error-summary',
      tabindex: '-1',
    },
    h(
      'div',
      { role: 'alert' },
      h(
        'h2',
        { class: 'govuk-error-summary__title', id: 'error-summary-title' },
        'There is a problem',
      ),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        h(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          h('li', {}, h('a', { href }, message)),
        ),
      ),
    ),
  );
}

export function button(
  text: string,
  onClick: () => void,
  variant: '' | 'secondary' | 'warning' = '',
  attrs: Record<string, string> = {},
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: `govuk-button${variant ? ` govuk-button--${variant}` : ''}`,
      onclick: onClick,
      ...attrs,
    },
    text,
  );
}

export function submitButton(text: string): HTMLElement {
  return h('button', { type: 'submit', class: 'govuk-button' }, text);
}
