import { longDate } from '../dates';
import type { Actor, SnapshotFrom } from 'xstate';
import {
  presentation,
  type MentoringContext,
  type MentoringPlanMachine,
} from '@attune/sdk/mentoring';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import { fromTemplate, h } from '../screening/dom';
import { statusWords, whoWords } from './words';

/** Which page-only step is drawn over the machine's state. */
export type Overlay = 'meeting' | 'print' | 'close' | null;
export type Snapshot = SnapshotFrom<MentoringPlanMachine>;

/**
 * What the action plan's views share: the plan's actor, the page's own state (an overlay step,
 * a success message, errors found before the machine sees an event) and the fields typed so far.
 */
export interface PlanPage {
  q: Questionnaire;
  actor: Actor<MentoringPlanMachine>;
  /** Adjustment titles by id, to name what the person agreed to. */
  titles: Record<string, string>;
  overlay: Overlay;
  saving: boolean;
  setSaving(on: boolean): void;
  /** Said once on the next drawing, then cleared: "The meeting on … is recorded." */
  flash: string | null;
  // The machine keeps a failed meeting's error until the next good one; the page shows it only
  // straight after the failed attempt, not when the mentor comes back to the form later.
  meetingFailed: boolean;
  /** A step's fields are checked by the page first, so each problem is shown at its own field. */
  stepProblem: { field: 'text' | 'who' | 'by'; message: string } | null;
  /** What is wrong with a meeting's date, found by the page before the machine sees it. */
  meetingDateProblem: string | null;
  show(overlay: Overlay): void;
  render(): void;
  /** What has been typed but not yet accepted, so a redraw after an error never loses it. */
  keep(e: Event): void;
  field(name: string, fallback?: string): string;
  clear(...names: string[]): void;
}

export const caption = () => h('span', { class: 'govuk-caption-l' }, 'Action plan');

export const heading = (text: string) =>
  h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, text);

export const errorText = (c: MentoringContext, id: string) =>
  c.error
    ? h(
        'p',
        { class: 'govuk-error-message', id },
        h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
        c.error,
      )
    : null;

export const group = (c: MentoringContext, ...children: (Node | null)[]) =>
  h('div', { class: `govuk-form-group${c.error ? ' govuk-form-group--error' : ''}` }, ...children);

