import type { TrainingQuestionView } from '@attune/sdk/training';
import { Button } from '../../ui/components/button';
import { NotificationBanner } from '../../ui/components/notification-banner';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { now, type TrainingCtx } from './types';

/**
 * Feedback on the answer just given in the check: right or not, why, and the best answer with
 * its reason. Focus moves to it (data-focus), so it is read out as soon as the answer is sent.
 */
export function FeedbackView({ ctx, view }: { ctx: TrainingCtx; view: TrainingQuestionView }) {
  const { question } = view;
  const given = view.answer!;
  const chosen = question.options.find((o) => o.id === given.optionId)!;
  const best = question.options.find((o) => o.correct)!;
  const line = (label: string, text: string) =>
    h('p', { class: 'govuk-body' }, h('strong', {}, label), text);
  return [
    h(
      'p',
      { class: 'govuk-caption-m' },
      t('training.checkCaption', { n: view.number, total: view.of }),
    ),
    h('h2', { class: 'govuk-heading-m' }, question.text),
    h(
      NotificationBanner,
      {
        titleId: 'feedback-title',
        titleText: t(given.correct ? 'training.right' : 'training.notQuite'),
        titleHeadingLevel: 3,
        type: given.correct ? 'success' : undefined,
        attributes: { 'data-testid': 'feedback', 'data-focus': true, tabindex: -1 },
      },
      line(t('training.yourAnswer'), chosen.text),
      h('p', { class: 'govuk-body' }, chosen.feedback),
      given.correct
        ? null
        : [
            line(t('training.bestAnswer'), best.text),
            h('p', { class: 'govuk-body' }, best.feedback),
          ],
    ),
    h(Button, {
      text: t(view.number < view.of ? 'training.nextQuestion' : 'training.seeResult'),
      onClick: () => ctx.send({ type: 'NEXT', at: now() }),
    }),
  ];
}
