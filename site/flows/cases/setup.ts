import { Button } from '../../ui/components/button';
import { TextInput } from '../../ui/components/text-input';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { MIN_PASSPHRASE } from './actions';
import { Heading, Note } from './note';
import type { CasesCtx } from './types';

/** A passphrase field: never checked for spelling, so never sent to a spelling service. */
export const passphrase = (
  ctx: CasesCtx,
  id: string,
  label: string,
  autocomplete: string,
  value: string,
  set: (v: string) => void,
  hint?: string,
) =>
  h(TextInput, {
    id,
    name: id,
    type: 'password',
    label: { text: label, classes: 'govuk-label--s' },
    hint: hint ? { text: hint } : undefined,
    autocomplete,
    spellcheck: false,
    classes: 'govuk-input--width-20',
    value,
    errorMessage: ctx.errorFor(id),
    onInput: set,
  });

/** Setting up a caseload: a passphrase, typed twice, that cannot be reset. */
export function SetupView({ ctx }: { ctx: CasesCtx }) {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  return [
    h(Heading, { text: t('cases.setup.title') }),
    h(Note, { text: ctx.state.note }),
    h('p', { class: 'govuk-body' }, t('cases.setup.intro')),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          void ctx.actions.setUp(pass, again);
        },
      },
      passphrase(
        ctx,
        'new-passphrase',
        t('cases.setup.passphrase'),
        'new-password',
        pass,
        setPass,
        t('cases.setup.passphraseHint', { min: MIN_PASSPHRASE }),
      ),
      passphrase(
        ctx,
        'confirm-passphrase',
        t('cases.setup.again'),
        'new-password',
        again,
        setAgain,
      ),
      h(Button, { type: 'submit', text: t('cases.setup.submit') }),
    ),
  ];
}
