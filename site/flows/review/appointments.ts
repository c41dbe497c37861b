import { Button, ButtonGroup } from '../../ui/components/button';
import { TextInput } from '../../ui/components/text-input';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { ReviewCtx } from './types';

// A count as typed, for the machine to judge: an empty box is no number, not nought.
const count = (typed: string) => (typed.trim() ? Number(typed) : Number.NaN);

/** Appointments kept and missed since the plan started, if the practitioner has the numbers. */
export function AppointmentsView({ ctx }: { ctx: ReviewCtx }) {
  const before = ctx.snapshot.context.appointments;
  const [kept, setKept] = useState(before ? String(before.kept) : '');
  const [missed, setMissed] = useState(before ? String(before.missed) : '');
  const box = (id: 'kept' | 'missed', value: string, onInput: (v: string) => void) =>
    h(TextInput, {
      id,
      name: id,
      label: { text: t(`review.${id}`), classes: 'govuk-label--s' },
      classes: 'govuk-input--width-3',
      inputmode: 'numeric',
      spellcheck: false,
      errorMessage: ctx.errorMessage(id),
      value,
      onInput,
    });
  return [
    h('span', { class: 'govuk-caption-l' }, t('review.planReview')),
    h('h1', { class: 'govuk-heading-xl' }, t('review.appointmentsTitle')),
    h('p', { class: 'govuk-body' }, t('review.appointmentsText')),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          ctx.send({ type: 'APPOINTMENTS', kept: count(kept), missed: count(missed) });
        },
      },
      box('kept', kept, setKept),
      box('missed', missed, setMissed),
      h(
        ButtonGroup,
        {},
        h(Button, { type: 'submit', text: t('review.continue') }),
        h(Button, {
          text: t('review.skip'),
          classes: 'govuk-button--secondary',
          onClick: () => ctx.send({ type: 'SKIP_APPOINTMENTS' }),
        }),
      ),
    ),
  ];
}
