import {
  compareMotivationChecks,
  selfRatingItems,
  selfRatingsOf,
  type SelfRating,
} from '@attune/sdk/mentoring';
import { motivationCheck } from '@attune/sdk/questionnaires/motivation-check';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { longDate } from '../../scripts/dates';
import { keys } from '../../scripts/storage';
import { BackLink } from '../../ui/components/back-link';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Table } from '../../ui/components/table';
import { h, useMemo } from '../../ui/h';
import { t } from '../../ui/messages';
import { RunFlow } from '../screening/run';
import type { Ctx, RunEnding } from '../screening/types';
import type { PlanCtx } from './plan-ctx';

const q = motivationCheck;
/** A self-rating in the words the person chose: "Quite sure", not 4. */
const words = (item: string, n: number | undefined) =>
  n === undefined
    ? t('mentoring.motivation.notSaid')
    : (q.items.find((i) => i.id === item)?.options?.find((o) => o.value === String(n))?.label ??
      String(n));

/**
 * The motivation and thinking check, run on the screening flow with its own questionnaire (plain
 * and Easy Read, read aloud), then what the person said beside what they said the first time.
 */
export function MotivationRun({ ctx }: { ctx: PlanCtx }) {
  const ending = useMemo<RunEnding>(
    () => ({
      title: t('mentoring.motivation.outcomeTitle'),
      load: () =>
        Promise.resolve(({ ctx: run }: { ctx: Ctx }) => h(MotivationOutcome, { run, plan: ctx })),
    }),
    [],
  );
  return [
    h(BackLink, { text: t('mentoring.motivation.back'), onClick: () => ctx.setOverlay(null) }),
    h(RunFlow, {
      questionnaire: q,
      catalogue: [],
      messages: ctx.messages,
      noun: 'check',
      caption: t('mentoring.motivation.caption'),
      store: { run: keys.motivation, notes: keys.motivationNotes },
      guidanceBase: '',
      slots: {},
      // The mentor chose to start it from the plan: the run begins at the person's consent.
      saving: false,
      startedAt: new Date().toISOString(),
      ending,
    }),
  ];
}

/** What the person said this time, then and now in their words, and adding it to the plan. */
function MotivationOutcome({ run, plan }: { run: Ctx; plan: PlanCtx }) {
  const record = run.snapshot.context.record as ScreeningRecord;
  const ratings = selfRatingsOf(q, record);
  const first = plan.snapshot.context.selfRatings[0];
  // The first time, in the same shape as a run, so the SDK compares the words chosen each time.
  const comparison = first
    ? compareMotivationChecks(
        q,
        {
          questionnaire: { id: q.id, version: q.version },
          completedAt: first.at,
          answers: Object.fromEntries(
            Object.entries(first.ratings).map(([k, v]) => [k, String(v)]),
          ),
        },
        record,
      )
    : null;
  const said = q.items
    .filter((i) => i.kind === 'text')
    .map((i) => [i, record.answers[i.id]] as const)
    .filter(([, a]) => typeof a === 'string' && a.trim());
  return [
    h('span', { class: 'govuk-caption-l' }, t('mentoring.motivation.caption')),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.motivation.outcomeTitle')),
    h(
      'div',
      { class: 'attune-not-diagnosis', 'data-testid': 'not-diagnosis' },
      h(
        'p',
        { class: 'govuk-body govuk-!-margin-bottom-0' },
        h('strong', {}, t('mentoring.motivation.notAssessmentLead')),
        ' ',
        t('mentoring.motivation.notAssessment'),
      ),
    ),
    h('h2', { class: 'govuk-heading-l' }, t('mentoring.motivation.thenNow')),
    comparison
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', 'data-testid': 'then-now' },
          // The plan keeps only the self-ratings of earlier checks, so then and now is theirs.
          comparison.ratings
            .filter((r) => r.change !== 'unknown')
            .map((r) =>
              h(
                'li',
                { key: r.item },
                t(
                  r.change === 'same'
                    ? 'mentoring.motivation.same'
                    : 'mentoring.motivation.different',
                  {
                    question: r.question,
                    before: r.before!,
                    now: r.after!,
                  },
                ),
              ),
            ),
        )
      : h('p', { class: 'govuk-body', 'data-testid': 'then-now' }, t('mentoring.motivation.first')),
    said.length
      ? [
          h('h2', { class: 'govuk-heading-l' }, t('mentoring.motivation.ownWords')),
          h(
            'dl',
            { class: 'govuk-summary-list', 'data-testid': 'own-words' },
            said.map(([item, answer]) =>
              h(
                'div',
                { class: 'govuk-summary-list__row', key: item.id },
                h('dt', { class: 'govuk-summary-list__key' }, item.text),
                h('dd', { class: 'govuk-summary-list__value' }, `“${String(answer).trim()}”`),
              ),
            ),
          ),
        ]
      : null,
    h(
      ButtonGroup,
      {},
      h(Button, {
        text: t('mentoring.motivation.add'),
        attributes: { 'data-testid': 'add-ratings' },
        onClick: () => {
          const wrong = plan.send({
            type: 'RECORD_SELF_RATING',
            at: record.completedAt ?? new Date().toISOString(),
            ratings,
          });
          plan.setOverlay(null, wrong ?? t('mentoring.motivation.added'));
        },
      }),
      h(Button, {
        text: t('mentoring.motivation.leave'),
        classes: 'govuk-button--secondary',
        onClick: () => plan.setOverlay(null),
      }),
    ),
  ];
}

/** On the plan: the check's self-ratings the first time and the latest, in the person's words. */
export function MotivationSummary({ ctx }: { ctx: PlanCtx }) {
  const all: SelfRating[] = ctx.snapshot.context.selfRatings;
  const first = all[0];
  const latest = all.length > 1 ? all[all.length - 1] : undefined;
  const when = (r: SelfRating) => (r.at ? longDate(r.at) : t('mentoring.plan.dateNotRecorded'));
  return h(
    'div',
    // Left off the printed plan until there is something to show.
    { 'data-testid': 'motivation', class: first ? undefined : 'attune-no-print' },
    h('h2', { class: 'govuk-heading-l' }, t('mentoring.motivation.heading')),
    h('p', { class: 'govuk-body attune-no-print' }, t('mentoring.motivation.intro')),
    first
      ? h(Table, {
          classes: 'attune-steps',
          head: [
            { text: t('mentoring.motivation.colQuestion') },
            { text: t('mentoring.motivation.colFirst', { date: when(first) }) },
            ...(latest
              ? [{ text: t('mentoring.motivation.colLatest', { date: when(latest) }) }]
              : []),
          ],
          rows: selfRatingItems(q).map((item) => [
            { text: item.text },
            { text: words(item.id, first.ratings[item.id]) },
            ...(latest ? [{ text: words(item.id, latest.ratings[item.id]) }] : []),
          ]),
        })
      : h('p', { class: 'govuk-body' }, t('mentoring.motivation.none')),
    h(Button, {
      text: t('mentoring.motivation.start'),
      classes: 'govuk-button--secondary attune-no-print',
      onClick: () => ctx.setOverlay('motivation'),
      attributes: { 'data-testid': 'motivation-start' },
    }),
  );
}
