import { longDate } from '../dates';
import { mentoringPlanRecord, STEP_STATUSES, type MentoringContext } from '@attune/sdk/mentoring';
import { button } from '../screening/common';
import { downloadJson, fromTemplate, h, type Child } from '../screening/dom';
import {
  adjustmentsNote,
  caption,
  heading,
  stepsTable,
  type PlanPage,
  type Snapshot,
} from './plan-parts';
import { areaLabel, statusWords } from './words';

export function planView(page: PlanPage, snap: Snapshot): Child[] {
  const c = snap.context;
  const counts = (m: MentoringContext['meetings'][number]) =>
    STEP_STATUSES.map((s) => [s, m.updates.filter((u) => u.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${statusWords[s].text.toLowerCase()}`)
      .join(', ');
  return [
    page.flash
      ? h(
          'div',
          {
            class: 'govuk-notification-banner govuk-notification-banner--success',
            role: 'alert',
            tabindex: '-1',
            'aria-labelledby': 'flash-title',
            'data-testid': 'flash',
          },
          h(
            'div',
            { class: 'govuk-notification-banner__header' },
            h('h2', { class: 'govuk-notification-banner__title', id: 'flash-title' }, 'Success'),
          ),
          h(
            'div',
            { class: 'govuk-notification-banner__content' },
            h('p', { class: 'govuk-notification-banner__heading' }, page.flash),
          ),
        )
      : null,
    caption(),
    heading('Action plan'),
    c.agreedAt
      ? h('p', { class: 'govuk-body' }, `Agreed with the person on ${longDate(c.agreedAt)}.`)
      : null,
    adjustmentsNote(page, c),
    c.goals.map((g, i) => [
      h(
        'h2',
        { class: 'govuk-heading-l' },
        h('span', { class: 'govuk-caption-m' }, areaLabel(page.q, g.area)),
        `Goal ${i + 1}: ${g.title}`,
      ),
      stepsTable(g.steps, undefined, true),
    ]),
    h('h2', { class: 'govuk-heading-l' }, 'Meetings'),
    c.meetings.length
      ? h(
          'ol',
          { class: 'govuk-list govuk-list--number', 'data-testid': 'meetings' },
          c.meetings.map((m) =>
            h('li', {}, `${m.at ? longDate(m.at) : 'Date not recorded'}: ${counts(m)}`),
          ),
        )
      : h(
          'p',
          { class: 'govuk-body' },
          'No meetings recorded yet. At each meeting, record what got done, what is under way and what is stuck.',
        ),
    h(
      'div',
      { class: 'govuk-button-group' },
      button('Record a meeting', () => page.show('meeting'), '', {
        'data-testid': 'record-meeting',
      }),
      button('Print the person’s plan', () => page.show('print'), 'secondary', {
        'data-testid': 'print-plan',
      }),
      button(
        'Download the plan (JSON)',
        () =>
          downloadJson(
            mentoringPlanRecord(c),
            `attune-action-plan-${(c.agreedAt ?? new Date().toISOString()).slice(0, 10)}.json`,
          ),
        'secondary',
        { 'data-testid': 'download-plan' },
      ),
    ),
    savingToggle(page),
    h('h2', { class: 'govuk-heading-m' }, 'When the mentoring ends'),
    h(
      'p',
      { class: 'govuk-body' },
      'Close the plan when the goals are met or the mentoring stops. You can still print and download it, but no more meetings can be added.',
    ),
    button('Close the plan', () => page.show('close'), 'warning'),
  ];
}

export function savingToggle(page: PlanPage): HTMLElement {
  return h(
    'div',
    { class: 'govuk-form-group' },
    h(
      'div',
      { class: 'govuk-checkboxes govuk-checkboxes--small' },
      h(
        'div',
        { class: 'govuk-checkboxes__item' },
        h('input', {
          class: 'govuk-checkboxes__input',
          id: 'keep-plan',
          type: 'checkbox',
          checked: page.saving,
          'aria-describedby': 'keep-plan-hint',
          onchange: (e: Event) => {
            page.setSaving((e.target as HTMLInputElement).checked);
          },
        }),
        h(
          'label',
          { class: 'govuk-label govuk-checkboxes__label', for: 'keep-plan' },
          'Keep this plan on this device, to update it at the next meeting',
        ),
        h(
          'div',
          { class: 'govuk-hint govuk-checkboxes__hint', id: 'keep-plan-hint' },
          fromTemplate('tpl-saving-hint'),
          ' If you do not keep it, download it before you close the page.',
        ),
      ),
    ),
  );
}
