import { isCalendarDate, WHO, type MentoringContext, type Who } from '@attune/sdk/mentoring';
import { button, errorSummary } from '../screening/common';
import { fromTemplate, h, linkButton, type Child } from '../screening/dom';
import {
  caption,
  dateFrom,
  dateInput,
  errorText,
  group,
  heading,
  radios,
  stepsTable,
  type PlanPage,
} from './plan-parts';
import { whoWords } from './words';

export function stepsView(page: PlanPage, c: MentoringContext): Child[] {
  // The page's own check first; otherwise what the machine refused (a goal with no steps).
  const problem =
    page.stepProblem ?? (c.error ? { field: 'text' as const, message: c.error } : null);
  const at = (f: 'text' | 'who' | 'by') => (problem?.field === f ? problem.message : null);
  const firstWithout = Math.max(
    0,
    c.goals.findIndex((g) => g.steps.length === 0),
  );
  const form = h(
    'form',
    {
      novalidate: true,
      oninput: page.keep,
      onchange: page.keep,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const by = dateFrom(data, 'by');
        const goal = Number(data.get('goal') ?? 0);
        const text = String(data.get('text') ?? '').trim();
        const who = String(data.get('who') ?? '');
        page.stepProblem =
          text.length < 3 || text.length > 200
            ? { field: 'text', message: 'Say what needs doing, in 3 to 200 characters' }
            : !who
              ? { field: 'who', message: 'Choose who will do it' }
              : !isCalendarDate(by)
                ? { field: 'by', message: 'Enter a real date for the step, for example 27 3 2027' }
                : null;
        if (page.stepProblem) return page.render();
        const before = page.actor.getSnapshot().context.goals[goal]?.steps.length ?? 0;
        page.actor.send({ type: 'ADD_STEP', goal, text, who: who as Who, by });
        if ((page.actor.getSnapshot().context.goals[goal]?.steps.length ?? 0) > before) {
          page.clear('text', 'who', 'by-day', 'by-month', 'by-year', 'goal');
          page.render();
        }
      },
    },
    c.goals.length > 1
      ? radios(
          'goal',
          'Which goal is this step for?',
          c.goals.map((g, i) => [String(i), g.title]),
          page.field('goal', String(firstWithout)),
        )
      : h('input', { type: 'hidden', name: 'goal', value: '0' }),
    group(
      { ...c, error: at('text') },
      h('label', { class: 'govuk-label govuk-label--s', for: 'step-text' }, 'What needs doing?'),
      h(
        'div',
        { class: 'govuk-hint', id: 'step-text-hint' },
        'One small, clear action. For example: phone the council’s housing team.',
      ),
      errorText({ ...c, error: at('text') }, 'step-error'),
      h('input', {
        class: `govuk-input${at('text') ? ' govuk-input--error' : ''}`,
        id: 'step-text',
        name: 'text',
        type: 'text',
        maxlength: 200,
        value: page.field('text'),
        'aria-describedby': `step-text-hint${at('text') ? ' step-error' : ''}`,
      }),
    ),
    radios(
      'who',
      'Who will do it?',
      WHO.map((w) => [w, whoWords[w].mentor]),
      page.field('who'),
      undefined,
      at('who'),
    ),
    dateInput(page, 'by', 'By when?', at('by')),
    h(
      'button',
      {
        type: 'submit',
        class: 'govuk-button govuk-button--secondary',
      },
      'Add this step',
    ),
  );
  return [
    linkButton(
      'Back to the goals',
      () => {
        page.stepProblem = null;
        page.actor.send({ type: 'BACK' });
      },
      'govuk-back-link attune-link-button',
    ),
    caption(),
    heading('Agree the steps'),
    problem
      ? errorSummary(
          problem.message,
          { text: '#step-text', who: '#who-0', by: '#by-day' }[problem.field],
        )
      : null,
    fromTemplate('tpl-steps-intro'),
    c.goals.map((g, i) => [
      h('h2', { class: 'govuk-heading-m' }, `Goal ${i + 1}: ${g.title}`),
      g.steps.length
        ? stepsTable(g.steps, (s, j) =>
            linkButton(
              ['Remove', h('span', { class: 'govuk-visually-hidden' }, ` the step “${s.text}”`)],
              () => page.actor.send({ type: 'REMOVE_STEP', goal: i, step: j }),
            ),
          )
        : h('p', { class: 'govuk-body' }, 'No steps yet.'),
    ]),
    h('h2', { class: 'govuk-heading-m' }, 'Add a step'),
    form,
    h(
      'div',
      { class: 'govuk-button-group' },
      button(
        'Agree the plan',
        () => {
          page.stepProblem = null;
          page.actor.send({ type: 'NEXT', at: new Date().toISOString() });
        },
        '',
        { 'data-testid': 'agree' },
      ),
    ),
  ];
}
