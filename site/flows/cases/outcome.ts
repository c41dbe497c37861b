import type { Case } from '@attune/sdk/cases';
import { ENFORCEMENT_WORDS } from '@attune/sdk/follow-up';
import { Button } from '../../ui/components/button';
import { TextInput } from '../../ui/components/text-input';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { CaseForm } from './case-forms';
import { dateParts, today } from '../../ui/days';
import * as make from './entries';
import { dateField } from './fields';
import type { CasesCtx } from './types';

const words = (k: make.OutcomeCount) =>
  k === 'kept' || k === 'missed' ? t(`cases.outcome.${k}`) : ENFORCEMENT_WORDS[k];

/** A yes / no / not recorded choice; "Not recorded" to start with, as a blank is never a no. */
const yesNo = (
  ctx: CasesCtx,
  id: string,
  legend: string,
  value: make.YesNo,
  set: (v: make.YesNo) => void,
) =>
  h(Radios, {
    idPrefix: id,
    name: id,
    classes: 'govuk-radios--small govuk-radios--inline',
    fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
    errorMessage: ctx.errorFor(id),
    items: (['yes', 'no', ''] as const).map((v) => ({
      value: v,
      text: t(v === '' ? 'cases.outcome.notRecorded' : `cases.outcome.${v}`),
      checked: value === v,
    })),
    onChange: (v) => set(v as make.YesNo),
  });

/** Outcomes over the three months before a date: counts and two measures, each optional. */
export function OutcomeForm({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const [on, setOn] = useState(() => dateParts(today()));
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [etw, setEtw] = useState<make.YesNo>('');
  const [housing, setHousing] = useState<make.YesNo>('');
  return h(
    CaseForm,
    {
      testid: 'outcome-form',
      title: t('cases.outcome.title'),
      onSubmit: async () => {
        const made = make.outcome(c.reference, { on, counts, etw, housing }, words);
        if (!(await ctx.actions.addEntry(c, made, () => t('cases.outcome.done')))) return;
        setOn(dateParts(today()));
        setCounts({});
        setEtw('');
        setHousing('');
      },
    },
    h('p', { class: 'govuk-body' }, t('cases.outcome.intro')),
    dateField(ctx, 'outcome-on', t('cases.outcome.on'), on, setOn),
    make.OUTCOME_COUNTS.map((k) =>
      h(TextInput, {
        key: k,
        id: `outcome-${k}`,
        name: `outcome-${k}`,
        label: { text: words(k), classes: 'govuk-label--s' },
        classes: 'govuk-input--width-3',
        inputmode: 'numeric',
        spellcheck: false,
        value: counts[k] ?? '',
        errorMessage: ctx.errorFor(`outcome-${k}`),
        onInput: (v) => setCounts((was) => ({ ...was, [k]: v })),
      }),
    ),
    yesNo(ctx, 'outcome-etw', t('cases.outcome.etw'), etw, setEtw),
    yesNo(ctx, 'outcome-housing', t('cases.outcome.housing'), housing, setHousing),
    h(Button, {
      type: 'submit',
      text: t('cases.outcome.submit'),
      classes: 'govuk-button--secondary',
    }),
  );
}
