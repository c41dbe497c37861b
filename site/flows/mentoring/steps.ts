import { CHOSEN_BY, STEP_TEXT_MAX, WHO, type ChosenBy, type Who } from '@attune/sdk/mentoring';
import { Button, LinkButton } from '../../ui/components/button';
import { DateInput, type DateItem } from '../../ui/components/date-input';
import { Radios } from '../../ui/components/radios';
import { TextInput } from '../../ui/components/text-input';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { announce } from '../../ui/runner';
import { Caption, StepsTable } from './parts';
import { linked, type PlanCtx } from './plan-ctx';
import { today, typedDate, whoWords } from './words';

// The controls errors link to.
const fields = { text: 'step-text', who: 'who-0', by: 'by-day', chosen: 'chosen-0' };
// The control each of ADD_STEP's fields is drawn as; `at` is today, which goes with the date.
const controls: Record<string, string> = {
  goal: 'goal-0',
  text: fields.text,
  who: fields.who,
  by: fields.by,
  at: fields.by,
  chosenBy: fields.chosen,
};
const blank = { day: '', month: '', year: '' };

/**
 * Agree the steps for each goal: what, who, by when. The machine judges a step by the plan
 * record's own rules and gives every problem at once; each is shown at its own field.
 */
export function StepsView({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const firstWithout = Math.max(
    0,
    c.goals.findIndex((g) => g.steps.length === 0),
  );
  const [goal, setGoal] = useState(String(firstWithout));
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [chosen, setChosen] = useState('');
  const [date, setDate] = useState(blank);
  const error = (field: keyof typeof fields) => {
    const e = ctx.errorFor(fields[field]);
    return e ? { text: e.message } : null;
  };

  const add = (e: Event) => {
    e.preventDefault();
    const n = Number(goal);
    // Sent as typed: the machine says what is missing or wrong, and refuses a day before today,
    // which it takes from `at`, never from a clock.
    const wrong = ctx.send({
      type: 'ADD_STEP',
      goal: n,
      text,
      who: who as Who,
      by: typedDate(date),
      at: today(),
      chosenBy: chosen as ChosenBy,
    });
    if (wrong.length) return ctx.setErrors(linked(wrong, (f) => controls[f]));
    announce(t('mentoring.plan.stepAdded', { n: n + 1, text: text.trim() }));
    setText('');
    setWho('');
    setDate(blank);
    setChosen('');
    // Focus stays on "Add this step", ready for the next one.
  };

  return [
    h(Caption, {}),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.plan.stepsTitle')),
    h('p', { class: 'govuk-body' }, t('mentoring.plan.stepsIntro')),
    c.goals.map((g, i) => [
      h(
        'h2',
        { class: 'govuk-heading-m', key: `goal-${i}` },
        t('mentoring.plan.goalN', { n: i + 1, title: g.title }),
      ),
      g.steps.length
        ? h(StepsTable, {
            steps: g.steps,
            action: (s, j) =>
              h(LinkButton, {
                text: [
                  t('mentoring.plan.remove'),
                  h('span', { class: 'govuk-visually-hidden' }, ` “${s.text}”`),
                ],
                onClick: () => {
                  ctx.send({ type: 'REMOVE_STEP', goal: i, step: j });
                  // The button is gone: focus goes to the goal's heading, and the change is said.
                  const heading = document.querySelectorAll<HTMLElement>('main h2')[i];
                  heading?.setAttribute('tabindex', '-1');
                  heading?.focus();
                  announce(t('mentoring.plan.stepRemoved', { text: s.text }));
                },
              }),
          })
        : h('p', { class: 'govuk-body' }, t('mentoring.plan.noSteps')),
    ]),
    h('h2', { class: 'govuk-heading-m' }, t('mentoring.plan.addStep')),
    h(
      'form',
      { noValidate: true, onSubmit: add },
      c.goals.length > 1
        ? h(Radios, {
            idPrefix: 'goal',
            name: 'goal',
            classes: 'govuk-radios--small',
            fieldset: {
              legend: {
                text: t('mentoring.plan.stepGoalLegend'),
                classes: 'govuk-fieldset__legend--s',
              },
            },
            items: c.goals.map((g, i) => ({
              value: String(i),
              id: `goal-${i}`,
              text: g.title,
              checked: goal === String(i),
            })),
            onChange: setGoal,
          })
        : null,
      h(TextInput, {
        id: fields.text,
        name: 'text',
        label: { text: t('mentoring.plan.stepLabel'), classes: 'govuk-label--s' },
        hint: { text: t('mentoring.plan.stepHint') },
        errorMessage: error('text'),
        value: text,
        attributes: { maxlength: STEP_TEXT_MAX },
        onInput: setText,
      }),
      h(Radios, {
        idPrefix: 'who',
        name: 'who',
        classes: 'govuk-radios--small',
        fieldset: {
          legend: { text: t('mentoring.plan.whoLegend'), classes: 'govuk-fieldset__legend--s' },
        },
        errorMessage: error('who'),
        items: WHO.map((w, i) => ({
          value: w,
          id: `who-${i}`,
          text: whoWords(w),
          checked: who === w,
        })),
        onChange: setWho,
      }),
      h(DateInput, {
        id: 'by',
        namePrefix: 'by',
        fieldset: {
          legend: { text: t('mentoring.plan.byLegend'), classes: 'govuk-fieldset__legend--s' },
        },
        hint: { text: t('mentoring.plan.dateHint') },
        errorMessage: error('by'),
        items: (['day', 'month', 'year'] as const).map((name): DateItem => ({
          name,
          value: date[name],
        })),
        onInput: (name, value) => setDate((d) => ({ ...d, [name]: value })),
      }),
      h(Radios, {
        idPrefix: 'chosen',
        name: 'chosen',
        classes: 'govuk-radios--small',
        fieldset: {
          legend: { text: t('mentoring.plan.chosenLegend'), classes: 'govuk-fieldset__legend--s' },
        },
        hint: { text: t('mentoring.plan.chosenHint') },
        errorMessage: error('chosen'),
        items: CHOSEN_BY.map((c, i) => ({
          value: c,
          id: `chosen-${i}`,
          text: t(`mentoring.chosen.${c}`),
          checked: chosen === c,
        })),
        onChange: setChosen,
      }),
      h(Button, {
        type: 'submit',
        text: t('mentoring.plan.addThisStep'),
        classes: 'govuk-button--secondary',
      }),
    ),
    h(Button, {
      text: t('mentoring.plan.agree'),
      onClick: () => {
        const wrong = ctx.send({ type: 'NEXT', at: new Date().toISOString() });
        // "Add at least one step for every goal" links to the step's words, to start there.
        if (wrong.length) ctx.setErrors(linked(wrong, (f) => controls[f]));
      },
      attributes: { 'data-testid': 'agree' },
    }),
  ];
}
