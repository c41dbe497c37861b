import {
  DISCLOSURE_KINDS,
  SAFEGUARDING_ACTIONS,
  SAFEGUARDING_LABELS,
  SAFEGUARDING_TOLD,
} from '@attune/sdk/screening';
import { button } from './common';
import { h } from './dom';
import type { View } from './types';

const now = () => new Date().toISOString();
// Stays open across re-renders (recording something redraws the step), until closed by hand.
let open = false;

function choices(
  name: string,
  type: 'radio' | 'checkbox',
  values: readonly string[],
  legend: string,
): HTMLElement {
  const cls = type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  return h(
    'div',
    { class: 'govuk-form-group' },
    h(
      'fieldset',
      { class: 'govuk-fieldset' },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      h(
        'div',
        { class: `${cls} ${cls}--small`, 'data-module': cls },
        values.map((v) =>
          h(
            'div',
            { class: `${cls}__item` },
            h('input', {
              class: `${cls}__input`,
              id: `${name}-${v}`,
              name,
              type,
              value: v,
            }),
            h(
              'label',
              { class: `govuk-label ${cls}__label`, for: `${name}-${v}` },
              SAFEGUARDING_LABELS[v as keyof typeof SAFEGUARDING_LABELS],
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * For the practitioner, on every step: record that the person disclosed something (risk to
 * others, domestic abuse, a concern about a child…), never what was said, and what was done
 * about it and who was told. Both go into the record, and into the note if the person stops.
 */
export function disclosureControl(view: View): HTMLElement {
  const { disclosures = [], safeguardingActions = [] } = view.snapshot.context;
  const recorded = disclosures.length + safeguardingActions.length;
  const form = (
    legend: string,
    fields: HTMLElement[],
    label: string,
    send: (data: FormData) => boolean,
  ) => {
    const message = h('p', { class: 'govuk-body-s', role: 'status' });
    const el: HTMLElement = h(
      'form',
      { novalidate: true, onsubmit: (e: Event) => e.preventDefault() },
      h('h3', { class: 'govuk-heading-s' }, legend),
      ...fields,
      button(
        label,
        () => {
          if (!send(new FormData(el as HTMLFormElement)))
            message.textContent = 'Choose an answer in each part first.';
        },
        'secondary',
      ),
      message,
    );
    return el;
  };
  return h(
    'details',
    {
      class: 'govuk-details attune-no-print',
      'data-testid': 'disclosure',
      open,
      ontoggle: (e: Event) => (open = (e.target as HTMLDetailsElement).open),
    },
    h(
      'summary',
      { class: 'govuk-details__summary' },
      h(
        'span',
        { class: 'govuk-details__summary-text' },
        `Record a disclosure or safeguarding action (for the practitioner)${recorded ? ` – ${recorded} recorded` : ''}`,
      ),
    ),
    h(
      'div',
      { class: 'govuk-details__text' },
      h(
        'p',
        { class: 'govuk-body' },
        'Record only that a disclosure was made and what you did. Never write down what the person said here. Follow your safeguarding procedure.',
      ),
      form(
        'A disclosure was made',
        [choices('disclosure-kind', 'radio', DISCLOSURE_KINDS, 'What kind of concern?')],
        'Record the disclosure',
        (data) => {
          const kind = data.get('disclosure-kind');
          if (kind === null) return false;
          view.send({ type: 'RECORD_DISCLOSURE', kind: kind as never, at: now() });
          return true;
        },
      ),
      form(
        'What was done',
        [
          choices('action-about', 'radio', DISCLOSURE_KINDS, 'About which concern?'),
          choices('action-what', 'radio', SAFEGUARDING_ACTIONS, 'What did you do?'),
          choices('action-told', 'checkbox', SAFEGUARDING_TOLD, 'Who did you tell?'),
        ],
        'Record the action',
        (data) => {
          const about = data.get('action-about');
          const action = data.get('action-what');
          const told = data.getAll('action-told').map(String);
          if (about === null || action === null || told.length === 0) return false;
          view.send({
            type: 'RECORD_SAFEGUARDING_ACTION',
            about: about as never,
            action: action as never,
            told: told as never,
            at: now(),
          });
          return true;
        },
      ),
    ),
  );
}
