import { easyReadOptionsFor, estimateMinutes } from '@attune/sdk/questionnaire';
import { currentQuestion, progress } from '@attune/sdk/screening';
import { errorSummary, safeguardingPanel, submitButton } from './common';
import { disclosureControl } from './disclosure';
import { fromTemplate, h, linkButton } from './dom';
import { savingToggle } from './intro';
import { toolbar } from './toolbar';
import type { View } from './types';

/** One question per page, in the GOV.UK question-page pattern. */
export function questionView(view: View): Node[] {
  const { questionnaire: q, snapshot, page } = view;
  const current = currentQuestion(q, snapshot)!;
  const where = progress(q, snapshot)!;
  const { item, answer } = current;
  // Easy Read offers a three-point scale for frequency questions; the values score the same way.
  const options = page.easyRead ? easyReadOptionsFor(item) : current.options;
  const minutesLeft = estimateMinutes(q, snapshot.context.answers, 'remaining');
  const error = snapshot.context.error?.itemId === item.id ? snapshot.context.error : null;
  const wording = page.easyRead ? item.easyRead : item.text;
  const inputId = `answer-${item.id}`;
  const firstInputId = item.kind === 'text' ? inputId : `${inputId}-0`;
  const describedBy =
    [item.hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const heading =
    item.kind === 'text'
      ? h(
          'h1',
          { class: 'govuk-label-wrapper', tabindex: '-1' },
          h('label', { class: 'govuk-label govuk-label--l', for: inputId }, wording),
        )
      : h('h1', { class: 'govuk-fieldset__heading', tabindex: '-1' }, wording);

  const errorMessage = error
    ? h(
        'p',
        { class: 'govuk-error-message', id: `${inputId}-error` },
        h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
        error.message,
      )
    : null;
  const hint = item.hint
    ? h('div', { class: 'govuk-hint', id: `${inputId}-hint` }, item.hint)
    : null;
  const chosen =
    answer === null || answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];

  let field: HTMLElement;
  if (item.kind === 'text') {
    field = h(
      'div',
      { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      heading,
      hint,
      errorMessage,
      h(
        'textarea',
        {
          class: `govuk-textarea${error ? ' govuk-textarea--error' : ''}`,
          id: inputId,
          name: 'answer',
          rows: '4',
          maxlength: '500',
          'aria-describedby': describedBy,
        },
        typeof answer === 'string' ? answer : '',
      ),
    );
  } else {
    const multiple = item.kind === 'multiple';
    const type = multiple ? 'checkbox' : 'radio';
    const cls = multiple ? 'govuk-checkboxes' : 'govuk-radios';
    field = h(
      'div',
      { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      h(
        'fieldset',
        { class: 'govuk-fieldset', 'aria-describedby': describedBy },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--l' }, heading),
        hint,
        multiple ? h('div', { class: 'govuk-hint' }, 'Choose all that apply.') : null,
        errorMessage,
        h(
          'div',
          { class: cls },
          options.map((o, i) =>
            h(
              'div',
              { class: `${cls}__item` },
              h('input', {
                class: `${cls}__input`,
                id: `${inputId}-${i}`,
                name: 'answer',
                type,
                value: o.value,
                checked: chosen.includes(o.value),
              }),
              h(
                'label',
                { class: `govuk-label ${cls}__label`, for: `${inputId}-${i}` },
                page.easyRead ? o.easyRead : o.label,
              ),
            ),
          ),
        ),
      ),
    );
  }

  const form = h(
    'form',
    {
      novalidate: true,
      'data-testid': 'question-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const value =
          item.kind === 'multiple'
            ? data.getAll('answer').map(String)
            : item.kind === 'text'
              ? String(data.get('answer') ?? '')
              : data.get('answer');
        view.send({
          type: 'ANSWER',
          value: value === null ? undefined : value,
          at: new Date().toISOString(),
        });
      },
    },
    field,
    h(
      'details',
      { class: 'govuk-details' },
      h(
        'summary',
        { class: 'govuk-details__summary' },
        h('span', { class: 'govuk-details__summary-text' }, 'Why we ask (for the practitioner)'),
      ),
      h('div', { class: 'govuk-details__text' }, item.why),
    ),
    h(
      'div',
      { class: 'govuk-button-group' },
      submitButton('Continue'),
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button govuk-button--secondary',
          'data-testid': 'skip',
          onclick: () => view.send({ type: 'SKIP', at: new Date().toISOString() }),
        },
        'Prefer not to say',
      ),
    ),
  );

  const spoken = [
    wording,
    ...(item.kind === 'text' ? [] : options.map((o) => (page.easyRead ? o.easyRead : o.label))),
  ].join('. ');
  return [
    linkButton('Back', () => view.send({ type: 'BACK' }), 'govuk-back-link attune-link-button'),
    safeguardingPanel(view),
    error ? errorSummary(error.message, `#${firstInputId}`) : null,
    h(
      'p',
      { class: 'govuk-caption-m', 'data-testid': 'progress' },
      `Section ${where.section} of ${where.sections}: ${where.sectionTitle}`,
      h('br'),
      `Question ${where.question} of ${where.questionsInSection} in this section`,
      h('br'),
      // An estimate from the questions the answers so far will ask, not a fixed claim.
      `About ${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'} left`,
    ),
    toolbar(view, () => spoken),
    form,
    sectionNote(view, item.section, where.sectionTitle),
    disclosureControl(view),
    h(
      'p',
      { class: 'govuk-body' },
      linkButton(
        `Stop the ${view.noun}`,
        () => view.setOverlay('confirm-stop'),
        'govuk-link attune-link-button attune-stop',
      ),
    ),
    savingToggle(view),
  ].filter(Boolean) as Node[];
}

function sectionNote(view: View, section: string, title: string): HTMLElement {
  const id = `note-${section}`;
  return h(
    'details',
    { class: 'govuk-details attune-no-print', open: Boolean(view.page.notes[section]) },
    h(
      'summary',
      { class: 'govuk-details__summary' },
      h(
        'span',
        { class: 'govuk-details__summary-text' },
        `Practitioner note for “${title}” (optional)`,
      ),
    ),
    h(
      'div',
      { class: 'govuk-details__text' },
      h(
        'div',
        { class: 'govuk-form-group govuk-!-margin-bottom-0' },
        h('label', { class: 'govuk-label', for: id }, 'Your note'),
        h('div', { class: 'govuk-hint', id: `${id}-hint` }, fromTemplate('tpl-note-hint')),
        h(
          'textarea',
          {
            class: 'govuk-textarea',
            id,
            rows: '3',
            'aria-describedby': `${id}-hint`,
            oninput: (e: Event) => {
              view.page.notes[section] = (e.target as HTMLTextAreaElement).value;
              view.setSaving(view.saving);
            },
          },
          view.page.notes[section] ?? '',
        ),
      ),
    ),
  );
}
