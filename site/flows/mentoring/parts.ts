import { presentation, type MentoringContext } from '@attune/sdk/mentoring';
import { longDate } from '../../scripts/dates';
import { Table } from '../../ui/components/table';
import { h, type ComponentChildren } from '../../ui/h';
import { t } from '../../ui/messages';
import type { PlanCtx } from './plan-ctx';
import { statusTag, statusWords, whoWords } from './words';
import { InsetText } from '../../ui/components/inset-text';
import { Tag } from '../../ui/components/tag';

export type Steps = MentoringContext['goals'][number]['steps'];

/** The caption above every heading of the plan. */
export const Caption = () => h('span', { class: 'govuk-caption-l' }, t('mentoring.plan.caption'));

/** The agreed adjustments that change how the plan is given, said where the mentor will see them. */
export function AdjustmentsNote({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const how = presentation(c);
  return h(
    InsetText,
    { attributes: { 'data-testid': 'adjustments-note' } },
    c.adjustments.length === 0 && c.ownAdjustments.length === 0
      ? h('p', { class: 'govuk-body' }, t('mentoring.plan.noAdjustmentPlan'))
      : [
          h('p', { class: 'govuk-body' }, t('mentoring.plan.agreedTo')),
          h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            c.adjustments.map((id) => h('li', { key: id }, ctx.titles[id] ?? id)),
            // And what the person asked for in their own words.
            c.ownAdjustments.map((o) => h('li', { key: `own-${o.title}` }, o.title)),
          ),
          how.easyRead ? h('p', { class: 'govuk-body' }, t('mentoring.plan.easyRead')) : null,
          how.textReminders
            ? h('p', { class: 'govuk-body' }, t('mentoring.plan.textReminders'))
            : null,
        ],
  );
}

/** A goal's steps as the mentor reads them: what, who, by when, and progress or an action. */
export function StepsTable({
  steps,
  progress = false,
  action,
}: {
  steps: Steps;
  progress?: boolean;
  action?: (step: Steps[number], index: number) => ComponentChildren;
}) {
  return h(Table, {
    classes: 'attune-steps',
    head: [
      { text: t('mentoring.plan.colStep') },
      { text: t('mentoring.plan.colWho') },
      { text: t('mentoring.plan.colBy') },
      ...(progress ? [{ text: t('mentoring.plan.colProgress') }] : []),
      ...(action
        ? [
            {
              text: h('span', { class: 'govuk-visually-hidden' }, t('mentoring.plan.colAction')),
            },
          ]
        : []),
    ],
    rows: steps.map((s, j) => [
      { text: s.text },
      { text: whoWords(s.who), attributes: { 'data-label': t('mentoring.plan.colWho') } },
      { text: longDate(s.by), attributes: { 'data-label': t('mentoring.plan.colBy') } },
      ...(progress
        ? [
            {
              text: [
                h(Tag, { text: statusWords(s.status), classes: statusTag[s.status] }),
                s.why ? h('span', { class: 'attune-why' }, ` ${s.why}`) : null,
              ],
              attributes: { 'data-label': t('mentoring.plan.colProgress') },
            },
          ]
        : []),
      ...(action ? [{ text: action(s, j) }] : []),
    ]),
  });
}
