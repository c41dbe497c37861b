import { Button } from '../../ui/components/button';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { now, type TrainingCtx } from './types';

/** How many lessons are read, and the way on: the next lesson's page, or the knowledge check. */
export function LessonsView({ ctx }: { ctx: TrainingCtx }) {
  const { module } = ctx;
  const { context } = ctx.snapshot;
  const next = module.lessons.find(
    (l) => l.id === context.lessonId && !context.read.some((r) => r.lessonId === l.id),
  );
  return [
    h('h2', { class: 'govuk-heading-l' }, t('training.progressTitle')),
    h(
      'p',
      { class: 'govuk-body', 'data-testid': 'lessons-read' },
      t('training.lessonsRead', { read: context.read.length, total: module.lessons.length }),
    ),
    next
      ? h(Button, {
          href: ctx.lessonHrefs[next.id],
          text: t('training.readLesson', { n: next.order, title: next.title }),
        })
      : h(Button, {
          text: t('training.beginCheck'),
          onClick: () => ctx.send({ type: 'BEGIN_CHECK', at: now() }),
        }),
  ];
}
