import type { ScreeningRecord } from '@attune/sdk/screening';
import { button, safeguardingPanel } from '../screening/common';
import { downloadJson, fromTemplate, h, nodes } from '../screening/dom';
import type { View } from '../screening/types';
import { areaLabel, barrierWords } from './words';

// Loaded when the practical-support check completes: its summary, then the hand-off to the plan.
export const outcomeTitle = 'What the check found';

/** The check's summary: barriers by area (biggest first), what the person wants to sort first. */
export function outcomeView(view: View): Node[] {
  const record = view.snapshot.context.record as ScreeningRecord;
  const q = view.questionnaire;
  const barriers = record.profile.domains.filter((d) => d.level === 'strong' || d.level === 'some').sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1));
  const clear = record.profile.domains.filter((d) => d.level === 'none');
  const unknown = record.profile.domains.filter((d) => d.level === 'unknown');
  const first = record.answers['first-change'];
  const firstLabel = typeof first === 'string' ? q.items.find((i) => i.id === 'first-change')?.options?.find((o) => o.value === first)?.label : undefined;
  return nodes([
    h('span', { class: 'govuk-caption-l' }, view.caption),
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, outcomeTitle),
    fromTemplate('tpl-check-not-assessment'),
    safeguardingPanel(view),
    h('h2', { class: 'govuk-heading-l' }, 'What the person wants to sort first'),
    h('p', { class: 'govuk-body-l', 'data-testid': 'first-choice' }, firstLabel ?? 'They did not choose. Ask them when you agree the plan.'),
    h('h2', { class: 'govuk-heading-l' }, 'What is getting in the way'),
    barriers.length
      ? h('dl', { class: 'govuk-summary-list', 'data-testid': 'barriers' },
          barriers.map((d) => h('div', { class: 'govuk-summary-list__row' },
            h('dt', { class: 'govuk-summary-list__key' }, areaLabel(q, d.domain)),
            h('dd', { class: 'govuk-summary-list__value' }, barrierWords[d.level as 'strong' | 'some']),
          )))
      : fromTemplate('tpl-no-barriers'),
    clear.length ? [h('h2', { class: 'govuk-heading-m' }, 'Going well, or no problem found'), h('p', { class: 'govuk-body' }, clear.map((d) => areaLabel(q, d.domain)).join(', '), '.')] : null,
    unknown.length ? [h('h2', { class: 'govuk-heading-m' }, 'Not enough answers to say'), h('p', { class: 'govuk-body' }, unknown.map((d) => areaLabel(q, d.domain)).join(', '), '.')] : null,
    h('div', { class: 'govuk-button-group' },
      button('Agree an action plan', () => {
        void import('./plan-app').then((plan) => plan.startPlanFromCheck(view.root, q, record, view.saving));
      }, '', { 'data-testid': 'agree-plan' }),
      button('Download the check (JSON)', () => downloadJson(record, `attune-check-${(record.completedAt ?? 'record').slice(0, 10)}.json`), 'secondary'),
      button('Start a new check', () => view.startAgain(), 'secondary'),
    ),
  ]);
}
