/** Small GOV.UK form parts for the cases page: fields, a date in three boxes, and error handling. */
import { isCalendarDate } from '@attune/sdk/cases';
import { h, linkButton, type Child } from '../screening/dom';
import { h as preact } from '../../ui/h';
import { toDom } from '../../ui/dom';
import { DateInput } from '../../ui/components/date-input';
import { ErrorMessage } from '../../ui/components/error-message';
import { ErrorSummary } from '../../ui/components/error-summary';

/** A form that leaves checking to the page, so errors follow the GOV.UK pattern. */
export const newForm = (attrs: Record<string, string | boolean>, ...children: Child[]) =>
  h('form', { novalidate: true, ...attrs }, ...children) as HTMLFormElement;

export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'govuk-form-group', 'data-field': id },
    h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    hint && h('div', { class: 'govuk-hint', id: `${id}-hint` }, hint),
    control,
  );
}

export const textInput = (id: string, attrs: Record<string, string> = {}) =>
  h('input', { class: 'govuk-input', id, name: id, type: 'text', spellcheck: 'false', ...attrs });

export const passwordInput = (id: string, autocomplete: string) =>
  h('input', {
    class: 'govuk-input govuk-input--width-20',
    id,
    name: id,
    type: 'password',
    autocomplete,
    spellcheck: 'false',
  });

/** Today on this device, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * GOV.UK's date input (the shared component, drawn as DOM): day, month and year boxes, filled
 * with `value` (YYYY-MM-DD) if given. Its group is named by the day box, which errors link to.
 */
export function dateInput(id: string, legend: string, value: string | null, hint?: string) {
  const [y, m, d] = value ? value.split('-') : ['', '', ''];
  const part = (v: string | undefined) => (v ? String(Number(v)) : '');
  return toDom(
    preact(DateInput, {
      id,
      namePrefix: id,
      formGroup: { attributes: { 'data-field': `${id}-day` } },
      fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
      hint: hint ? { text: hint } : undefined,
      items: [
        { name: 'day', value: part(d) },
        { name: 'month', value: part(m) },
        { name: 'year', value: part(y) },
      ],
    }),
  );
}

/** The date typed into a `dateInput`, YYYY-MM-DD, or null when it is not a real date. */
export function readDate(form: HTMLFormElement, id: string): string | null {
  const v = (name: string) =>
    (form.elements.namedItem(`${id}-${name}`) as HTMLInputElement | null)?.value.trim() ?? '';
  const [d, m, y] = [v('day'), v('month'), v('year')];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

export const value = (form: HTMLFormElement, name: string) =>
  ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();

/**
 * Shows a form's errors the GOV.UK way: a summary at the top of the form linking to each field,
 * and the message beside the field. An empty list clears them. Focus moves to the summary.
 */
export function showErrors(form: HTMLFormElement, errors: [field: string, message: string][]) {
  form.querySelector('.govuk-error-summary')?.remove();
  for (const group of form.querySelectorAll('.govuk-form-group--error'))
    group.classList.remove('govuk-form-group--error');
  for (const message of form.querySelectorAll('[data-error-message]')) message.remove();
  for (const input of form.querySelectorAll('.govuk-input--error'))
    input.classList.remove('govuk-input--error');
  if (!errors.length) return;
  for (const [id, message] of errors) {
    const group = form.querySelector<HTMLElement>(`[data-field="${id}"]`);
    if (!group) continue;
    group.classList.add('govuk-form-group--error');
    const label = group.querySelector('label, legend');
    const shown = toDom(preact(ErrorMessage, { id: `${id}-error`, text: message }));
    // Marked so the next call can take it away again.
    shown.setAttribute('data-error-message', '');
    label?.after(shown);
    const input = group.querySelector<HTMLElement>('input, select, textarea');
    input?.classList.add('govuk-input--error');
    input?.setAttribute(
      'aria-describedby',
      [input.getAttribute('aria-describedby'), `${id}-error`].filter(Boolean).join(' '),
    );
  }
  const summary = toDom(
    preact(ErrorSummary, {
      errorList: errors.map(([id, message]) => ({ text: message, href: `#${id}` })),
    }),
  );
  form.prepend(summary);
  summary.focus();
}

export function button(text: Child, attrs: Record<string, string | ((e: Event) => void)> = {}) {
  return h(
    'button',
    { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button', ...attrs },
    text,
  );
}

/**
 * A button that opens a confirmation under it (a warning, or a plain question, then "Yes" and
 * "No"): focus goes to "Yes" when it opens and back to the button when the person says no.
 */
export function confirmable(o: {
  open: string;
  openClass: string;
  message: string;
  warning: boolean;
  yes: string;
  no: string;
  onYes: () => void | Promise<void>;
  attrs?: Record<string, string>;
}): { start: HTMLElement; confirm: HTMLElement } {
  const message = o.warning
    ? h(
        'div',
        { class: 'govuk-warning-text' },
        h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
        h(
          'strong',
          { class: 'govuk-warning-text__text' },
          h('span', { class: 'govuk-visually-hidden' }, 'Warning'),
          o.message,
        ),
      )
    : h('p', { class: 'govuk-body' }, o.message);
  const confirm = h(
    'div',
    { hidden: true, ...o.attrs },
    message,
    h(
      'div',
      { class: 'govuk-button-group' },
      button(o.yes, {
        type: 'button',
        class: 'govuk-button govuk-button--warning',
        onclick: () => void o.onYes(),
      }),
      linkButton(o.no, () => {
        confirm.hidden = true;
        start.focus();
      }),
    ),
  );
  const start = button(o.open, {
    type: 'button',
    class: o.openClass,
    onclick: () => {
      confirm.hidden = false;
      confirm.querySelector<HTMLElement>('button')?.focus();
    },
  });
  return { start, confirm };
}
