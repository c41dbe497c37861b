import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { DateInput, type DateItem } from '../../ui/components/date-input';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { AgreeCtx } from './types';

export const fields = { reviewDate: 'review-day', agreedWithPerson: 'plan-agreed' };

/** The plan as agreed, the review date and the practitioner's word that it was agreed with the person. */
export function ConfirmingView({ ctx }: { ctx: AgreeCtx }) {
  const { context } = ctx.snapshot;
  const [date, setDate] = useState({ day: '', month: '', year: '' });
  const [agreed, setAgreed] = useState(false);
  const dateError = ctx.errorFor('reviewDate');
  const agreedError = ctx.errorFor('agreedWithPerson');
  const chosen = context.suggestions
    .filter((s) => s.decision === 'agreed')
    .map((s) => ctx.entry(s.id).title)
    .concat(context.own.map((o) => o.title));
  // The date as typed, for the machine to judge: "" when nothing was typed, never corrected here.
  const reviewDate = [date.year, date.month, date.day].some((p) => p.trim())
    ? `${date.year.trim().padStart(4, '0')}-${date.month.trim().padStart(2, '0')}-${date.day.trim().padStart(2, '0')}`
    : '';
  return [
    h('h1', { class: 'govuk-heading-l' }, t('agree.confirmTitle')),
    chosen.length
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet' },
          chosen.map((title) => h('li', { key: title }, title)),
        )
      : h('p', { class: 'govuk-body' }, t('agree.noneChosen')),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          ctx.send({
            type: 'CONFIRM',
            agreedWithPerson: agreed,
            reviewDate,
            at: new Date().toISOString(),
          });
        },
      },
      h(DateInput, {
        id: 'review',
        fieldset: {
          legend: { text: t('agree.reviewLegend'), classes: 'govuk-fieldset__legend--s' },
        },
        hint: { text: t('agree.reviewHint') },
        errorMessage: dateError ? { text: dateError.message } : null,
        items: (['day', 'month', 'year'] as const).map((name): DateItem => ({
          name,
          value: date[name],
        })),
        onInput: (name, value) => setDate({ ...date, [name]: value }),
      }),
      h(Checkboxes, {
        idPrefix: fields.agreedWithPerson,
        name: 'agreed',
        classes: 'govuk-checkboxes--small',
        errorMessage: agreedError ? { text: agreedError.message } : null,
        items: [{ value: 'yes', text: t('agree.agreedLabel'), checked: agreed }],
        onChange: (_v, checked) => setAgreed(checked),
      }),
      h(Button, { type: 'submit', text: t('agree.agree') }),
    ),
  ];
}
