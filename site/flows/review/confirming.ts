import {
  HELPED_WORDS,
  IN_PLACE_WORDS,
  NEXT_STEP_WORDS,
  WHY_NOT_WORDS,
} from '@attune/sdk/follow-up';
import { Button } from '../../ui/components/button';
import { DateInput, type DateItem } from '../../ui/components/date-input';
import { SummaryList } from '../../ui/components/summary-list';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { dateParts, monthsAfter, typedDate } from '../../ui/days';
import type { ReviewCtx } from './types';

/** Every adjustment's answers at a glance, and the next review date (three months on, to start). */
export function ConfirmingView({ ctx }: { ctx: ReviewCtx }) {
  const { context } = ctx.snapshot;
  const [date, setDate] = useState(() => dateParts(monthsAfter(context.today, 3)));
  const rows = context.items.map((item, i) => {
    const a = context.answers[i]!;
    return {
      key: { text: item.title },
      value: {
        text: [
          t('review.inPlaceLine', { answer: IN_PLACE_WORDS[a.inPlace] }),
          ' ',
          a.helped ? `${HELPED_WORDS[a.helped]}. ` : `${WHY_NOT_WORDS[a.whyNot!]}. `,
          `${NEXT_STEP_WORDS[a.next]}${a.changeTo ? `: ${a.changeTo}` : ''}.`,
        ],
      },
    };
  });
  return [
    h('span', { class: 'govuk-caption-l' }, t('review.planReview')),
    h('h1', { class: 'govuk-heading-xl' }, t('review.confirmTitle')),
    rows.length ? h(SummaryList, { rows, attributes: { 'data-testid': 'review-summary' } }) : null,
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          ctx.send({ type: 'CONFIRM', nextReviewOn: typedDate(date) });
        },
      },
      h(DateInput, {
        id: 'nextReviewOn',
        namePrefix: 'nextReviewOn',
        fieldset: {
          legend: { text: t('review.nextReview'), classes: 'govuk-fieldset__legend--s' },
        },
        hint: { text: t('review.nextReviewHint') },
        errorMessage: ctx.errorMessage('nextReviewOn'),
        items: (['day', 'month', 'year'] as const).map((name): DateItem => ({
          name,
          value: date[name],
        })),
        onInput: (name, value) => setDate({ ...date, [name]: value }),
      }),
      h(Button, {
        type: 'submit',
        text: t('review.finish'),
        attributes: { 'data-testid': 'finish' },
      }),
    ),
  ];
}
