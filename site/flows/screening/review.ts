import { answerLabels, removedQuestions, reviewRows } from '@attune/sdk/screening';
import { Button } from '../../ui/components/button';
import { Hint } from '../../ui/components/hint';
import { NotificationBanner } from '../../ui/components/notification-banner';
import { SummaryList } from '../../ui/components/summary-list';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { Prose } from '../../ui/prose';
import { SafeguardingMarker } from './safeguarding';
import type { Ctx } from './types';

/** Check your answers: every shown question, grouped by section, each with a Change link. */
export function ReviewView({ ctx }: { ctx: Ctx }) {
  const { questionnaire: q, snapshot, page } = ctx;
  const rows = reviewRows(q, snapshot);
  const removed = removedQuestions(q, snapshot);
  const sections = q.sections.filter((s) => rows.some((r) => r.section.id === s.id));
  return [
    h(SafeguardingMarker, { ctx }),
    removed.length
      ? h(
          NotificationBanner,
          {
            titleId: 'removed-title',
            titleText: t('run.review.removedTitle'),
            attributes: { 'data-testid': 'removed' },
          },
          h('p', { class: 'govuk-body' }, t('run.review.removedText')),
          h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            removed.map((i) => h('li', { key: i.id }, i.text)),
          ),
        )
      : null,
    h('h1', { class: 'govuk-heading-xl' }, t('run.review.title')),
    h('p', { class: 'govuk-body' }, t('run.review.intro')),
    sections.map((section) => [
      h('h2', { class: 'govuk-heading-m', key: section.id }, section.title),
      h(SummaryList, {
        rows: rows
          .filter((r) => r.section.id === section.id)
          // In Easy Read the review shows the Easy Read words the person chose from.
          .map((r) =>
            page.easyRead
              ? { ...r, labels: answerLabels(r.item, snapshot.context.answers[r.item.id], true) }
              : r,
          )
          .map((r) => ({
            key: { text: page.easyRead ? r.item.easyRead : r.item.text },
            value: {
              text: r.skipped
                ? h(Hint, { text: t('run.review.skipped'), classes: 'govuk-!-margin-bottom-0' })
                : r.labels.length > 1
                  ? h(
                      'ul',
                      { class: 'govuk-list' },
                      r.labels.map((l) => h('li', { key: l }, l)),
                    )
                  : (r.labels[0] ?? ''),
            },
            actions: {
              items: [
                {
                  text: t('run.review.change'),
                  visuallyHiddenText: t('run.review.changeHidden', { question: r.item.text }),
                  onClick: () => ctx.send({ type: 'CHANGE', itemId: r.item.id }),
                  attributes: { 'data-change': r.item.id },
                },
              ],
            },
          })),
      }),
    ]),
    h(Prose, { html: ctx.slots.finish }),
    h(Button, {
      text: t('run.review.submit'),
      onClick: () => ctx.send({ type: 'SUBMIT', at: new Date().toISOString() }),
      attributes: { 'data-testid': 'submit' },
    }),
  ];
}