export const radios = (
  name: string,
  legend: string,
  choices: [string, string][],
  checked: string,
  hint?: string,
  error?: string | null,
) =>
  h(
    'div',
    { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
    h(
      'fieldset',
      {
        class: 'govuk-fieldset',
        'aria-describedby':
          [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].join(' ').trim() || null,
      },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      hint ? h('div', { class: 'govuk-hint', id: `${name}-hint` }, hint) : null,
      error
        ? h(
            'p',
            { class: 'govuk-error-message', id: `${name}-error` },
            h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
            error,
          )
        : null,
      h(
        'div',
        { class: 'govuk-radios govuk-radios--small' },
        choices.map(([value, label], i) =>
          h(
            'div',
            { class: 'govuk-radios__item' },
            h('input', {
              class: 'govuk-radios__input',
              id: `${name}-${i}`,
              name,
              type: 'radio',
              value,
              checked: value === checked,
            }),
            h('label', { class: 'govuk-label govuk-radios__label', for: `${name}-${i}` }, label),
          ),
        ),
      ),
    ),
  );

/** The agreed adjustments that change how the plan is given, said where the mentor will see them. */
export function adjustmentsNote(page: PlanPage, c: MentoringContext): Node {
  const how = presentation(c);
  if (c.adjustments.length === 0) return fromTemplate('tpl-no-adjustment-plan');
  return h(
    'div',
    { class: 'govuk-inset-text', 'data-testid': 'adjustments-note' },
    h('p', { class: 'govuk-body' }, 'From the person’s adjustment plan, they agreed to:'),
    h(
      'ul',
      { class: 'govuk-list govuk-list--bullet' },
      c.adjustments.map((id) => h('li', {}, page.titles[id] ?? id)),
    ),
    how.easyRead ? h('p', { class: 'govuk-body' }, 'So their printed plan is in Easy Read.') : null,
    how.textReminders
      ? h(
          'p',
          { class: 'govuk-body' },
          'So their plan says they will get a text reminder before each step’s date. Send it from your organisation’s usual system: Attune sends nothing.',
        )
      : null,
  );
}

export type Steps = MentoringContext['goals'][number]['steps'];

export function stepsTable(
  steps: Steps,
  action?: (step: Steps[number], index: number) => Node,
  progress = false,
): HTMLElement {
  return h(
    'table',
    { class: 'govuk-table attune-steps' },
    h(
      'thead',
      { class: 'govuk-table__head' },
      h(
        'tr',
        { class: 'govuk-table__row' },
        ['Step', 'Who', 'By', ...(progress ? ['Progress'] : []), ...(action ? [''] : [])].map((t) =>
          h(
            'th',
            { class: 'govuk-table__header', scope: 'col' },
            t ? t : h('span', { class: 'govuk-visually-hidden' }, 'Action'),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      steps.map((s, j) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          h('td', { class: 'govuk-table__cell' }, s.text),
          h('td', { class: 'govuk-table__cell', 'data-label': 'Who' }, whoWords[s.who].mentor),
          h('td', { class: 'govuk-table__cell', 'data-label': 'By' }, longDate(s.by)),
          progress
            ? h(
                'td',
                { class: 'govuk-table__cell', 'data-label': 'Progress' },
                h(
                  'strong',
                  { class: `govuk-tag ${statusWords[s.status].tag}` },
                  statusWords[s.status].text,
                ),
                s.why ? h('span', { class: 'attune-why' }, ` ${s.why}`) : null,
              )
            : null,
          action ? h('td', { class: 'govuk-table__cell' }, action(s, j)) : null,
        ),
      ),
    ),
  );
}

/** A GOV.UK date input (day, month, year) whose fields are named `<name>-day` and so on. */
export function dateInput(
  page: PlanPage,
  name: string,
  legend: string,
  error: string | null,
  fallback: { day?: string; month?: string; year?: string } = {},
): HTMLElement {
  return h(
    'div',
    { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
    h(
      'fieldset',
      {
        class: 'govuk-fieldset',
        role: 'group',
        'aria-describedby': `${name}-hint${error ? ` ${name}-error` : ''}`,
      },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      h('div', { class: 'govuk-hint', id: `${name}-hint` }, 'For example, 27 3 2027'),
      error
        ? h(
            'p',
            { class: 'govuk-error-message', id: `${name}-error` },
            h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
            error,
          )
        : null,
      h(
        'div',
        { class: 'govuk-date-input' },
        (
          [
            ['day', 'Day', 2],
            ['month', 'Month', 2],
            ['year', 'Year', 4],
          ] as const
        ).map(([part, label, width]) =>
          h(
            'div',
            { class: 'govuk-date-input__item' },
            h(
              'div',
              { class: 'govuk-form-group' },
              h(
                'label',
                { class: 'govuk-label govuk-date-input__label', for: `${name}-${part}` },
                label,
              ),
              h('input', {
                class: `govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`,
                id: `${name}-${part}`,
                name: `${name}-${part}`,
                type: 'text',
                inputmode: 'numeric',
                value: page.field(`${name}-${part}`, fallback[part] ?? ''),
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The date a date input holds, as YYYY-MM-DD (not checked: see isCalendarDate). */
export function dateFrom(data: FormData, name: string): string {
  const part = (p: string, width: number) =>
    String(data.get(`${name}-${p}`) ?? '')
      .trim()
      .padStart(width, '0');
  return `${part('year', 4)}-${part('month', 2)}-${part('day', 2)}`;
}
