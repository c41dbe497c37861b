import {
  checkWordsOf,
  compareMotivationChecks,
  runFromSelfRating,
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
import { SummaryList } from '../../ui/components/summary-list';
import { Table } from '../../ui/components/table';
import { h, useMemo } from '../../ui/h';
import { t } from '../../ui/messages';
import { RunFlow } from '../screening/run';
import { Toolbar } from '../screening/toolbar';
import type { Ctx, RunEnding } from '../screening/types';
import type { PlanCtx } from './plan-ctx';

const q = motivationCheck;
/** A self-rating in the words the person chose: "Quite sure", not 4. */
const words = (item: string, n: number | undefined) =>
  n === undefined
    ? t('mentoring.motivation.notSaid')
    : (q.items.find((i) => i.id === item)?.options?.find((o) => o.value === String(n))?.label ??
      String(n));

/** The person's own words, quoted, or that they said nothing. */
const said = (words: string | undefined) =>
  words ? `“${words}”` : t('mentoring.motivation.notSaid');

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
      // Inside a case its answers go into the plan, which is sealed there: it is no screening.
      caseKinds: null,
    }),
  ];
}

/** A question as the person was asked it: plain, or Easy Read when that is on. */
const asked = (id: string, easyRead: boolean) => {
  const item = q.items.find((i) => i.id === id);
  return (easyRead ? item?.easyRead : item?.text) ?? id;
};
/** The words a person chose for a rating: the answer's Easy Read wording when that is on. */
const chosen = (id: string, label: string, easyRead: boolean) =>
  (easyRead
    ? q.items.find((i) => i.id === id)?.options?.find((o) => o.label === label)?.easyRead
    : undefined) ?? label;

/**
 * What the person said this time beside what they said the first time: the words they chose for
 * each rating and their own words, side by side, never a score or "better" and "worse". In Easy
 * Read when the person chose it during the check, with read aloud.
 */
function MotivationOutcome({ run, plan }: { run: Ctx; plan: PlanCtx }) {
  const record = run.snapshot.context.record as ScreeningRecord;
  const easy = run.page.easyRead;
  const first = plan.snapshot.context.selfRatings[0];
  // The first check as the plan kept it (ratings and words), compared by the SDK with this one.
  const comparison = first ? compareMotivationChecks(q, runFromSelfRating(q, first), record) : null;
  const ratings = (comparison?.ratings ?? []).filter((r) => r.change !== 'unknown');
  const key = easy ? ('mentoring.motivation.easy' as const) : ('mentoring.motivation' as const);
  const sentences = ratings.map((r) =>
    t(r.change === 'same' ? `${key}.same` : `${key}.different`, {
      question: asked(r.item, easy),
      before: chosen(r.item, r.before!, easy),
      now: chosen(r.item, r.after!, easy),
    }),
  );
  // Their own words: this time's, and the first time's beside them when there was a first time.
  const words = comparison
    ? comparison.words
    : Object.entries(checkWordsOf(q, record)).map(([item, after]) => ({
        item,
        before: null,
        after,
      }));
  const date = first?.at ? longDate(first.at) : t('mentoring.plan.dateNotRecorded');
  const then = (w: string | null) =>
    w === null ? t(`${key}.nothingThen`, { date }) : t(`${key}.wordsThen`, { date, words: w });
  const now = (w: string | null) =>
    w === null ? t(`${key}.nothingNow`) : t(`${key}.wordsNow`, { words: w });
  const spoken = [
    t('mentoring.motivation.outcomeTitle'),
    ...(comparison ? sentences : [t(`${key}.first`)]),
    ...words.map((w) =>
      [asked(w.item, easy), comparison ? then(w.before) : '', now(w.after)].join(' '),
    ),
  ].join(' ');
  return [
    h('span', { class: 'govuk-caption-l' }, t('mentoring.motivation.caption')),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.motivation.outcomeTitle')),
    h(Toolbar, { ctx: run, spoken }),
    h(
      'div',
      { class: 'attune-not-diagnosis', 'data-testid': 'not-diagnosis' },
      h(
        'p',
        { class: 'govuk-body govuk-!-margin-bottom-0' },
        // In Easy Read the person reads it too: short sentences, one idea each.
        h(
          'strong',
          {},
          t(
            easy
              ? 'mentoring.motivation.notAssessmentLeadEasy'
              : 'mentoring.motivation.notAssessmentLead',
          ),
        ),
        ' ',
        t(easy ? 'mentoring.motivation.notAssessmentEasy' : 'mentoring.motivation.notAssessment'),
      ),
    ),
    h('h2', { class: 'govuk-heading-l' }, t(`${key}.thenNow`)),
    comparison
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', 'data-testid': 'then-now' },
          sentences.map((line, i) => h('li', { key: ratings[i]!.item }, line)),
        )
      : h('p', { class: 'govuk-body', 'data-testid': 'then-now' }, t(`${key}.first`)),
    words.length
      ? [
          h('h2', { class: 'govuk-heading-l' }, t(`${key}.ownWords`)),
          h(
            'div',
            { 'data-testid': 'own-words' },
            h(SummaryList, {
              rows: words.map((w) => ({
                key: { text: asked(w.item, easy) },
                value: {
                  text: [
                    comparison
                      ? h('p', { class: 'govuk-body', 'data-testid': 'words-then' }, then(w.before))
                      : null,
                    h('p', { class: 'govuk-body', 'data-testid': 'words-now' }, now(w.after)),
                  ],
                },
              })),
            }),
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
            ratings: selfRatingsOf(q, record),
            words: checkWordsOf(q, record),
          });
          plan.setOverlay(null, wrong[0]?.message ?? t('mentoring.motivation.added'));
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
          rows: [
            ...selfRatingItems(q).map((item) => [
              { text: item.text },
              { text: words(item.id, first.ratings[item.id]) },
              ...(latest ? [{ text: words(item.id, latest.ratings[item.id]) }] : []),
            ]),
            // And what they said in their own words, where they said something either time.
            ...q.items
              .filter((i) => i.kind === 'text' && (first.words[i.id] || latest?.words[i.id]))
              .map((item) => [
                { text: item.text },
                { text: said(first.words[item.id]) },
                ...(latest ? [{ text: said(latest.words[item.id]) }] : []),
              ]),
          ],
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
