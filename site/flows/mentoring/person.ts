import { presentation } from '@attune/sdk/mentoring';
import { longDate } from '../../scripts/dates';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Table } from '../../ui/components/table';
import { h } from '../../ui/h';
import { t, tList } from '../../ui/messages';
import type { PlanCtx } from './plan-ctx';
import { CalendarFile, nextMeetingWords } from './active';
import { whoWords } from './words';

/** The person's own copy, in their voice; Easy Read when their adjustment plan asks for it. */
export function PersonPlanView({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const how = presentation(c);
  const easy = how.easyRead;
  return [
    h(
      'div',
      {
        class: `attune-plan${easy ? ' attune-easy-read' : ''}`,
        'data-testid': 'person-plan',
        'data-easy-read': easy ? 'yes' : 'no',
      },
      h('h1', { class: 'govuk-heading-xl' }, t('mentoring.person.title')),
      c.agreedAt
        ? h(
            'p',
            { class: 'govuk-body-l' },
            t('mentoring.person.madeOn', { date: longDate(c.agreedAt) }),
          )
        : null,
      c.mentor
        ? h(
            'p',
            { class: 'govuk-body-l', 'data-testid': 'person-mentor' },
            t('mentoring.person.mentor', { name: c.mentor.name, contact: c.mentor.contact }),
          )
        : null,
      c.nextMeeting
        ? h(
            'p',
            { class: 'govuk-body-l', 'data-testid': 'person-next' },
            h('strong', {}, t('mentoring.person.next', { when: nextMeetingWords(c.nextMeeting) })),
          )
        : null,
      c.reference
        ? h(
            'p',
            { class: 'govuk-body-s', 'data-testid': 'person-reference' },
            t('mentoring.person.reference', { reference: c.reference }),
          )
        : null,
      c.goals.map((g, i) => [
        h(
          'h2',
          { class: 'govuk-heading-l', key: `goal-${i}` },
          t(easy ? 'mentoring.person.goalEasy' : 'mentoring.person.goal', {
            n: i + 1,
            title: g.title,
          }),
        ),
        easy
          ? h(
              'ul',
              { class: 'govuk-list' },
              g.steps.map((s, j) =>
                h(
                  'li',
                  { class: 'attune-easy-step', key: j },
                  h(
                    'p',
                    { class: 'govuk-body-l' },
                    h('strong', {}, t('mentoring.person.what')),
                    s.text,
                  ),
                  h(
                    'p',
                    { class: 'govuk-body-l' },
                    h('strong', {}, t('mentoring.person.who')),
                    whoWords(s.who, 'person'),
                  ),
                  h(
                    'p',
                    { class: 'govuk-body-l' },
                    h('strong', {}, t('mentoring.person.when')),
                    t('mentoring.person.by', { date: longDate(s.by) }),
                  ),
                  s.status === 'done'
                    ? h('p', { class: 'govuk-body-l' }, h('strong', {}, t('mentoring.person.done')))
                    : null,
                ),
              ),
            )
          : h(Table, {
              classes: 'attune-steps',
              head: [
                { text: t('mentoring.person.colWhat') },
                { text: t('mentoring.person.colWho') },
                { text: t('mentoring.person.colBy') },
                { text: t('mentoring.person.colDone') },
              ],
              rows: g.steps.map((s) => [
                { text: s.text },
                {
                  text: whoWords(s.who, 'person'),
                  attributes: { 'data-label': t('mentoring.person.colWho') },
                },
                { text: longDate(s.by), attributes: { 'data-label': t('mentoring.person.colBy') } },
                {
                  text: t(s.status === 'done' ? 'mentoring.person.yes' : 'mentoring.person.notYet'),
                  attributes: { 'data-label': t('mentoring.person.colDone') },
                },
              ]),
            }),
      ]),
      how.textReminders
        ? h(
            'p',
            { class: 'govuk-body-l', 'data-testid': 'text-reminders' },
            t(easy ? 'mentoring.person.textRemindersEasy' : 'mentoring.person.textReminders'),
          )
        : null,
      h('h2', { class: 'govuk-heading-l' }, t('mentoring.person.knowTitle')),
      h(
        'ul',
        { class: easy ? 'govuk-list' : 'govuk-list govuk-list--bullet' },
        tList(easy ? 'mentoring.person.knowEasy' : 'mentoring.person.know').map((line) =>
          h('li', { key: line }, line),
        ),
      ),
    ),
    h(CalendarFile, { ctx }),
    h(
      ButtonGroup,
      { classes: 'attune-no-print' },
      h(Button, {
        text: t('mentoring.person.print'),
        onClick: () => window.print(),
        attributes: { 'data-testid': 'print' },
      }),
      h(Button, {
        text: t('mentoring.plan.backToPlan'),
        classes: 'govuk-button--secondary',
        onClick: () => ctx.setOverlay(null),
      }),
    ),
  ];
}
