import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t, tList } from '../../ui/messages';
import { now, type TrainingCtx } from './types';

/** The id of statement i's first rating, which its error links to. */
export const ratingField = (i: number) => `c${i}-0`;

/**
 * The learner's confidence in each of the module's statements, from 1 to 5, before the module
 * and again at the end. What is rated stays while errors come and go; each statement left
 * unrated gets its own error beside it, all at once.
 */
export function ConfidenceView({ ctx, after }: { ctx: TrainingCtx; after: boolean }) {
  const statements = ctx.module.confidence;
  const [ratings, setRatings] = useState<(number | null)[]>(() => statements.map(() => null));
  const scale = tList('training.scale');
  return [
    h(
      'h2',
      { class: 'govuk-heading-l' },
      t(after ? 'training.confidenceAfter' : 'training.confidenceBefore'),
    ),
    h('p', { class: 'govuk-body' }, t('training.confidenceText')),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          // Unrated statements go as 0, for the machine to name each one.
          ctx.send({ type: 'RATE', ratings: ratings.map((r) => r ?? 0), at: now() });
        },
      },
      statements.map((statement, i) => {
        const error = ctx.errorFor(`ratings.${i}`);
        return h(Radios, {
          key: i,
          idPrefix: `c${i}`,
          name: `c${i}`,
          classes: 'govuk-radios--small govuk-radios--inline',
          fieldset: {
            legend: {
              text: [
                h(
                  'span',
                  { class: 'govuk-caption-m' },
                  t('training.statement', { n: i + 1, total: statements.length }),
                ),
                statement,
              ],
              classes: 'govuk-fieldset__legend--s',
            },
          },
          errorMessage: error ? { text: error.message } : null,
          items: scale.map((label, k) => ({
            value: String(k + 1),
            id: `c${i}-${k}`,
            text: label,
            checked: ratings[i] === k + 1,
          })),
          onChange: (value) => setRatings(ratings.map((r, j) => (j === i ? Number(value) : r))),
        });
      }),
      h(Button, { type: 'submit', text: t('training.continue') }),
    ),
  ];
}
