import { GOAL_TITLE_MAX, MAX_GOALS, THINKING_AREAS } from '@attune/sdk/mentoring';
import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { SummaryList } from '../../ui/components/summary-list';
import { TextInput } from '../../ui/components/text-input';
import { h, useRef, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { announce } from '../../ui/runner';
import { AdjustmentsNote, Caption } from './parts';
import { linked, type PlanCtx } from './plan-ctx';
import { areaLabel } from './words';

const TITLE = 'goal-title';
// The controls the machine's errors link to, by the event's field.
const controls: Record<string, string> = { title: TITLE, area: 'area-0', kind: 'area-0' };

/** Agree goals: areas the check found first, the goal in the person's words, at most MAX_GOALS. */
export function GoalsView({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const q = ctx.questionnaire;
  const suggested = c.suggestedAreas;
  const areas = [
    ...suggested,
    ...q.domains.map((d) => d.id).filter((id) => !suggested.includes(id)),
  ];
  const [area, setArea] = useState(areas[0] ?? '');
  const [title, setTitle] = useState('');
  const soFar = useRef<HTMLHeadingElement>(null);
  const full = c.goals.length >= MAX_GOALS;
  // Where focus goes when the control used is gone: the list of goals, which says what changed.
  const focusList = () => {
    const el = soFar.current ?? document.querySelector<HTMLElement>('main h1');
    el?.setAttribute('tabindex', '-1');
    el?.focus();
  };
  // The person's first choice goes first: the order is theirs, and the plan keeps it.
  const move = (goal: number, to: number) => {
    const title = c.goals[goal]!.title;
    ctx.send({ type: 'MOVE_GOAL', goal, to });
    focusList();
    announce(t('mentoring.plan.goalMoved', { n: to + 1, title }));
  };
  const titleError = ctx.errorFor(TITLE);
  const areaError = ctx.errorFor(controls.area!);

  return [
    h(Caption, {}),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.plan.goalsTitle')),
    h('p', { class: 'govuk-body' }, t('mentoring.plan.goalsIntro')),
    h(AdjustmentsNote, { ctx }),
    suggested.length
      ? [
          h('h2', { class: 'govuk-heading-m' }, t('mentoring.plan.suggested')),
          h(
            'ol',
            { class: 'govuk-list govuk-list--number', 'data-testid': 'suggested' },
            suggested.map((id) => h('li', { key: id }, areaLabel(q, id))),
          ),
        ]
      : null,
    c.goals.length
      ? [
          h(
            'h2',
            { class: 'govuk-heading-m', ref: soFar },
            t('mentoring.plan.goalsSoFar', { n: c.goals.length, max: MAX_GOALS }),
          ),
          h(
            'div',
            { 'data-testid': 'goals' },
            h(SummaryList, {
              rows: c.goals.map((g, i) => ({
                key: { text: areaLabel(q, g.area) },
                value: { text: g.title },
                actions: {
                  items: [
                    ...(i > 0
                      ? [
                          {
                            text: t('mentoring.plan.moveUp'),
                            visuallyHiddenText: `“${g.title}”`,
                            onClick: () => move(i, i - 1),
                          },
                        ]
                      : []),
                    ...(i < c.goals.length - 1
                      ? [
                          {
                            text: t('mentoring.plan.moveDown'),
                            visuallyHiddenText: `“${g.title}”`,
                            onClick: () => move(i, i + 1),
                          },
                        ]
                      : []),
                    {
                      text: t('mentoring.plan.remove'),
                      visuallyHiddenText: `“${g.title}”`,
                      onClick: () => {
                        ctx.send({ type: 'REMOVE_GOAL', goal: i });
                        focusList();
                        announce(t('mentoring.plan.goalRemoved', { title: g.title }));
                      },
                    },
                  ],
                },
              })),
            }),
          ),
        ]
      : null,
    full
      ? h('p', { class: 'govuk-body' }, t('mentoring.plan.full', { max: MAX_GOALS }))
      : [
          h(
            'h2',
            { class: 'govuk-heading-m' },
            t(c.goals.length ? 'mentoring.plan.addAnotherGoal' : 'mentoring.plan.addGoal'),
          ),
          h(
            'form',
            {
              noValidate: true,
              onSubmit: (e: Event) => {
                e.preventDefault();
                // The machine knows a thinking area when it sees one, and marks the goal so.
                const wrong = ctx.send({ type: 'ADD_GOAL', area, title });
                if (wrong.length) return ctx.setErrors(linked(wrong, (f) => controls[f]));
                announce(t('mentoring.plan.goalAdded', { title: title.trim() }));
                setTitle('');
                // The form goes when the plan is full; otherwise focus stays on "Add this goal".
                if (ctx.snapshot.context.goals.length + 1 >= MAX_GOALS) setTimeout(focusList);
              },
            },
            h(Radios, {
              idPrefix: 'area',
              name: 'area',
              classes: 'govuk-radios--small attune-areas',
              fieldset: {
                legend: {
                  text: t('mentoring.plan.areaLegend'),
                  classes: 'govuk-fieldset__legend--s',
                },
              },
              hint: suggested.length ? { text: t('mentoring.plan.areaHint') } : undefined,
              errorMessage: areaError ? { text: areaError.message } : null,
              items: [
                ...areas.map((id, i) => ({
                  value: id,
                  id: `area-${i}`,
                  text: areaLabel(q, id),
                  checked: area === id,
                })),
                { value: '', text: '', divider: t('mentoring.plan.thinkingDivider') },
                ...THINKING_AREAS.map((a, i) => ({
                  value: a.id,
                  id: `area-${areas.length + i}`,
                  text: a.label,
                  hint: { text: a.description },
                  checked: area === a.id,
                })),
              ],
              onChange: setArea,
            }),
            h(TextInput, {
              id: TITLE,
              name: 'title',
              label: { text: t('mentoring.plan.goalLabel'), classes: 'govuk-label--s' },
              hint: { text: t('mentoring.plan.goalHint') },
              errorMessage: titleError ? { text: titleError.message } : null,
              value: title,
              attributes: { maxlength: GOAL_TITLE_MAX },
              onInput: setTitle,
            }),
            h(Button, {
              type: 'submit',
              text: t('mentoring.plan.addThisGoal'),
              classes: 'govuk-button--secondary',
            }),
          ),
        ],
    h(Button, {
      text: t('mentoring.plan.toSteps'),
      onClick: () => {
        const wrong = ctx.send({ type: 'NEXT' });
        // "Agree at least one goal" has no field of its own: it links to the goal's words.
        if (wrong.length) ctx.setErrors(linked(wrong, (f) => controls[f]));
      },
      attributes: { 'data-testid': 'to-steps' },
    }),
  ];
}
