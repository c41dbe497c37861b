import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { Textarea } from '../../ui/components/textarea';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { DECISIONS, type Decision } from '@attune/sdk/adjustments/plan';
import type { AgreeCtx } from './types';

/** The ids an error links to: the first choice, and the reason box. */
export const fields = { decision: 'decision-0', reason: 'decision-reason' };

/** One suggestion: does the person want it? "Not now" and "not wanted" need a reason. */
export function ReviewingView({ ctx }: { ctx: AgreeCtx }) {
  const { context } = ctx.snapshot;
  const suggestion = context.suggestions[context.index]!;
  const adjustment = ctx.entry(suggestion.id);
  // What is chosen and typed stays while errors come and go; a new suggestion starts afresh.
  const [decision, setDecision] = useState<string | null>(suggestion.decision);
  const [reason, setReason] = useState(suggestion.reason ?? '');
  const decisionError = ctx.errorFor('decision');
  const reasonError = ctx.errorFor('reason');
  return h(
    'form',
    {
      noValidate: true,
      onSubmit: (e: Event) => {
        e.preventDefault();
        ctx.send({ type: 'DECIDE', decision: (decision ?? '') as Decision, reason });
      },
    },
    h(Radios, {
      idPrefix: 'decision',
      name: 'decision',
      fieldset: {
        legend: {
          text: adjustment.title,
          isPageHeading: true,
          classes: 'govuk-fieldset__legend--l',
          caption: t('agree.caption', {
            n: context.index + 1,
            total: context.suggestions.length,
          }),
        },
      },
      hint: {
        text: [
          h('span', { class: 'govuk-body govuk-!-display-block' }, adjustment.summary),
          h('span', { class: 'govuk-!-display-block' }, t('agree.forPerson'), adjustment.easyRead),
        ],
      },
      errorMessage: decisionError ? { text: decisionError.message } : null,
      items: DECISIONS.map((value, i) => ({
        value,
        id: `decision-${i}`,
        text: t(`agree.decisions.${value}`),
        checked: decision === value,
      })),
      onChange: setDecision,
    }),
    h(Textarea, {
      id: fields.reason,
      name: 'reason',
      rows: 2,
      label: { text: t('agree.reasonLabel') },
      errorMessage: reasonError ? { text: reasonError.message } : null,
      value: reason,
      onInput: setReason,
    }),
    h(Button, { type: 'submit', text: t('agree.continue') }),
  );
}
