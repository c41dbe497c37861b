import { Button } from '../../ui/components/button';
import { DateInput, type DateItem } from '../../ui/components/date-input';
import { TextInput } from '../../ui/components/text-input';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { Caption } from './parts';
import { linked, type PlanCtx } from './plan-ctx';
import { today, typedDate } from './words';

// The controls errors link to.
export const detailFields = {
  reference: 'plan-reference',
  mentorName: 'mentor-name',
  mentorContact: 'mentor-contact',
  next: 'next-day',
  time: 'next-time',
  place: 'next-place',
};
const f = detailFields;
// The control each field of SET_DETAILS and SET_NEXT_MEETING is drawn as.
const controls: Record<string, string> = {
  reference: f.reference,
  mentor: f.mentorName,
  'mentor.name': f.mentorName,
  'mentor.contact': f.mentorContact,
  date: f.next,
  at: f.next,
  time: f.time,
  place: f.place,
};

/**
 * The person's reference, the mentor's name and contact, and the next meeting: what the plan and
 * the person's copy show. The machine judges both by the record's own rules; every problem is
 * shown at once, each at its field.
 */
export function DetailsView({ ctx }: { ctx: PlanCtx }) {
  const c = ctx.snapshot.context;
  const next = c.nextMeeting;
  const [reference, setReference] = useState(c.reference ?? '');
  const [name, setName] = useState(c.mentor?.name ?? '');
  const [contact, setContact] = useState(c.mentor?.contact ?? '');
  const [date, setDate] = useState(() => {
    const [year = '', month = '', day = ''] = next?.date.split('-') ?? [];
    return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
  });
  const [time, setTime] = useState(next?.time ?? '');
  const [place, setPlace] = useState(next?.place ?? '');
  const error = (id: string) => {
    const e = ctx.errorFor(id);
    return e ? { text: e.message } : null;
  };

  const save = (e: Event) => {
    e.preventDefault();
    const wrong = [
      ...ctx.send({
        type: 'SET_DETAILS',
        reference: reference.trim() ? reference : null,
        // A name or a contact alone is sent too, so the machine can say what is missing.
        mentor: name.trim() || contact.trim() ? { name, contact } : null,
      }),
    ];
    const day = typedDate(date);
    // The next meeting is set when any part of it is typed; the machine refuses a day before
    // today, which it takes from `at`, and a time or place without a day.
    if (day || time.trim() || place.trim())
      wrong.push(
        ...ctx.send({
          type: 'SET_NEXT_MEETING',
          date: day,
          time: time.trim() || null,
          place: place.trim() || null,
          at: today(),
        }),
      );
    if (wrong.length) return ctx.setErrors(linked(wrong, (field) => controls[field]));
    ctx.setOverlay(null, t('mentoring.details.saved'));
  };

  return [
    h(Caption, {}),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.details.title')),
    h('p', { class: 'govuk-body' }, t('mentoring.details.intro')),
    h(
      'form',
      { noValidate: true, onSubmit: save },
      h(TextInput, {
        id: f.reference,
        name: 'reference',
        label: { text: t('mentoring.details.reference'), classes: 'govuk-label--s' },
        hint: { text: t('mentoring.details.referenceHint') },
        errorMessage: error(f.reference),
        value: reference,
        classes: 'govuk-input--width-20',
        onInput: setReference,
      }),
      h(TextInput, {
        id: f.mentorName,
        name: 'mentor-name',
        label: { text: t('mentoring.details.mentorName'), classes: 'govuk-label--s' },
        errorMessage: error(f.mentorName),
        value: name,
        autocomplete: 'off',
        onInput: setName,
      }),
      h(TextInput, {
        id: f.mentorContact,
        name: 'mentor-contact',
        label: { text: t('mentoring.details.mentorContact'), classes: 'govuk-label--s' },
        hint: { text: t('mentoring.details.mentorContactHint') },
        errorMessage: error(f.mentorContact),
        value: contact,
        autocomplete: 'off',
        onInput: setContact,
      }),
      h(DateInput, {
        id: 'next',
        namePrefix: 'next',
        fieldset: {
          legend: { text: t('mentoring.details.nextLegend'), classes: 'govuk-fieldset__legend--s' },
        },
        hint: { text: t('mentoring.plan.dateHint') },
        errorMessage: error(f.next),
        items: (['day', 'month', 'year'] as const).map((n): DateItem => ({
          name: n,
          value: date[n],
        })),
        onInput: (n, value) => setDate((d) => ({ ...d, [n]: value })),
      }),
      h(TextInput, {
        id: f.time,
        name: 'next-time',
        label: { text: t('mentoring.details.time'), classes: 'govuk-label--s' },
        hint: { text: t('mentoring.details.timeHint') },
        errorMessage: error(f.time),
        value: time,
        classes: 'govuk-input--width-5',
        onInput: setTime,
      }),
      h(TextInput, {
        id: f.place,
        name: 'next-place',
        label: { text: t('mentoring.details.place'), classes: 'govuk-label--s' },
        hint: { text: t('mentoring.details.placeHint') },
        errorMessage: error(f.place),
        value: place,
        onInput: setPlace,
      }),
      h(Button, {
        type: 'submit',
        text: t('mentoring.details.save'),
        attributes: { 'data-testid': 'save-details' },
      }),
    ),
  ];
}
