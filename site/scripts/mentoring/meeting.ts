import { longDate } from '../dates';
import {
  isCalendarDate,
  STEP_STATUSES,
  type MentoringContext,
  type StepStatus,
} from '@attune/sdk/mentoring';
import { errorSummary, submitButton } from '../screening/common';
import { fromTemplate, h, linkButton, type Child } from '../screening/dom';
import { caption, dateFrom, dateInput, heading, type PlanPage } from './plan-parts';
import { statusWords } from './words';

export function meetingView(page: PlanPage, context: MentoringContext): Child[] {
  const c = { ...context, error: page.meetingFailed ? context.error : null };
  // Today on this device, as the person and mentor count days.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const steps = c.goals.flatMap((g, gi) =>
    g.steps.map((s, si) => ({ g, gi, s, si, name: `step-${gi}-${si}` })),
  );
  const firstStuck = steps.find(
    (x) =>
      page.field(x.name, x.s.status) === 'stuck' &&
      !page.field(`${x.name}-why`, x.s.why ?? '').trim(),
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
        const met = dateFrom(data, 'met');
        page.meetingDateProblem = !isCalendarDate(met)
          ? 'Enter the date you met, for example 27 3 2027'
          : met > today
            ? 'The meeting date must be today or earlier'
            : null;
        if (page.meetingDateProblem) return page.render();
        const before = page.actor.getSnapshot().context.meetings.length;
        // A meeting is a day, not a moment: mentors often write it up later.
        const at = `${met}T00:00:00.000Z`;
        page.actor.send({
          type: 'RECORD_MEETING',
          at,
          updates: steps.map((x) => ({
            goal: x.gi,
            step: x.si,
            status: String(data.get(x.name)) as StepStatus,
            why: String(data.get(`${x.name}-why`) ?? ''),
          })),
        });
        if (page.actor.getSnapshot().context.meetings.length > before) {
          for (const x of steps) page.clear(x.name, `${x.name}-why`);
          page.flash = `The meeting on ${longDate(at)} is recorded.`;
          page.show(null);
        } else {
          page.meetingFailed = true;
          page.render();
        }
      },
    },
    dateInput(page, 'met', 'When did you meet?', page.meetingDateProblem, {
      day: String(now.getDate()),
      month: String(now.getMonth() + 1),
      year: String(now.getFullYear()),
    }),
    steps.map((x) =>
      h(
        'div',
        { class: 'govuk-form-group attune-meeting-step' },
        h(
          'fieldset',
          { class: 'govuk-fieldset' },
          h(
            'legend',
            { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' },
            h('span', { class: 'govuk-caption-s' }, `Goal ${x.gi + 1}: ${x.g.title}`),
            x.s.text,
          ),
          h(
            'div',
            { class: 'govuk-radios govuk-radios--small govuk-radios--inline' },
            STEP_STATUSES.map((status) =>
              h(
                'div',
                { class: 'govuk-radios__item' },
                h('input', {
                  class: 'govuk-radios__input',
                  id: `${x.name}-${status}`,
                  name: x.name,
                  type: 'radio',
                  value: status,
                  checked: page.field(x.name, x.s.status) === status,
                }),
                h(
                  'label',
                  { class: 'govuk-label govuk-radios__label', for: `${x.name}-${status}` },
                  statusWords[status].text,
                ),
              ),
            ),
          ),
          h(
            'div',
            {
              class: `govuk-form-group${c.error && x === firstStuck ? ' govuk-form-group--error' : ''}`,
            },
            h(
              'label',
              { class: 'govuk-label', for: `${x.name}-why` },
              'If it is stuck, what is getting in the way?',
            ),
            c.error && x === firstStuck
              ? h(
                  'p',
                  { class: 'govuk-error-message', id: `${x.name}-why-error` },
                  h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
                  'Say why this step is stuck',
                )
              : null,
            h(
              'textarea',
              {
                class: 'govuk-textarea',
                id: `${x.name}-why`,
                name: `${x.name}-why`,
                rows: 2,
                maxlength: 300,
              },
              page.field(`${x.name}-why`, x.s.why ?? ''),
            ),
          ),
        ),
      ),
    ),
    submitButton('Save this meeting'),
  );
  return [
    linkButton('Back to the plan', () => page.show(null), 'govuk-back-link attune-link-button'),
    caption(),
    heading('Record a meeting'),
    page.meetingDateProblem
      ? errorSummary(page.meetingDateProblem, '#met-day')
      : c.error
        ? errorSummary(c.error, `#${firstStuck?.name ?? steps[0]?.name ?? ''}-why`)
        : null,
    fromTemplate('tpl-meeting-intro'),
    form,
  ];
}
