import { Button } from '../../ui/components/button';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { now, seed, type TrainingCtx } from './types';

/** The score of the check just finished: on to confidence if passed, or another try. */
export function ResultView({ ctx }: { ctx: TrainingCtx }) {
  const attempt = ctx.snapshot.context.attempts.at(-1)!;
  const right = attempt.answers.filter((a) => a.correct).length;
  return [
    h(
      'h2',
      { class: 'govuk-heading-l' },
      t(attempt.passed ? 'training.passed' : 'training.notPassed'),
    ),
    h(
      'p',
      { class: 'govuk-body-l', 'data-testid': 'score' },
      t('training.score', {
        right,
        total: attempt.order.length,
        percent: Math.round((attempt.score ?? 0) * 100),
        pass: ctx.passMark,
      }),
    ),
    attempt.passed
      ? h(Button, { text: t('training.continue'), onClick: () => ctx.send({ type: 'NEXT' }) })
      : [
          h('p', { class: 'govuk-body' }, t('training.tryAgainText')),
          h(Button, {
            text: t('training.tryAgain'),
            onClick: () => ctx.send({ type: 'RETRY', seed: seed(), at: now() }),
          }),
        ],
  ];
}
