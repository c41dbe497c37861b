import { currentTrainingQuestion } from '@attune/sdk/training';
import { h, useEffect, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { Runner, useSnapshot, type FlowError, type Step } from '../../ui/runner';
import { CompleteView } from './complete';
import { ConfidenceView, ratingField } from './confidence';
import { FeedbackView } from './feedback';
import { IntroView } from './intro';
import { LessonsView } from './lessons';
import { QuestionView, answerField } from './question';
import { ResultView } from './result';
import { catchUp, restore, save } from './restore';
import type { TrainingCtx, TrainingProps } from './types';
import { InsetText } from '../../ui/components/inset-text';

// Which page control each of the machine's event fields is drawn as, for linking its errors.
const fieldId = (field: string | undefined) =>
  field === 'optionId'
    ? answerField
    : field?.startsWith('ratings.')
      ? ratingField(Number(field.slice('ratings.'.length)))
      : undefined;

/**
 * A training module: the SDK's training machine, carried on from this device, and one view per
 * state (confidence, the knowledge test, lessons, the check with feedback, result, complete),
 * drawn by the runner. Drawn at build time as the intro; the page takes it over in place.
 */
export default function TrainingFlow(props: TrainingProps) {
  setCatalogue(props.messages);
  const [{ actor, restarted }] = useState(() => {
    const found = restore(props.module);
    catchUp(found.actor, props.module.id);
    return found;
  });
  const snapshot = useSnapshot(actor);
  useEffect(() => {
    save(actor, props.module.id);
    const sub = actor.subscribe(() => {
      catchUp(actor, props.module.id);
      save(actor, props.module.id);
    });
    return () => sub.unsubscribe();
  }, [actor]);

  const { context } = snapshot;
  const ctx: TrainingCtx = {
    ...props,
    snapshot,
    send: (event) => actor.send(event),
    errorFor: (field) => context.errors.find((e) => e.field === field),
  };
  const errors: FlowError[] = context.errors.map((e) => ({ ...e, field: fieldId(e.field) }));
  const question = currentTrainingQuestion(props.module, snapshot);

  let step: Omit<Step, 'errors'>;
  switch (snapshot.value) {
    case 'confidenceBefore':
    case 'confidenceAfter': {
      const after = snapshot.value === 'confidenceAfter';
      step = {
        id: snapshot.value,
        title: t(after ? 'training.confidenceAfter' : 'training.confidenceBefore'),
        firstField: ratingField(0),
        view: h(ConfidenceView, { ctx, after }),
      };
      break;
    }
    case 'knowledgeBefore':
    case 'check': {
      const view = question!;
      const at = `${snapshot.value}-${context.attempts.length}-${view.number}`;
      step = view.answer
        ? {
            id: `${at}-feedback`,
            title: t(view.answer.correct ? 'training.right' : 'training.notQuite'),
            view: h(FeedbackView, { ctx, view }),
          }
        : {
            id: at,
            title: t(view.phase === 'before' ? 'training.beforeCaption' : 'training.checkCaption', {
              n: view.number,
              total: view.of,
            }),
            firstField: answerField,
            view: h(QuestionView, { ctx, view }),
          };
      break;
    }
    case 'lessons':
      step = {
        id: 'lessons',
        title: t('training.progressTitle'),
        view: h(LessonsView, { ctx }),
      };
      break;
    case 'result': {
      const passed = context.attempts.at(-1)?.passed;
      step = {
        id: `result-${context.attempts.length}`,
        title: t(passed ? 'training.passed' : 'training.notPassed'),
        view: h(ResultView, { ctx }),
      };
      break;
    }
    case 'complete':
      step = {
        id: 'complete',
        title: t('training.completeTitle'),
        view: h(CompleteView, { ctx }),
      };
      break;
    default:
      step = { id: 'intro', title: t('training.introTitle'), view: h(IntroView, { ctx }) };
  }
  return h(Runner, {
    step: {
      ...step,
      errors,
      view: [restarted ? h(InsetText, {}, t('training.restarted')) : null, step.view],
    },
  });
}
