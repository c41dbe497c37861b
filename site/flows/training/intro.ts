import { Button } from '../../ui/components/button';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { now, seed, type TrainingCtx } from './types';

/** What the module asks of the learner, and the start. */
export function IntroView({ ctx }: { ctx: TrainingCtx }) {
  return [
    h('h2', { class: 'govuk-heading-l' }, t('training.introTitle')),
    h(
      'p',
      { class: 'govuk-body' },
      t('training.introText', { size: ctx.formSize, pass: ctx.passMark }),
    ),
    h(Button, {
      text: t('training.start'),
      onClick: () =>
        ctx.send({ type: 'START', at: now(), seed: seed(), registration: crypto.randomUUID() }),
    }),
  ];
}
