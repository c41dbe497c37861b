import { longDate } from '../dates';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { agreedIds, keptAdjustmentPlan, parseAdjustmentPlan } from '../adjustment-plan';
import { button, safeguardingPanel } from '../screening/common';
import { downloadJson, fromTemplate, h, hidden, nodes } from '../screening/dom';
import type { View } from '../screening/types';
import { areaLabel, barrierWords } from './words';

// An adjustment plan opened from a file for this check; a mentor often works on another device
// from the practitioner who agreed it. Held in the page only.
let opened: { check: ScreeningRecord; ids: string[] } | null = null;

/** Where the person's adjustment plan comes from: this device, a file the mentor opens, or nowhere. */
function adjustmentPlanSource(check: ScreeningRecord): Node {
  if (opened?.check !== check) opened = null; // a new check is for someone else
  if (keptAdjustmentPlan())
    return h(
      'p',
      { class: 'govuk-body', 'data-testid': 'plan-source' },
      'The person’s adjustment plan is saved on this device. Their action plan will follow it.',
    );
  const status = h(
    'p',
    { class: 'govuk-body', role: 'status', 'data-testid': 'plan-source' },
    opened ? 'The adjustment plan from the file will be used.' : '',
  );
  const error = h('p', {
    class: 'govuk-error-message',
    id: 'plan-file-error',
    role: 'alert',
    hidden: true,
  });
  const group = h(
    'div',
    { class: 'govuk-form-group' },
    h(
      'label',
      { class: 'govuk-label govuk-label--s', for: 'plan-file' },
      'Open the person’s adjustment plan (optional)',
    ),
    h(
      'div',
      { class: 'govuk-hint', id: 'plan-file-hint' },
      'If they agreed a plan after their screening, open the file that was downloaded then (it ends in .json). Their action plan will follow it, for example in Easy Read. The file stays on this device.',
    ),
    error,
    h('input', {
      class: 'govuk-file-upload',
      id: 'plan-file',
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': 'plan-file-hint plan-file-error',
      onchange: (e: Event) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (!file) return;
        void file.text().then((text) => {
          const plan = parseAdjustmentPlan(text);
          group.classList.toggle('govuk-form-group--error', !plan);
          error.hidden = !!plan;
          error.replaceChildren(
            ...(plan
              ? []
              : [
                  hidden('Error: '),
                  'This file is not an Attune adjustment plan. Choose the file downloaded after the screening, or carry on without it.',
                ]),
          );
          opened = plan ? { check, ids: agreedIds(plan) } : null;
          status.textContent = opened
            ? `The adjustment plan agreed${plan!.agreedAt ? ` on ${longDate(plan!.agreedAt)}` : ''} will be used: ${opened.ids.length} adjustment${opened.ids.length === 1 ? '' : 's'} agreed.`
            : '';
        });
      },
    }),
  );
  return h('div', {}, group, status);
}

// Loaded when the practical-support check completes: its summary, then the hand-off to the plan.
export const outcomeTitle = 'What the check found';

/** The check's summary: barriers by area (biggest first), what the person wants to sort first. */
export function outcomeView(view: View): Node[] {
  const record = view.snapshot.context.record as ScreeningRecord;
  const q = view.questionnaire;
  const barriers = record.profile.domains
    .filter((d) => d.level === 'strong' || d.level === 'some')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1));
  const clear = record.profile.domains.filter((d) => d.level === 'none');
  const unknown = record.profile.domains.filter((d) => d.level === 'unknown');
  const first = record.answers['first-change'];
  const firstLabel =
    typeof first === 'string'
      ? q.items.find((i) => i.id === 'first-change')?.options?.find((o) => o.value === first)?.label
      : undefined;
  return nodes([
    h('span', { class: 'govuk-caption-l' }, view.caption),
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, outcomeTitle),
    fromTemplate('tpl-check-not-assessment'),
    safeguardingPanel(view),
    h('h2', { class: 'govuk-heading-l' }, 'What the person wants to sort first'),
    h(
      'p',
      { class: 'govuk-body-l', 'data-testid': 'first-choice' },
      firstLabel ?? 'They did not choose. Ask them when you agree the plan.',
    ),
    h('h2', { class: 'govuk-heading-l' }, 'What is getting in the way'),
    barriers.length
      ? h(
          'dl',
          { class: 'govuk-summary-list', 'data-testid': 'barriers' },
          barriers.map((d) =>
            h(
              'div',
              { class: 'govuk-summary-list__row' },
              h('dt', { class: 'govuk-summary-list__key' }, areaLabel(q, d.domain)),
              h(
                'dd',
                { class: 'govuk-summary-list__value' },
                barrierWords[d.level as 'strong' | 'some'],
              ),
            ),
          ),
        )
      : fromTemplate('tpl-no-barriers'),
    clear.length
      ? [
          h('h2', { class: 'govuk-heading-m' }, 'Going well, or no problem found'),
          h('p', { class: 'govuk-body' }, clear.map((d) => areaLabel(q, d.domain)).join(', '), '.'),
        ]
      : null,
    unknown.length
      ? [
          h('h2', { class: 'govuk-heading-m' }, 'Not enough answers to say'),
          h(
            'p',
            { class: 'govuk-body' },
            unknown.map((d) => areaLabel(q, d.domain)).join(', '),
            '.',
          ),
        ]
      : null,
    h('h2', { class: 'govuk-heading-l' }, 'Next: agree an action plan'),
    adjustmentPlanSource(record),
    h(
      'div',
      { class: 'govuk-button-group' },
      button(
        'Agree an action plan',
        () => {
          void import('./plan-app').then((plan) =>
            plan.startPlanFromCheck(view.root, q, record, view.saving, opened?.ids),
          );
        },
        '',
        { 'data-testid': 'agree-plan' },
      ),
      button(
        'Download the check (JSON)',
        () =>
          downloadJson(
            record,
            `attune-check-${(record.completedAt ?? 'record').slice(0, 10)}.json`,
          ),
        'secondary',
      ),
      button('Start a new check', () => view.startAgain(), 'secondary'),
    ),
  ]);
}
