// The few GOV.UK form parts the follow-up pages draw. They use the same element builder as the
// other guided pages; when the shared runner's components land, these views move onto them.
import { h, type Child } from '../screening/dom';

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
  caption ? h('span', { class: 'govuk-caption-l' }, caption) : null,
  h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, text),
];

export const errorMessage = (id: string, message: string | null | undefined) =>
  message
    ? h(
        'p',
        { class: 'govuk-error-message', id: `${id}-error` },
        h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
        message,
      )
    : null;

export function errorSummary(problems: Problem[]): HTMLElement | null {
  if (!problems.length) return null;
  return h(
    'div',
    { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', tabindex: '-1' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        h(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          problems.map((p) => h('li', {}, h('a', { href: `#${p.field}` }, p.message))),
        ),
      ),
    ),
  );
}

const describedBy = (...ids: (string | false | null | undefined)[]) =>
  ids.filter(Boolean).join(' ') || null;

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
  return h(
    'div',
    {
      class: `govuk-form-group${o.error ? ' govuk-form-group--error' : ''}`,
      'data-group': name,
      hidden: o.hidden,
    },
    h(
      'fieldset',
      {
        class: 'govuk-fieldset',
        'aria-describedby': describedBy(o.hint && `${name}-hint`, o.error && `${name}-error`),
      },
      h(
        'legend',
        { class: `govuk-fieldset__legend govuk-fieldset__legend--${o.big ? 'm' : 's'}` },
        legend,
      ),
      o.hint ? h('div', { class: 'govuk-hint', id: `${name}-hint` }, o.hint) : null,
      errorMessage(name, o.error),
      h(
        'div',
        { class: 'govuk-radios govuk-radios--small' },
        choices.map(([value, label], i) =>
          h(
            'div',
            { class: 'govuk-radios__item' },
            h('input', {
              class: 'govuk-radios__input',
              id: i === 0 ? name : `${name}-${i}`,
              name,
              type: 'radio',
              value,
              checked: value === o.value,
            }),
            h(
              'label',
              { class: 'govuk-label govuk-radios__label', for: i === 0 ? name : `${name}-${i}` },
              label,
            ),
          ),
        ),
      ),
    ),
  );
}

export function checkbox(name: string, label: string, checked: boolean, hint?: string) {
  return h(
    'div',
    { class: 'govuk-checkboxes__item' },
    h('input', {
      class: 'govuk-checkboxes__input',
      id: name,
      name,
      type: 'checkbox',
      value: 'yes',
      checked,
      'aria-describedby': hint ? `${name}-hint` : null,
    }),
    h('label', { class: 'govuk-label govuk-checkboxes__label', for: name }, label),
    hint
      ? h('div', { class: 'govuk-hint govuk-checkboxes__hint', id: `${name}-hint` }, hint)
      : null,
  );
}

export function textarea(name: string, label: string, o: FieldOptions & { rows?: number } = {}) {
  const box = h('textarea', {
    class: `govuk-textarea${o.error ? ' govuk-textarea--error' : ''}`,
    id: name,
    name,
    rows: o.rows ?? 3,
    'aria-describedby': describedBy(o.hint && `${name}-hint`, o.error && `${name}-error`),
  }) as HTMLTextAreaElement;
  box.value = o.value ?? '';
  return h(
    'div',
    { class: `govuk-form-group${o.error ? ' govuk-form-group--error' : ''}`, 'data-group': name },
    h('label', { class: 'govuk-label govuk-label--s', for: name }, label),
    o.hint ? h('div', { class: 'govuk-hint', id: `${name}-hint` }, o.hint) : null,
    errorMessage(name, o.error),
    box,
  );
}

export function textInput(
  name: string,
  label: string,
  o: FieldOptions & { width?: number; numeric?: boolean; hidden?: boolean } = {},
) {
  return h(
    'div',
    {
      class: `govuk-form-group${o.error ? ' govuk-form-group--error' : ''}`,
      'data-group': name,
      hidden: o.hidden,
    },
    h('label', { class: 'govuk-label govuk-label--s', for: name }, label),
    o.hint ? h('div', { class: 'govuk-hint', id: `${name}-hint` }, o.hint) : null,
    errorMessage(name, o.error),
    h('input', {
      class: `govuk-input${o.width ? ` govuk-input--width-${o.width}` : ''}${o.error ? ' govuk-input--error' : ''}`,
      id: name,
      name,
      type: 'text',
      value: o.value ?? '',
      inputmode: o.numeric ? 'numeric' : null,
      spellcheck: o.numeric ? 'false' : null,
      'aria-describedby': describedBy(o.hint && `${name}-hint`, o.error && `${name}-error`),
    }),
  );
}

/** The GOV.UK date input: day, month and year boxes; its first box is `${name}` for error links. */
export function dateInput(name: string, legend: string, o: FieldOptions = {}) {
  const [year, month, day] = (o.value ?? '').split('-');
  const parts = [
    ['day', 'Day', 2, day ? String(Number(day)) : ''],
    ['month', 'Month', 2, month ? String(Number(month)) : ''],
    ['year', 'Year', 4, year ?? ''],
  ] as const;
  return h(
    'div',
    { class: `govuk-form-group${o.error ? ' govuk-form-group--error' : ''}`, 'data-group': name },
    h(
      'fieldset',
      {
        class: 'govuk-fieldset',
        role: 'group',
        'aria-describedby': describedBy(`${name}-hint`, o.error && `${name}-error`),
      },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      h('div', { class: 'govuk-hint', id: `${name}-hint` }, o.hint ?? 'For example, 27 3 2027'),
      errorMessage(name, o.error),
      h(
        'div',
        { class: 'govuk-date-input' },
        parts.map(([part, label, width, value]) =>
          h(
            'div',
            { class: 'govuk-date-input__item' },
            h(
              'div',
              { class: 'govuk-form-group' },
              h(
                'label',
                {
                  class: 'govuk-label govuk-date-input__label',
                  for: part === 'day' ? name : `${name}-${part}`,
                },
                label,
              ),
              h('input', {
                class: `govuk-input govuk-date-input__input govuk-input--width-${width}${o.error ? ' govuk-input--error' : ''}`,
                id: part === 'day' ? name : `${name}-${part}`,
                name: `${name}-${part}`,
                type: 'text',
                inputmode: 'numeric',
                value,
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The day typed into a date input, as YYYY-MM-DD (not checked: the SDK's rule does that). */
export function dateFrom(data: FormData, name: string): string {
  const part = (p: string) => String(data.get(`${name}-${p}`) ?? '').trim();
  return `${part('year').padStart(4, '0')}-${part('month').padStart(2, '0')}-${part('day').padStart(2, '0')}`;
}

export const button = (text: string, attrs: Record<string, string> = {}, secondary = false) =>
  h(
    'button',
    {
      type: 'submit',
      class: `govuk-button${secondary ? ' govuk-button--secondary' : ''}`,
      'data-module': 'govuk-button',
      ...attrs,
    },
    text,
  );

export const para = (...children: Child[]) => h('p', { class: 'govuk-body' }, ...children);

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
  root.replaceChildren(h('div', {}, errorSummary(problems), step.body));
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
