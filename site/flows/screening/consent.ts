import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { FlowError } from '../../ui/runner';
import { Toolbar } from './toolbar';
import type { Ctx } from './types';

/** The one error consent can have: nothing chosen. The machine only takes a yes or a no. */
export const consentRequired = (): FlowError => ({
  code: 'consent-required',
  message: t('run.consent.required'),
  field: 'consent-yes',
});

/** Consent as a question page: the person agrees, or not. Declining keeps nothing. */
export function ConsentView({
  ctx,
  error,
  onError,
}: {
  ctx: Ctx;
  error: FlowError | null;
  onError: (e: FlowError) => void;
}) {
  const [choice, setChoice] = useState<string | null>(null);
  const { questionnaire: q, page } = ctx;
  const wording = page.easyRead ? q.consent.easyRead : q.consent.text;
  return [
    // Consent is read with the person like any question: in Easy Read, or aloud.
    h(Toolbar, { ctx, spoken: `${t('run.consent.title', { noun: ctx.noun })} ${wording}` }),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          if (choice === null) return onError(consentRequired());
          ctx.send({ type: 'CONSENT', given: choice === 'yes', at: new Date().toISOString() });
        },
      },
      h(Radios, {
        idPrefix: 'consent',
        name: 'consent',
        fieldset: {
          legend: {
            text: t('run.consent.title', { noun: ctx.noun }),
            isPageHeading: true,
            classes: 'govuk-fieldset__legend--l',
          },
        },
        hint: { text: wording, classes: 'govuk-body' },
        errorMessage: error ? { text: error.message } : null,
        items: [
          {
            value: 'yes',
            id: 'consent-yes',
            text: t('run.consent.yes'),
            checked: choice === 'yes',
          },
          { value: 'no', id: 'consent-no', text: t('run.consent.no'), checked: choice === 'no' },
        ],
        onChange: (value) => setChoice(value),
      }),
      h(Button, { type: 'submit', text: t('run.question.continue') }),
    ),
  ];
}
