import {
  PERSON_VIEW_MAX,
  STEP_STATUSES,
  STUCK_REASONS,
  STUCK_WHY_MAX,
  type StepStatus,
  type StuckReason,
} from '@attune/sdk/mentoring';
import { longDate } from '../../scripts/dates';
import { Button } from '../../ui/components/button';
import { DateInput, type DateItem } from '../../ui/components/date-input';
import { Radios } from '../../ui/components/radios';
import { Textarea } from '../../ui/components/textarea';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { Caption } from './parts';
import { linked, type PlanCtx } from './plan-ctx';
import { statusWords, today, typedDate } from './words';

const MET = 'met-day';
const VIEW = 'meeting-view';

/**
 * Record a meeting: the day you met (today unless changed, never a day to come) and how each
 * step stands; a stuck step says why. The machine judges it and gives every problem at once;
 * each is shown at its own field.
 */
export function MeetingView({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const steps = c.goals.flatMap((g, gi) =>
    g.steps.map((s, si) => ({ g, gi, s, si, name: `step-${gi}-${si}` })),
  );
  const now = new Date();
  const [date, setDate] = useState({
    day: String(now.getDate()),
    month: String(now.getMonth() + 1),
    year: String(now.getFullYear()),
  });
  const [status, setStatus] = useState<Record<string, StepStatus>>(() =>
    Object.fromEntries(steps.map((x) => [x.name, x.s.status])),
  );
  const [why, setWhy] = useState<Record<string, string>>(() =>
    Object.fromEntries(steps.map((x) => [x.name, x.s.why ?? ''])),
  );
  const [because, setBecause] = useState<Record<string, StuckReason | undefined>>(() =>
    Object.fromEntries(steps.map((x) => [x.name, x.s.because ?? undefined])),
  );
  const [view, setView] = useState('');
  const dateError = ctx.errorFor(MET);
  const viewError = ctx.errorFor(VIEW);

  // The control each of RECORD_MEETING's fields is drawn as: `updates.2.why` is the third step's box.
  const control = (field: string): string | undefined => {
    const [name, i, part] = field.split('.');
    if (name === 'at' || name === 'now') return MET;
    if (name === 'view') return VIEW;
    const x = steps[Number(i ?? 0)];
    if (!x) return undefined;
    if (part === 'why') return `${x.name}-why`;
    if (part === 'because') return `${x.name}-because-0`;
    return `${x.name}-${STEP_STATUSES[0]}`;
  };

  const save = (e: Event) => {
    e.preventDefault();
    const met = typedDate(date);
    // A meeting is a day, not a moment: mentors often write it up later. The machine refuses a
    // day that is not real (or not typed) and one after today, which it takes from `now`.
    const at = met ? `${met}T00:00:00.000Z` : '';
    const wrong = ctx.send({
      type: 'RECORD_MEETING',
      at,
      now: today(),
      updates: steps.map((x) => ({
        goal: x.gi,
        step: x.si,
        status: status[x.name]!,
        why: why[x.name],
        because: status[x.name] === 'stuck' ? because[x.name] : undefined,
      })),
      view: view.trim() ? view : undefined,
    });
    if (wrong.length) return ctx.setErrors(linked(wrong, control));
    ctx.setOverlay(null, t('mentoring.plan.recorded', { date: longDate(at) }));
  };

  return [
    h(Caption, {}),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.plan.meetingTitle')),
    h('p', { class: 'govuk-body' }, t('mentoring.plan.meetingIntro')),
    h(
      'form',
      { noValidate: true, onSubmit: save },
      h(DateInput, {
        id: 'met',
        namePrefix: 'met',
        fieldset: {
          legend: { text: t('mentoring.plan.metLegend'), classes: 'govuk-fieldset__legend--s' },
        },
        hint: { text: t('mentoring.plan.dateHint') },
        errorMessage: dateError ? { text: dateError.message } : null,
        items: (['day', 'month', 'year'] as const).map((name): DateItem => ({
          name,
          value: date[name],
        })),
        onInput: (name, value) => setDate((d) => ({ ...d, [name]: value })),
      }),
      steps.map((x) => {
        const whyError = ctx.errorFor(`${x.name}-why`);
        return h(
          'div',
          { class: 'attune-meeting-step', key: x.name },
          h(Radios, {
            idPrefix: x.name,
            name: x.name,
            classes: 'govuk-radios--small govuk-radios--inline',
            formGroup: { classes: 'govuk-!-margin-bottom-2' },
            fieldset: {
              legend: {
                text: [
                  h(
                    'span',
                    { class: 'govuk-caption-s govuk-!-display-block' },
                    t('mentoring.plan.goalN', { n: x.gi + 1, title: x.g.title }),
                  ),
                  x.s.text,
                ],
                classes: 'govuk-fieldset__legend--s',
              },
            },
            items: STEP_STATUSES.map((s) => ({
              value: s,
              id: `${x.name}-${s}`,
              text: statusWords(s),
              checked: status[x.name] === s,
            })),
            onChange: (value) => setStatus((was) => ({ ...was, [x.name]: value as StepStatus })),
          }),
          status[x.name] === 'stuck'
            ? h(Radios, {
                idPrefix: `${x.name}-because`,
                name: `${x.name}-because`,
                classes: 'govuk-radios--small',
                formGroup: { classes: 'govuk-!-margin-bottom-2' },
                fieldset: {
                  legend: {
                    text: t('mentoring.plan.becauseLegend'),
                    classes: 'govuk-fieldset__legend--s',
                  },
                },
                items: STUCK_REASONS.map((r, i) => ({
                  value: r,
                  id: `${x.name}-because-${i}`,
                  text: t(`mentoring.because.${r}`),
                  checked: because[x.name] === r,
                })),
                onChange: (value) =>
                  setBecause((was) => ({ ...was, [x.name]: value as StuckReason })),
              })
            : null,
          h(Textarea, {
            id: `${x.name}-why`,
            name: `${x.name}-why`,
            rows: 2,
            label: { text: t('mentoring.plan.whyLabel') },
            errorMessage: whyError ? { text: whyError.message } : null,
            value: why[x.name],
            attributes: { maxlength: STUCK_WHY_MAX },
            onInput: (value) => setWhy((was) => ({ ...was, [x.name]: value })),
          }),
        );
      }),
      h(Textarea, {
        id: VIEW,
        name: 'view',
        rows: 4,
        label: { text: t('mentoring.plan.viewLabel'), classes: 'govuk-label--s' },
        hint: { text: t('mentoring.plan.viewHint') },
        errorMessage: viewError ? { text: viewError.message } : null,
        value: view,
        attributes: { maxlength: PERSON_VIEW_MAX },
        onInput: setView,
      }),
      h(Button, { type: 'submit', text: t('mentoring.plan.saveMeeting') }),
    ),
  ];
}
