import { answerLabels, removedQuestions, reviewRows } from '@attune/sdk/screening';
import { button, safeguardingPanel } from './common';
import { disclosureControl } from './disclosure';
import { fromTemplate, h, hidden, linkButton } from './dom';
import type { View } from './types';

/** Check your answers: every shown question, grouped by section, each with a Change link. */
export function reviewView(view: View): Node[] {
  const { questionnaire: q, snapshot, page } = view;
  const rows = reviewRows(q, snapshot);
  const removed = removedQuestions(q, snapshot);
  const sections = q.sections.filter((s) => rows.some((r) => r.section.id === s.id));
  return [
    linkButton('Back', () => view.send({ type: 'BACK' }), 'govuk-back-link attune-link-button'),
    safeguardingPanel(view),
    removed.length
      ? h(
          'div',
          {
            class: 'govuk-notification-banner',
            role: 'region',
            'aria-labelledby': 'removed-title',
            'data-testid': 'removed',
          },
          h(
            'div',
            { class: 'govuk-notification-banner__header' },
            h(
              'h2',
              { class: 'govuk-notification-banner__title', id: 'removed-title' },
              'Some answers were removed',
            ),
          ),
          h(
            'div',
            { class: 'govuk-notification-banner__content' },
            fromTemplate('tpl-removed'),
            h(
              'ul',
              { class: 'govuk-list govuk-list--bullet' },
              removed.map((i) => h('li', {}, i.text)),
            ),
          ),
        )
      : null,
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'Check the answers'),
    fromTemplate('tpl-review-intro'),
    ...sections.flatMap((section) => [
      h('h2', { class: 'govuk-heading-m' }, section.title),
      h(
        'dl',
        { class: 'govuk-summary-list' },
        rows
          .filter((r) => r.section.id === section.id)
          .map((r) => ({
            ...r,
            // In Easy Read the review shows the Easy Read words the person chose from.
            labels: page.easyRead
              ? answerLabels(r.item, snapshot.context.answers[r.item.id], true)
              : r.labels,
          }))
          .map((r) =>
            h(
              'div',
              { class: 'govuk-summary-list__row' },
              h(
                'dt',
                { class: 'govuk-summary-list__key' },
                page.easyRead ? r.item.easyRead : r.item.text,
              ),
              h(
                'dd',
                { class: 'govuk-summary-list__value' },
                r.skipped
                  ? h('span', { class: 'govuk-hint govuk-!-margin-bottom-0' }, 'Prefer not to say')
                  : r.labels.length > 1
                    ? h(
                        'ul',
                        { class: 'govuk-list' },
                        r.labels.map((l) => h('li', {}, l)),
                      )
                    : (r.labels[0] ?? ''),
              ),
              h(
                'dd',
                { class: 'govuk-summary-list__actions' },
                linkButton(
                  ['Change', hidden(` answer to: ${r.item.text}`)],
                  () => view.send({ type: 'CHANGE', itemId: r.item.id }),
                  'govuk-link attune-link-button',
                  { 'data-change': r.item.id },
                ),
              ),
            ),
          ),
      ),
    ]),
    disclosureControl(view),
    fromTemplate('tpl-review-finish'),
    button(
      'Finish and see the outcome',
      () => view.send({ type: 'SUBMIT', at: new Date().toISOString() }),
      '',
      { 'data-testid': 'submit' },
    ),
  ].filter(Boolean) as Node[];
}
