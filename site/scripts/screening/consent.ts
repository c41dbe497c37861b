import { errorSummary, submitButton } from './common';
import { disclosureControl } from './disclosure';
import { h, linkButton } from './dom';
import { toolbar } from './toolbar';
import type { View } from './types';

/** Consent as a question page: the person agrees, or not. Declining keeps nothing. */
export function consentView(view: View, error: boolean, onError: () => void): Node[] {
  const { questionnaire: q, page } = view;
  const wording = page.easyRead ? q.consent.easyRead : q.consent.text;
  const form = h(
    'form',
    {
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const choice = new FormData(e.target as HTMLFormElement).get('consent');
        if (choice === null) return onError();
        view.send({ type: 'CONSENT', given: choice === 'yes', at: new Date().toISOString() });
      },
    },
    h(
      'div',
      { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      h(
        'fieldset',
        {
          class: 'govuk-fieldset',
          'aria-describedby': `consent-hint${error ? ' consent-error' : ''}`,
        },
        h(
          'legend',
          { class: 'govuk-fieldset__legend govuk-fieldset__legend--l' },
          h(
            'h1',
            { class: 'govuk-fieldset__heading', tabindex: '-1' },
            `Is the person happy to do the ${view.noun}?`,
          ),
        ),
        h('p', { class: 'govuk-body', id: 'consent-hint' }, wording),
        error
          ? h(
              'p',
              { class: 'govuk-error-message', id: 'consent-error' },
              h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
              'Choose yes or no',
            )
          : null,
        h(
          'div',
          { class: 'govuk-radios' },
          radio('consent-yes', 'consent', 'yes', 'Yes, they agree to do it'),
          radio('consent-no', 'consent', 'no', 'No, not now'),
        ),
      ),
    ),
    submitButton('Continue'),
  );
  return [
    linkButton('Back', () => view.send({ type: 'BACK' }), 'govuk-back-link attune-link-button'),
    error ? errorSummary('Choose yes or no', '#consent-yes') : null,
    toolbar(view, () => wording),
    form,
    disclosureControl(view),
  ].filter(Boolean) as Node[];
}

export function radio(
  id: string,
  name: string,
  value: string,
  label: string,
  checked = false,
): HTMLElement {
  return h(
    'div',
    { class: 'govuk-radios__item' },
    h('input', { class: 'govuk-radios__input', id, name, type: 'radio', value, checked }),
    h('label', { class: 'govuk-label govuk-radios__label', for: id }, label),
  );
}
