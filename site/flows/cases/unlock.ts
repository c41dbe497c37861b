import { Button } from '../../ui/components/button';
import { Details } from '../../ui/components/details';
import { h, useState } from '../../ui/h';
import { t, tList } from '../../ui/messages';
import { Confirm } from './confirm';
import { Heading, Note } from './note';
import { passphrase } from './setup';
import type { CasesCtx } from './types';

/**
 * Unlocking: a wrong passphrase is refused with nothing changed. A forgotten one cannot be
 * recovered by anyone, so the only way on is to delete the caseload and start again.
 */
export function UnlockView({ ctx }: { ctx: CasesCtx }) {
  const [pass, setPass] = useState('');
  return [
    h(Heading, { text: t('cases.unlock.title') }),
    h(Note, { text: ctx.state.note }),
    h('p', { class: 'govuk-body' }, t('cases.unlock.intro')),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          void ctx.actions.unlock(pass);
        },
      },
      passphrase(
        ctx,
        'passphrase',
        t('cases.unlock.passphrase'),
        'current-password',
        pass,
        setPass,
      ),
      h(Button, { type: 'submit', text: t('cases.unlock.submit') }),
    ),
    h(
      Details,
      { summaryText: t('cases.forgotten.summary') },
      tList('cases.forgotten.text').map((p) => h('p', { class: 'govuk-body' }, p)),
      h(Confirm, {
        open: t('cases.forgotten.open'),
        openClasses: 'govuk-button--secondary',
        message: t('cases.forgotten.warning'),
        warning: true,
        yes: t('cases.forgotten.yes'),
        no: t('cases.forgotten.no'),
        onYes: ctx.actions.deleteAll,
      }),
    ),
  ];
}
