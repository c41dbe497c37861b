import {
  mentoringCalendar,
  mentoringPlanRecord,
  STEP_STATUSES,
  type Meeting,
} from '@attune/sdk/mentoring';
import { longDate } from '../../scripts/dates';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { NotificationBanner } from '../../ui/components/notification-banner';
import { SummaryList } from '../../ui/components/summary-list';
import { downloadJson, downloadText } from '../../ui/download';
import { h } from '../../ui/h';
import { caseHere } from '../../scripts/cases/here';
import { t } from '../../ui/messages';
import { MotivationSummary } from './motivation';
import { AdjustmentsNote, Caption, StepsTable } from './parts';
import type { PlanCtx } from './plan-ctx';
import { areaLabel, statusWords } from './words';

/** What a meeting changed, counted: "1 done, 1 stuck". */
const counts = (m: Meeting) =>
  STEP_STATUSES.map((s) => [s, m.updates.filter((u) => u.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${statusWords(s).toLowerCase()}`)
    .join(', ');

/** The plan as agreed: goals with their steps and progress, meetings, and what to do next. */
export function ActiveView({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  return [
    ctx.flash
      ? h(
          'div',
          { class: 'attune-no-print' },
          h(NotificationBanner, {
            titleText: t('mentoring.plan.success'),
            titleId: 'flash-title',
            type: 'success',
            // Focus goes here when the plan comes back after a meeting is saved.
            attributes: { 'data-testid': 'flash', 'data-focus': true },
            text: ctx.flash,
          }),
        )
      : null,
    h(Caption, {}),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.plan.title')),
    c.agreedAt
      ? h(
          'p',
          { class: 'govuk-body' },
          t('mentoring.plan.agreedOn', { date: longDate(c.agreedAt) }),
        )
      : null,
    h(DetailsList, { ctx }),
    h(AdjustmentsNote, { ctx }),
    c.goals.map((g, i) => [
      h(
        'h2',
        { class: 'govuk-heading-l', key: `goal-${i}` },
        h('span', { class: 'govuk-caption-m' }, areaLabel(ctx.questionnaire, g.area)),
        t('mentoring.plan.goalN', { n: i + 1, title: g.title }),
      ),
      h(StepsTable, { steps: g.steps, progress: true }),
    ]),
    h('h2', { class: 'govuk-heading-l' }, t('mentoring.plan.meetings')),
    c.meetings.length
      ? h(
          'ol',
          { class: 'govuk-list govuk-list--number', 'data-testid': 'meetings' },
          c.meetings.map((m, i) =>
            h(
              'li',
              { key: i },
              `${m.at ? longDate(m.at) : t('mentoring.plan.dateNotRecorded')}: ${counts(m)}`,
              m.view
                ? h(
                    'p',
                    { class: 'govuk-body govuk-!-margin-top-1', 'data-testid': 'meeting-view' },
                    t('mentoring.plan.meetingView', { view: m.view }),
                  )
                : null,
            ),
          ),
        )
      : h('p', { class: 'govuk-body' }, t('mentoring.plan.noMeetings')),
    h(
      ButtonGroup,
      { classes: 'attune-no-print' },
      h(Button, {
        text: t('mentoring.plan.recordMeeting'),
        onClick: () => ctx.setOverlay('meeting'),
        attributes: { 'data-testid': 'record-meeting' },
      }),
      h(Button, {
        text: t('mentoring.plan.printPlan'),
        classes: 'govuk-button--secondary',
        onClick: () => ctx.setOverlay('print'),
        attributes: { 'data-testid': 'print-plan' },
      }),
      h(DownloadPlan, { ctx }),
    ),
    h(CalendarFile, { ctx }),
    h(MotivationSummary, { ctx }),
    // What the mentor does with the plan, left off its printed page.
    h(
      'div',
      { class: 'attune-no-print' },
      h(KeepPlan, { ctx }),
      h('h2', { class: 'govuk-heading-m' }, t('mentoring.plan.ends')),
      h('p', { class: 'govuk-body' }, t('mentoring.plan.endsText')),
      h(Button, {
        text: t('mentoring.plan.close'),
        classes: 'govuk-button--warning',
        onClick: () => ctx.setOverlay('close'),
      }),
    ),
  ];
}

/** The plan as a JSON record a host can take in: goals, steps, meetings, no name. */
export const DownloadPlan = ({ ctx }: { ctx: PlanCtx }) => {
  const c = ctx.snapshot.context;
  return h(Button, {
    text: t('mentoring.plan.download'),
    classes: 'govuk-button--secondary',
    onClick: () =>
      downloadJson(
        mentoringPlanRecord(c),
        `attune-action-plan-${(c.closedAt ?? c.agreedAt ?? new Date().toISOString()).slice(0, 10)}.json`,
      ),
    attributes: { 'data-testid': 'download-plan' },
  });
};

/** The next meeting as the plan shows it: "Tuesday 2 December 2026 at 14:30, the library". */
export function nextMeetingWords(next: NonNullable<PlanCtx['snapshot']['context']['nextMeeting']>) {
  return [
    longDate(next.date),
    next.time ? ` ${t('mentoring.details.at', { time: next.time })}` : '',
    next.place ? `, ${next.place}` : '',
  ].join('');
}

/** The person's reference, the mentor and the next meeting, with a way to change them. */
function DetailsList({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const none = t('mentoring.details.none');
  const change = {
    items: [
      {
        text: t('mentoring.details.change'),
        onClick: () => ctx.setOverlay('details'),
        attributes: { 'data-testid': 'change-details' },
      },
    ],
  };
  return h(
    'div',
    { 'data-testid': 'plan-details' },
    h('h2', { class: 'govuk-heading-m' }, t('mentoring.details.heading')),
    h(SummaryList, {
      rows: [
        {
          key: { text: t('mentoring.details.referenceKey') },
          value: { text: c.reference ?? none },
          actions: {
            items: change.items.map((a) => ({
              ...a,
              visuallyHiddenText: t('mentoring.details.referenceKey').toLowerCase(),
            })),
          },
        },
        {
          key: { text: t('mentoring.details.mentorKey') },
          value: { text: c.mentor ? `${c.mentor.name}, ${c.mentor.contact}` : none },
        },
        {
          key: { text: t('mentoring.details.nextKey') },
          value: { text: c.nextMeeting ? nextMeetingWords(c.nextMeeting) : none },
        },
      ],
    }),
  );
}

/** The next meeting and the steps' dates as a calendar file for the person's phone, made here. */
export function CalendarFile({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  return h(
    'div',
    { class: 'attune-no-print' },
    h('p', { class: 'govuk-body', id: 'calendar-hint' }, t('mentoring.details.calendarHint')),
    h(Button, {
      text: t('mentoring.details.calendar'),
      classes: 'govuk-button--secondary',
      attributes: { 'data-testid': 'calendar', 'aria-describedby': 'calendar-hint' },
      onClick: () =>
        downloadText(
          mentoringCalendar(c, { now: new Date().toISOString() }),
          `attune-plan-dates-${new Date().toISOString().slice(0, 10)}.ics`,
          'text/calendar',
        ),
    }),
  );
}

/**
 * Keep the plan on this device, to update at the next meeting; inside a case it is kept in the
 * encrypted case instead, after every change, and never in plain.
 */
const KeepPlan = ({ ctx }: { ctx: PlanCtx }) => {
  const here = caseHere();
  if (here)
    return h(
      'p',
      { class: 'govuk-body', 'data-testid': 'case-saving' },
      t('inCase.planSaved', { reference: here.reference }),
    );
  return h(Checkboxes, {
    idPrefix: 'keep-plan',
    name: 'keep-plan',
    classes: 'govuk-checkboxes--small attune-no-print',
    items: [
      {
        value: 'yes',
        id: 'keep-plan',
        text: t('mentoring.plan.keep'),
        hint: { text: t('mentoring.plan.keepHint') },
        checked: ctx.saving,
      },
    ],
    onChange: (_v, checked) => ctx.setSaving(checked),
  });
};
