import { Button } from '../../ui/components/button';
import { Textarea } from '../../ui/components/textarea';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { longDate } from '../../scripts/dates';
import type { ReviewCtx } from './types';

/** Before the review date: the review starts only with a reason the record keeps. */
export function NotDueView({ ctx, reviewDate }: { ctx: ReviewCtx; reviewDate: string }) {
  const [because, setBecause] = useState('');
  return [
    h('span', { class: 'govuk-caption-l' }, t('review.planReview')),
    h('h1', { class: 'govuk-heading-xl' }, t('review.notDueTitle')),
    h('p', { class: 'govuk-body' }, t('review.notDueText', { date: longDate(reviewDate) })),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          ctx.send({ type: 'START_EARLY', because });
        },
      },
      h(Textarea, {
        id: 'because',
        name: 'because',
        rows: 3,
        label: { text: t('review.because'), classes: 'govuk-label--s' },
        hint: { text: t('review.becauseHint') },
        errorMessage: ctx.errorMessage('because'),
        value: because,
        onInput: setBecause,
      }),
      h(Button, { type: 'submit', text: t('review.startEarly') }),
    ),
  ];
}
