import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { MIN_PASSPHRASE } from './actions';
import { passphrase } from './setup';
import type { CasesCtx } from './types';

/** One file of every case: encrypted by default; a plain one only once its risk is acknowledged. */
export function ExportForm({ ctx }: { ctx: CasesCtx }) {
  const [kind, setKind] = useState('encrypted');
  const [pass, setPass] = useState('');
  const [understood, setUnderstood] = useState(false);
  return h(
    'form',
    {
      noValidate: true,
      onSubmit: async (e: Event) => {
        e.preventDefault();
        if (!(await ctx.actions.exportCases(kind, pass, understood))) return;
        setKind('encrypted');
        setPass('');
        setUnderstood(false);
      },
    },
    h('h2', { class: 'govuk-heading-m' }, t('cases.export.title')),
    h('p', { class: 'govuk-body' }, t('cases.export.intro')),
    h(Radios, {
      idPrefix: 'export-encrypted',
      name: 'export-kind',
      fieldset: { legend: { text: t('cases.export.kind'), classes: 'govuk-fieldset__legend--s' } },
      items: (['encrypted', 'plain'] as const).map((v) => ({
        value: v,
        text: t(`cases.export.${v}`),
        id: `export-${v}`,
        hint: { text: t(`cases.export.${v}Hint`) },
        checked: kind === v,
      })),
      onChange: setKind,
    }),
    passphrase(
      ctx,
      'export-passphrase',
      t('cases.export.passphrase'),
      'new-password',
      pass,
      setPass,
      t('cases.export.passphraseHint', { min: MIN_PASSPHRASE }),
    ),
    h(Checkboxes, {
      idPrefix: 'export-understood',
      name: 'export-understood',
      classes: 'govuk-checkboxes--small',
      errorMessage: ctx.errorFor('export-understood'),
      items: [{ value: 'yes', text: t('cases.export.understood'), checked: understood }],
      onChange: (_, checked) => setUnderstood(checked),
    }),
    h(Button, {
      type: 'submit',
      text: t('cases.export.submit'),
      classes: 'govuk-button--secondary',
    }),
  );
}
