// The few GOV.UK form parts the follow-up pages draw, for views that build elements by hand.
import { h as el, type Child } from '../screening/dom';
import { h } from '../../ui/h';
import { toDom } from '../../ui/dom';
import { Checkboxes } from '../../ui/components/checkboxes';
import { DateInput } from '../../ui/components/date-input';
import { ErrorMessage } from '../../ui/components/error-message';
import { ErrorSummary } from '../../ui/components/error-summary';
import { Radios } from '../../ui/components/radios';
import { TextInput } from '../../ui/components/text-input';
import { Textarea } from '../../ui/components/textarea';

/** A problem with one field: the words, and the id of the control the summary links to. */
export interface Problem {
  field: string;
  message: string;
}

/** Today on this device, YYYY-MM-DD: the SDK never reads the clock, so the page passes it in. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A day some months after another, for default review dates. */
export function monthsAfter(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export const heading = (text: string, caption?: string) => [
  caption ? el('span', { class: 'govuk-caption-l' }, caption) : null,
  el('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, text),
];

// Each form part below is the shared GOV.UK component (site/ui/components) drawn as DOM, so its
// markup is written in one place; the follow-up views keep calling these until they move onto
// the runner.
const err = (message: string | null | undefined) => (message ? { text: message } : null);

export const errorMessage = (id: string, message: string | null | undefined) =>
  message ? toDom(h(ErrorMessage, { id: `${id}-error`, text: message })) : null;

export function errorSummary(problems: Problem[]): HTMLElement | null {
  if (!problems.length) return null;
  return toDom(
    h(ErrorSummary, {
      errorList: problems.map((p) => ({ text: p.message, href: `#${p.field}` })),
    }),
  );
}

interface FieldOptions {
  hint?: string;
  error?: string | null;
  value?: string;
}

export function radios(
  name: string,
  legend: string,
  choices: readonly (readonly [string, string])[],
  o: FieldOptions & { big?: boolean; hidden?: boolean } = {},
): HTMLElement {
  return toDom(
    h(Radios, {
      idPrefix: name,
      name,
      classes: 'govuk-radios--small',
      formGroup: { attributes: { 'data-group': name, hidden: o.hidden } },
      fieldset: {
        legend: { text: legend, classes: `govuk-fieldset__legend--${o.big ? 'm' : 's'}` },
      },
      hint: o.hint ? { text: o.hint } : undefined,
      errorMessage: err(o.error),
      items: choices.map(([value, label], i) => ({
        value,
        text: label,
        id: i === 0 ? name : `${name}-${i}`,
        checked: value === o.value,
      })),
    }),
  );
}

/** Small checkboxes, each its own yes/no field named by its id (the form reads each by name). */
export function checkboxes(
  items: { name: string; label: string; checked: boolean; hint?: string }[],
): HTMLElement {
  return toDom(
    h(Checkboxes, {
      idPrefix: items[0]?.name ?? 'checkboxes',
      name: items[0]?.name ?? 'checkboxes',
      classes: 'govuk-checkboxes--small',
      items: items.map((c) => ({
        value: 'yes',
        id: c.name,
        text: c.label,
        checked: c.checked,
        hint: c.hint ? { text: c.hint } : undefined,
        attributes: { name: c.name },
      })),
    }),
  );
}

export function textarea(name: string, label: string, o: FieldOptions & { rows?: number } = {}) {
  return toDom(
    h(Textarea, {
      id: name,
      name,
      rows: o.rows ?? 3,
      label: { text: label, classes: 'govuk-label--s' },
      formGroup: { attributes: { 'data-group': name } },
      hint: o.hint ? { text: o.hint } : undefined,
      errorMessage: err(o.error),
      value: o.value ?? '',
    }),
  );
}

export function textInput(
  name: string,
  label: string,
  o: FieldOptions & { width?: number; numeric?: boolean; hidden?: boolean } = {},
) {
  return toDom(
    h(TextInput, {
      id: name,
      name,
      label: { text: label, classes: 'govuk-label--s' },
      classes: o.width ? `govuk-input--width-${o.width}` : undefined,
      inputmode: o.numeric ? 'numeric' : undefined,
      spellcheck: o.numeric ? false : undefined,
      formGroup: { attributes: { 'data-group': name, hidden: o.hidden } },
      hint: o.hint ? { text: o.hint } : undefined,
      errorMessage: err(o.error),
      value: o.value ?? '',
    }),
  );
}

/** The GOV.UK date input: day, month and year boxes named `${name}-day` and so on. */
export function dateInput(name: string, legend: string, o: FieldOptions = {}) {
  const [year, month, day] = (o.value ?? '').split('-');
  return toDom(
    h(DateInput, {
      id: name,
      namePrefix: name,
      formGroup: { attributes: { 'data-group': name } },
      fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
      hint: { text: o.hint ?? 'For example, 27 3 2027' },
      errorMessage: err(o.error),
      items: [
        { name: 'day', value: day ? String(Number(day)) : '' },
        { name: 'month', value: month ? String(Number(month)) : '' },
        { name: 'year', value: year ?? '' },
      ],
    }),
  );
}

/** The day typed into a date input, as YYYY-MM-DD (not checked: the SDK's rule does that). */
export function dateFrom(data: FormData, name: string): string {
  const part = (p: string) => String(data.get(`${name}-${p}`) ?? '').trim();
  return `${part('year').padStart(4, '0')}-${part('month').padStart(2, '0')}-${part('day').padStart(2, '0')}`;
}

export const button = (text: string, attrs: Record<string, string> = {}, secondary = false) =>
  el(
    'button',
    {
      type: 'submit',
      class: `govuk-button${secondary ? ' govuk-button--secondary' : ''}`,
      'data-module': 'govuk-button',
      ...attrs,
    },
    text,
  );

export const para = (...children: Child[]) => el('p', { class: 'govuk-body' }, ...children);

/**
 * Draws a step into the page: the title goes before the page's own, focus moves to the error
 * summary when there are problems, or to the heading when the step is new.
 */
export function drawStep(
  root: HTMLElement,
  step: { id: string; title: string; problems?: Problem[]; body: Child[] },
): void {
  const problems = step.problems ?? [];
  const isNew = root.dataset.step !== step.id;
  const first = root.dataset.step === undefined;
  root.dataset.step = step.id;
  root.dataset.baseTitle ??= document.title;
  document.title = `${problems.length ? 'Error: ' : ''}${step.title} – ${root.dataset.baseTitle}`;
  // Redrawing the same step must not drop focus: put it back on the control that had it.
  const had = root.contains(document.activeElement)
    ? document.activeElement?.id || (document.activeElement?.tagName === 'H1' ? 'h1' : '')
    : '';
  root.replaceChildren(el('div', {}, errorSummary(problems), step.body));
  if (problems.length) root.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
  else if (isNew && !first) root.querySelector<HTMLElement>('h1')?.focus();
  else if (had)
    root.querySelector<HTMLElement>(had === 'h1' ? 'h1' : `#${CSS.escape(had)}`)?.focus();
}

/** Reads a JSON file the person chose; nothing leaves the device. */
export async function readJsonFile(input: HTMLInputElement): Promise<unknown> {
  const file = input.files?.[0];
  if (!file) return undefined;
  try {
    return JSON.parse(await file.text());
  } catch {
    return null;
  }
}
