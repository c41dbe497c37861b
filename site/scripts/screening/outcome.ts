import type { ScreeningRecord } from '@attune/sdk/screening';
import { YES_SAYING_NOTE } from '@attune/sdk/questionnaire';
import { button, notDiagnosis, safeguardingPanel } from './common';
import { screeningRecordsCsv } from '@attune/sdk/interop';
import { downloadJson, downloadText, fromTemplate, h } from './dom';
import type { View } from './types';

const levelWords = {
  strong: 'Clear need',
  some: 'Some need',
  none: 'No need found',
  unknown: 'Not enough answers',
} as const;

/** The outcome: strengths first, then needs by area, adjustments, referral and next steps. */
export function outcomeView(view: View): Node[] {
  const record = view.snapshot.context.record as ScreeningRecord;
  const { questionnaire: q } = view;
  const domain = (id: string) => q.domains.find((d) => d.id === id)!;
  const itemText = (id: string) => q.items.find((i) => i.id === id)?.text ?? id;
  const needs = record.profile.domains
    .filter((d) => d.level === 'strong' || d.level === 'some')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1));
  const none = record.profile.domains.filter((d) => d.level === 'none');
  const unknown = record.profile.domains.filter((d) => d.level === 'unknown');
  const adjustments = record.recommendedAdjustments
    .map((id) => view.catalogue.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  const wants = record.diagnosis.wanted;

  return [
    h('span', { class: 'govuk-caption-l' }, 'Needs screening'),
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'Screening outcome'),
    notDiagnosis(),
    safeguardingPanel(view),

    h('h2', { class: 'govuk-heading-l' }, 'Strengths'),
    record.strengths.length
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', 'data-testid': 'strengths' },
          record.strengths.map((s) => h('li', {}, s)),
        )
      : fromTemplate('tpl-no-strengths'),

    h('h2', { class: 'govuk-heading-l' }, 'Where the person may need support'),
    needs.length
      ? h(
          'div',
          { 'data-testid': 'needs' },
          needs.map((d) =>
            h(
              'div',
              { class: 'govuk-summary-card' },
              h(
                'div',
                { class: 'govuk-summary-card__title-wrapper' },
                h(
                  'h3',
                  { class: 'govuk-summary-card__title' },
                  `${domain(d.domain).label}: ${levelWords[d.level].toLowerCase()}`,
                ),
              ),
              h(
                'div',
                { class: 'govuk-summary-card__content' },
                h('p', { class: 'govuk-body' }, domain(d.domain).description),
                d.items.length
                  ? h(
                      'p',
                      { class: 'govuk-body-s govuk-!-margin-bottom-1' },
                      'Answers behind this:',
                    )
                  : null,
                d.items.length
                  ? h(
                      'ul',
                      { class: 'govuk-list govuk-list--bullet govuk-body-s' },
                      d.items.map((id) => h('li', {}, itemText(id))),
                    )
                  : null,
                d.confidence === 'reduced'
                  ? h(
                      'p',
                      { class: 'govuk-body-s' },
                      `${d.skipped} question${d.skipped === 1 ? ' was' : 's were'} skipped here, so there may be more to find out.`,
                    )
                  : null,
              ),
            ),
          ),
        )
      : fromTemplate('tpl-no-needs'),
    none.length
      ? h(
          'p',
          { class: 'govuk-body' },
          h('strong', {}, 'No need found in: '),
          none.map((d) => domain(d.domain).label).join('; '),
          '.',
        )
      : null,
    unknown.length
      ? h(
          'p',
          { class: 'govuk-body' },
          h('strong', {}, 'Not enough answers to say for: '),
          unknown.map((d) => domain(d.domain).label).join('; '),
          '. Too few of these questions were answered to say either way. The person can choose not to answer, which is their right.',
        )
      : null,
    // Shown to the practitioner as a prompt to check, never to discount what the person said.
    record.answerPattern?.agreeingWithEverything
      ? h(
          'div',
          { class: 'govuk-inset-text', 'data-testid': 'yes-saying' },
          h('p', { class: 'govuk-body' }, YES_SAYING_NOTE),
          record.answerPattern.items.length
            ? h(
                'ul',
                { class: 'govuk-list govuk-list--bullet' },
                record.answerPattern.items.map((id) =>
                  h('li', {}, view.questionnaire.items.find((i) => i.id === id)?.text ?? id),
                ),
              )
            : null,
        )
      : null,

    h('h2', { class: 'govuk-heading-l' }, 'Reasonable adjustments that could help'),
    adjustments.length
      ? h(
          'ul',
          { class: 'govuk-list', 'data-testid': 'adjustments' },
          adjustments.map((a) =>
            h(
              'li',
              { class: 'govuk-!-margin-bottom-4' },
              h(
                'a',
                { class: 'govuk-link govuk-!-font-weight-bold', href: view.guidanceHref(a.id) },
                a.title,
              ),
              h('br'),
              a.summary,
              h('br'),
              h(
                'span',
                { class: 'govuk-body-s' },
                'Because of: ',
                a.domains
                  .filter((id) => needs.some((n) => n.domain === id))
                  .map((id) => domain(id).label)
                  .join(', '),
              ),
            ),
          ),
        )
      : h(
          'p',
          { class: 'govuk-body' },
          'No adjustments are suggested from these answers. The person can still ask for any adjustment they need.',
        ),

    h('h2', { class: 'govuk-heading-l' }, 'A diagnostic assessment'),
    h(
      'div',
      { 'data-testid': 'diagnosis' },
      fromTemplate(`tpl-diagnosis-${wants ?? 'unanswered'}`),
    ),
    record.referrals.length
      ? h(
          'div',
          { 'data-testid': 'referrals' },
          record.referrals.map((r) =>
            h(
              'div',
              {},
              h('h3', { class: 'govuk-heading-s' }, r.title),
              h('p', { class: 'govuk-body' }, r.advice),
            ),
          ),
        )
      : null,

    h('h2', { class: 'govuk-heading-l' }, 'Next steps for you'),
    h(
      'ol',
      { class: 'govuk-list govuk-list--number' },
      record.flags.length
        ? h(
            'li',
            {},
            'Act on the safeguarding concern above, following your organisation’s procedure.',
          )
        : null,
      fromTemplate('tpl-next-steps'),
    ),

    h(
      'div',
      { class: 'govuk-button-group attune-no-print' },
      view.plan
        ? button('Print the person’s adjustment plan', () => view.setOverlay('plan'), '', {
            'data-testid': 'open-plan',
          })
        : button('Agree the adjustment plan with the person', () => view.agree(), '', {
            'data-testid': 'agree-plan',
          }),
      button(
        'Download the record (JSON)',
        () =>
          downloadJson(
            record,
            `attune-screening-${(record.completedAt ?? 'record').slice(0, 10)}.json`,
          ),
        'secondary',
        { 'data-testid': 'download' },
      ),
      button(
        'Download the record (CSV)',
        () =>
          downloadText(
            screeningRecordsCsv([record], q),
            `attune-screening-${(record.completedAt ?? 'record').slice(0, 10)}.csv`,
            'text/csv',
          ),
        'secondary',
        { 'data-testid': 'download-csv' },
      ),
      button('Start a new screening', () => view.startAgain(), 'secondary'),
    ),
  ].filter(Boolean) as Node[];
}
