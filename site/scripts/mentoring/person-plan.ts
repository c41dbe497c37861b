import { longDate } from '../dates';
import { presentation, type MentoringContext } from '@attune/sdk/mentoring';
import { button } from '../screening/common';
import { fromTemplate, h, linkButton, type Child } from '../screening/dom';
import type { PlanPage } from './plan-parts';
import { whoWords } from './words';

/** The person's own copy, in their voice; Easy Read when their adjustment plan asks for it. */
export function personPlan(page: PlanPage, c: MentoringContext): Child[] {
  const how = presentation(c);
  const back = () => page.show(null);
  return [
    h(
      'div',
      { class: 'attune-no-print' },
      linkButton('Back to the plan', back, 'govuk-back-link attune-link-button'),
    ),
    h(
      'div',
      {
        class: `attune-plan${how.easyRead ? ' attune-easy-read' : ''}`,
        'data-testid': 'person-plan',
        'data-easy-read': how.easyRead ? 'yes' : 'no',
      },
      h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'My action plan'),
      c.agreedAt
        ? h(
            'p',
            { class: 'govuk-body-l' },
            `I made this plan with my mentor on ${longDate(c.agreedAt)}.`,
          )
        : null,
      c.goals.map((g, i) => [
        h(
          'h2',
          { class: 'govuk-heading-l' },
          `${how.easyRead ? 'Goal' : 'My goal'} ${i + 1}: ${g.title}`,
        ),
        how.easyRead
          ? h(
              'ul',
              { class: 'govuk-list' },
              g.steps.map((s) =>
                h(
                  'li',
                  { class: 'attune-easy-step' },
                  h('p', { class: 'govuk-body-l' }, h('strong', {}, 'What: '), s.text),
                  h(
                    'p',
                    { class: 'govuk-body-l' },
                    h('strong', {}, 'Who: '),
                    whoWords[s.who].person,
                  ),
                  h(
                    'p',
                    { class: 'govuk-body-l' },
                    h('strong', {}, 'When: '),
                    `by ${longDate(s.by)}`,
                  ),
                  s.status === 'done'
                    ? h('p', { class: 'govuk-body-l' }, h('strong', {}, 'Done.'))
                    : null,
                ),
              ),
            )
          : h(
              'table',
              { class: 'govuk-table attune-steps' },
              h(
                'thead',
                { class: 'govuk-table__head' },
                h(
                  'tr',
                  { class: 'govuk-table__row' },
                  ['What', 'Who', 'By when', 'Done?'].map((t) =>
                    h('th', { class: 'govuk-table__header', scope: 'col' }, t),
                  ),
                ),
              ),
              h(
                'tbody',
                { class: 'govuk-table__body' },
                g.steps.map((s) =>
                  h(
                    'tr',
                    { class: 'govuk-table__row' },
                    h('td', { class: 'govuk-table__cell' }, s.text),
                    h(
                      'td',
                      { class: 'govuk-table__cell', 'data-label': 'Who' },
                      whoWords[s.who].person,
                    ),
                    h(
                      'td',
                      { class: 'govuk-table__cell', 'data-label': 'By when' },
                      longDate(s.by),
                    ),
                    h(
                      'td',
                      { class: 'govuk-table__cell', 'data-label': 'Done?' },
                      s.status === 'done' ? 'Yes' : 'Not yet',
                    ),
                  ),
                ),
              ),
            ),
      ]),
      how.textReminders
        ? h(
            'p',
            { class: 'govuk-body-l', 'data-testid': 'text-reminders' },
            how.easyRead
              ? 'I will get a text to remind me. It comes before each date.'
              : 'I will get a text message to remind me before each date.',
          )
        : null,
      fromTemplate(how.easyRead ? 'tpl-person-plan-easy' : 'tpl-person-plan-know'),
    ),
    h(
      'div',
      { class: 'govuk-button-group attune-no-print' },
      button('Print this plan', () => window.print(), '', { 'data-testid': 'print' }),
      button('Back to the plan', back, 'secondary'),
    ),
  ];
}
