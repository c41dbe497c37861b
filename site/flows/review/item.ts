import {
  HELPED,
  HELPED_WORDS,
  IN_PLACE,
  IN_PLACE_WORDS,
  NEXT_STEP,
  NEXT_STEP_WORDS,
  WHY_NOT,
  WHY_NOT_WORDS,
  type ReviewAnswer,
} from '@attune/sdk/follow-up';
import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { TextInput } from '../../ui/components/text-input';
import { Textarea } from '../../ui/components/textarea';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { ReviewCtx } from './types';

type Answer = Record<keyof ReviewAnswer, string>;
const blank: Answer = {
  inPlace: '',
  whyNot: '',
  helped: '',
  personWords: '',
  practitionerView: '',
  next: '',
  changeTo: '',
};

/**
 * One agreed adjustment: was it put in place (and why not), did it help in the person's words,
 * the practitioner's view, and keep, change (to what) or stop. A question that does not apply
 * to the answers chosen is not shown; what is chosen and typed stays while errors come and go.
 */
export function ItemView({ ctx }: { ctx: ReviewCtx }) {
  const { context } = ctx.snapshot;
  const recorded = context.answers[context.index];
  // Back at an adjustment already answered: its answers as they were recorded.
  const [answer, setAnswer] = useState<Answer>(() =>
    recorded
      ? (Object.fromEntries(
          Object.entries(blank).map(([k]) => [k, String(recorded[k as keyof Answer] ?? '')]),
        ) as Answer)
      : blank,
  );
  const set = (field: keyof Answer) => (value: string) => setAnswer({ ...answer, [field]: value });
  // The radios for one of the SDK's closed lists, in its own words for each answer.
  const radios = <T extends string>(
    field: keyof Answer,
    ids: readonly T[],
    words: Record<T, string>,
    hint?: string,
  ) =>
    h(Radios, {
      idPrefix: field,
      name: field,
      classes: 'govuk-radios--small',
      formGroup: { attributes: { 'data-group': field } },
      fieldset: { legend: { text: t(`review.${field}`), classes: 'govuk-fieldset__legend--s' } },
      hint: hint ? { text: hint } : undefined,
      errorMessage: ctx.errorMessage(field),
      items: ids.map((id) => ({ value: id, text: words[id], checked: answer[field] === id })),
      onChange: set(field),
    });
  const text = (field: 'personWords' | 'practitionerView') =>
    h(Textarea, {
      id: field,
      name: field,
      rows: 3,
      label: { text: t(`review.${field}`), classes: 'govuk-label--s' },
      formGroup: { attributes: { 'data-group': field } },
      errorMessage: ctx.errorMessage(field),
      value: answer[field],
      onInput: set(field),
    });
  const item = context.items[context.index]!;
  return [
    h(
      'span',
      { class: 'govuk-caption-l' },
      t('review.itemCaption', { n: context.index + 1, total: context.items.length }),
    ),
    h('h1', { class: 'govuk-heading-xl' }, item.title),
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          // Sent as chosen: the machine keeps only the answers that apply, and says what is missing.
          ctx.send({ type: 'RECORD', ...(answer as ReviewAnswer) });
        },
      },
      radios('inPlace', IN_PLACE, IN_PLACE_WORDS),
      answer.inPlace === 'no' ? radios('whyNot', WHY_NOT, WHY_NOT_WORDS) : null,
      answer.inPlace === 'yes' || answer.inPlace === 'partly'
        ? radios('helped', HELPED, HELPED_WORDS, t('review.helpedHint'))
        : null,
      text('personWords'),
      text('practitionerView'),
      radios('next', NEXT_STEP, NEXT_STEP_WORDS),
      answer.next === 'change'
        ? h(TextInput, {
            id: 'changeTo',
            name: 'changeTo',
            label: { text: t('review.changeTo'), classes: 'govuk-label--s' },
            formGroup: { attributes: { 'data-group': 'changeTo' } },
            errorMessage: ctx.errorMessage('changeTo'),
            value: answer.changeTo,
            onInput: set('changeTo'),
          })
        : null,
      h(Button, {
        type: 'submit',
        text: t('review.continue'),
        attributes: { 'data-testid': 'continue' },
      }),
    ),
  ];
}
