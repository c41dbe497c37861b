import type { TrainingQuestionView } from '@attune/sdk/training';
import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { now, type TrainingCtx } from './types';

/** The id of the first option, which a "Choose an answer" error links to. */
export const answerField = 'answer-0';

/**
 * One question of the knowledge test before the lessons or of the check after them. Where it
 * falls ("question 2 of 6", a form's fixed size) is the legend's caption, read with the question.
 */
export function QuestionView({ ctx, view }: { ctx: TrainingCtx; view: TrainingQuestionView }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const { attempts } = ctx.snapshot.context;
  const before = view.phase === 'before';
  const place = { n: view.number, total: view.of, try: attempts.length };
  const caption = before
    ? t('training.beforeCaption', place)
    : t(attempts.length > 1 ? 'training.retryCaption' : 'training.checkCaption', place);
  const error = ctx.errorFor('optionId');
  return h(
    'form',
    {
      noValidate: true,
      onSubmit: (e: Event) => {
        e.preventDefault();
        ctx.send({ type: 'ANSWER', optionId: chosen ?? '', at: now() });
      },
    },
    h(Radios, {
      idPrefix: 'answer',
      name: 'answer',
      fieldset: {
        legend: {
          text: view.question.text,
          headingLevel: 2,
          classes: 'govuk-fieldset__legend--m',
          caption,
        },
      },
      hint: before && view.number === 1 ? { text: t('training.beforeHint') } : undefined,
      errorMessage: error ? { text: error.message } : null,
      items: view.options.map((o, i) => ({
        value: o.id,
        id: `answer-${i}`,
        text: o.text,
        checked: chosen === o.id,
      })),
      onChange: setChosen,
    }),
    h(Button, {
      type: 'submit',
      text: t(before ? 'training.nextQuestion' : 'training.checkAnswer'),
    }),
  );
}
