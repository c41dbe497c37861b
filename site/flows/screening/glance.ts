import { profileSummary, type ScreeningRecord } from '@attune/sdk/screening';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { ProfileChart } from '../../ui/profile-chart';
import type { Ctx } from './types';

/** The most things to do now the summary lists: more would make it the long page it replaces. */
const MOST = 5;

/**
 * The three to five things to do now, most urgent first: safeguarding when there is any, the
 * adjustments to agree, the referrals to offer, then going through the outcome with the person.
 */
export function thingsToDo(ctx: Ctx, record: ScreeningRecord): string[] {
  const adjustments = record.recommendedAdjustments
    .map((id) => ctx.catalogue.find((a) => a.id === id)?.title)
    .filter((title): title is string => !!title);
  const todo: string[] = [];
  if (record.flags.length) todo.push(t('screening.outcome.actOnSafeguarding'));
  todo.push(
    adjustments.length
      ? t('screening.glance.todoAdjustments', {
          count: adjustments.length,
          first: adjustments.slice(0, 2).join('; '),
        })
      : t('screening.glance.todoNoAdjustments'),
  );
  if (record.referrals.length)
    todo.push(
      t('screening.glance.todoReferral', {
        titles: record.referrals.map((r) => r.title).join('; '),
      }),
    );
  if (record.diagnosis.wanted === 'yes' && record.referrals.length === 0)
    todo.push(t('screening.glance.todoDiagnosis'));
  if (record.answerPattern?.agreeingWithEverything) todo.push(t('screening.glance.todoYesSaying'));
  todo.push(t('screening.glance.todoFound'));
  todo.push(t('screening.glance.todoRecord'));
  // Safeguarding and the adjustments always stay; the list is cut from the end.
  return todo.slice(0, MOST);
}

/** The outcome's first screen: the profile picture beside the things to do now. */
export function AtAGlance({ ctx, record }: { ctx: Ctx; record: ScreeningRecord }) {
  const summary = profileSummary(record, ctx.questionnaire);
  return h(
    'div',
    { class: 'attune-glance', 'data-testid': 'glance' },
    h('h2', { class: 'govuk-heading-l' }, t('screening.glance.title')),
    h(
      'div',
      { class: 'govuk-grid-row' },
      h(
        'div',
        { class: 'govuk-grid-column-one-half' },
        h(ProfileChart, {
          id: 'profile',
          caption: t('screening.glance.chartCaption'),
          profiles: [{ heading: t('screening.glance.chartCaption'), summary }],
        }),
        h('p', { class: 'govuk-body-s' }, t('screening.glance.chartHint')),
      ),
      h(
        'div',
        { class: 'govuk-grid-column-one-half' },
        h('h3', { class: 'govuk-heading-m' }, t('screening.glance.todo')),
        h(
          'ol',
          { class: 'govuk-list govuk-list--number', 'data-testid': 'todo' },
          thingsToDo(ctx, record).map((s) => h('li', { key: s }, s)),
        ),
        h(
          'h3',
          { class: 'govuk-heading-s govuk-!-margin-bottom-1' },
          t('screening.outcome.strengths'),
        ),
        record.strengths.length
          ? h(
              'ul',
              { class: 'govuk-list govuk-list--bullet', 'data-testid': 'strengths' },
              record.strengths.map((s) => h('li', { key: s }, s)),
            )
          : h('p', { class: 'govuk-body' }, t('screening.outcome.noStrengths')),
      ),
    ),
  );
}
