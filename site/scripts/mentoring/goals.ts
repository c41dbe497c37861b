import { MAX_GOALS, type MentoringContext } from '@attune/sdk/mentoring';
import { button, errorSummary } from '../screening/common';
import { fromTemplate, h, linkButton, type Child } from '../screening/dom';
import {
  adjustmentsNote,
  caption,
  errorText,
  group,
  heading,
  radios,
  type PlanPage,
} from './plan-parts';
import { areaLabel } from './words';

export function goalsView(page: PlanPage, c: MentoringContext): Child[] {
  const suggested = c.suggestedAreas;
  const areas = [
    ...suggested,
    ...page.q.domains.map((d) => d.id).filter((id) => !suggested.includes(id)),
  ];
  const full = c.goals.length >= MAX_GOALS;
  const form = h(
    'form',
    {
      novalidate: true,
      oninput: page.keep,
      onchange: page.keep,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const before = page.actor.getSnapshot().context.goals.length;
        page.actor.send({
          type: 'ADD_GOAL',
          area: String(data.get('area') ?? ''),
          title: String(data.get('title') ?? ''),
        });
        if (page.actor.getSnapshot().context.goals.length > before) {
          page.clear('title', 'area');
          page.render();
        }
      },
    },
    radios(
      'area',
      'Which area is this goal about?',
      areas.map((id) => [id, areaLabel(page.q, id)]),
      page.field('area', areas[0]),
      suggested.length
        ? 'Areas where the check found a barrier come first, starting with what the person wants to sort first.'
        : undefined,
    ),
    group(
      c,
      h(
        'label',
        { class: 'govuk-label govuk-label--s', for: 'goal-title' },
        'The goal, in the person’s words',
      ),
      h(
        'div',
        { class: 'govuk-hint', id: 'goal-title-hint' },
        'For example: get my birth certificate, so I can open a bank account.',
      ),
      errorText(c, 'goal-title-error'),
      h('input', {
        class: `govuk-input${c.error ? ' govuk-input--error' : ''}`,
        id: 'goal-title',
        name: 'title',
        type: 'text',
        maxlength: 120,
        value: page.field('title'),
        'aria-describedby': `goal-title-hint${c.error ? ' goal-title-error' : ''}`,
      }),
    ),
    h(
      'button',
      {
        type: 'submit',
        class: 'govuk-button govuk-button--secondary',
      },
      'Add this goal',
    ),
  );
  return [
    caption(),
    heading('Agree goals with the person'),
    c.error ? errorSummary(c.error, '#goal-title') : null,
    fromTemplate('tpl-goals-intro'),
    adjustmentsNote(page, c),
    suggested.length
      ? [
          h('h2', { class: 'govuk-heading-m' }, 'What the check found'),
          h(
            'ol',
            { class: 'govuk-list govuk-list--number', 'data-testid': 'suggested' },
            suggested.map((id) => h('li', {}, areaLabel(page.q, id))),
          ),
        ]
      : null,
    c.goals.length
      ? [
          h(
            'h2',
            { class: 'govuk-heading-m' },
            `Goals agreed so far: ${c.goals.length} of ${MAX_GOALS}`,
          ),
          h(
            'dl',
            { class: 'govuk-summary-list', 'data-testid': 'goals' },
            c.goals.map((g, i) =>
              h(
                'div',
                { class: 'govuk-summary-list__row' },
                h('dt', { class: 'govuk-summary-list__key' }, areaLabel(page.q, g.area)),
                h('dd', { class: 'govuk-summary-list__value' }, g.title),
                h(
                  'dd',
                  { class: 'govuk-summary-list__actions' },
                  linkButton(
                    [
                      'Remove',
                      h('span', { class: 'govuk-visually-hidden' }, ` the goal “${g.title}”`),
                    ],
                    () => page.actor.send({ type: 'REMOVE_GOAL', goal: i }),
                  ),
                ),
              ),
            ),
          ),
        ]
      : null,
    full
      ? h(
          'p',
          { class: 'govuk-body' },
          `That is ${MAX_GOALS} goals, the most to work on at once. Remove one to add another.`,
        )
      : [
          h('h2', { class: 'govuk-heading-m' }, c.goals.length ? 'Add another goal' : 'Add a goal'),
          form,
        ],
    button('Continue to the steps', () => page.actor.send({ type: 'NEXT' }), '', {
      'data-testid': 'to-steps',
    }),
  ];
}
