import {
  ACTIVITY_REDUCED,
  ACTIVITY_REDUCED_WORDS,
  AGE_BANDS,
  BROAD_ETHNIC_GROUPS,
  ETHNIC_GROUPS,
  GENDER_SAME_AS_SEX,
  GENDER_SAME_AS_SEX_WORDS,
  LONG_TERM_CONDITION,
  PREFER_NOT_TO_SAY,
  SEX_WORDS,
  SEXES,
  broadEthnicGroupOf,
  type BroadEthnicGroup,
  type Demographics,
} from '@attune/sdk/screening';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t, tList, type MessageKey, type Messages } from '../../ui/messages';
import type { FlowError } from '../../ui/runner';
import type { Ctx } from './types';
import { InsetText } from '../../ui/components/inset-text';

// The equality questions: offered by the practitioner after a screening, every one optional and
// each with "Prefer not to say". The categories are the SDK's closed lists (Census 2021 and the
// GSS harmonised standards); the answers go into the record's demographics and nowhere else.

type Answers = Record<string, string>;
type Question = keyof Demographics & string;

/** Which field the detailed ethnic group error links to. */
export const ETHNIC_DETAIL_FIELD = 'equality-ethnic-detail';

/** The equality answers chosen, or the one error they can have: a broad group with no detail. */
export function equalityAnswers(
  answers: Answers,
): { ok: true; demographics: Demographics } | { ok: false; error: FlowError } {
  const broad = answers.ethnicBroad;
  if (broad && broad !== PREFER_NOT_TO_SAY && !answers.ethnicGroup)
    return {
      ok: false,
      error: {
        code: 'ethnic-detail',
        message: t('screening.equality.detailRequired'),
        field: ETHNIC_DETAIL_FIELD,
      },
    };
  const demographics: Record<string, string> = {};
  for (const key of ['ageBand', 'sex', 'genderSameAsSex', 'longTermCondition'] as const)
    if (answers[key]) demographics[key] = answers[key];
  if (broad === PREFER_NOT_TO_SAY) demographics.ethnicGroup = PREFER_NOT_TO_SAY;
  else if (answers.ethnicGroup) demographics.ethnicGroup = answers.ethnicGroup;
  if (answers.longTermCondition === 'yes' && answers.activityReduced)
    demographics.activityReduced = answers.activityReduced;
  return { ok: true, demographics: demographics as Demographics };
}

/** The page's answers from a record's demographics, to change them. */
const fromDemographics = (d: Demographics | null): Answers => {
  const a: Answers = {};
  for (const [k, v] of Object.entries(d ?? {}))
    if (typeof v === 'string' && k !== 'gender') a[k] = v;
  if (d?.ethnicGroup)
    a.ethnicBroad =
      d.ethnicGroup === PREFER_NOT_TO_SAY
        ? PREFER_NOT_TO_SAY
        : (broadEthnicGroupOf(d.ethnicGroup) ?? '');
  return a;
};

/** The equality questions as one optional form: save the answers, or skip them all. */
export function EqualityView({
  ctx,
  error,
  onError,
  done,
}: {
  ctx: Ctx;
  error: FlowError | null;
  onError: (e: FlowError | null) => void;
  /** The answers to keep in the record, or null to leave the record without them. */
  done: (demographics: Demographics | null) => void;
}) {
  const [answers, setAnswers] = useState<Answers>(() => fromDemographics(ctx.equality));
  const easy = ctx.page.easyRead;
  const set = (key: string, value: string) => {
    const next = { ...answers, [key]: value };
    // A new broad group clears the detailed one chosen under another.
    if (key === 'ethnicBroad') delete next.ethnicGroup;
    if (key === 'longTermCondition' && value !== 'yes') delete next.activityReduced;
    onError(null);
    setAnswers(next);
  };
  const ask = (q: keyof Messages['screening']['equality']['questions'], vars = {}) =>
    t(`screening.equality.questions.${q}.${easy ? 'easy' : 'text'}`, vars);
  const question = (
    field: Question | 'ethnicBroad',
    legend: string,
    options: [string, string][],
    extra: { hint?: string; idPrefix?: string; errorText?: string } = {},
  ) =>
    h(Radios, {
      idPrefix: extra.idPrefix ?? `equality-${field}`,
      name: `equality-${field}`,
      fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--m' } },
      hint: extra.hint ? { text: extra.hint } : undefined,
      errorMessage: extra.errorText ? { text: extra.errorText } : null,
      items: [
        ...options.map(([value, text]) => ({ value, text, checked: answers[field] === value })),
        {
          value: PREFER_NOT_TO_SAY,
          text: t('screening.equality.preferNotToSay'),
          checked: answers[field] === PREFER_NOT_TO_SAY,
          attributes: { 'data-testid': `${field}-prefer-not` },
        },
      ],
      onChange: (value) => set(field, value),
    });
  const broad = answers.ethnicBroad as BroadEthnicGroup | undefined;
  const detailed = broad && broad in ETHNIC_GROUPS ? ETHNIC_GROUPS[broad] : null;

  return [
    h('span', { class: 'govuk-caption-l' }, t('screening.equality.caption')),
    h('h1', { class: 'govuk-heading-xl' }, t('screening.equality.title')),
    (easy ? tList('screening.equality.whyEasy') : tList('screening.equality.why')).map((p) =>
      h('p', { class: 'govuk-body', key: p }, p),
    ),
    h(InsetText, {}, t('screening.equality.practitioner')),
    h(
      'form',
      {
        noValidate: true,
        'data-testid': 'equality-form',
        onSubmit: (e: Event) => {
          e.preventDefault();
          const result = equalityAnswers(answers);
          if (!result.ok) return onError(result.error);
          done(result.demographics);
        },
      },
      question(
        'ageBand',
        ask('ageBand'),
        AGE_BANDS.map((b) => [b, t(`screening.equality.ageBands.${b}` as MessageKey)]),
      ),
      question(
        'sex',
        ask('sex'),
        SEXES.map((s) => [s, SEX_WORDS[s]]),
      ),
      question(
        'genderSameAsSex',
        ask('genderSameAsSex'),
        GENDER_SAME_AS_SEX.map((g) => [g, GENDER_SAME_AS_SEX_WORDS[g]]),
      ),
      question(
        'ethnicBroad',
        ask('ethnicGroup'),
        BROAD_ETHNIC_GROUPS.map((b) => [b, ETHNIC_GROUPS[b].label]),
        { hint: t('screening.equality.questions.ethnicGroup.hint') },
      ),
      detailed
        ? h(Radios, {
            idPrefix: ETHNIC_DETAIL_FIELD,
            name: 'equality-ethnicGroup',
            fieldset: {
              legend: {
                text: ask('ethnicDetail', { group: detailed.label }),
                classes: 'govuk-fieldset__legend--s',
              },
            },
            formGroup: { classes: 'attune-equality-detail' },
            errorMessage: error?.code === 'ethnic-detail' ? { text: error.message } : null,
            items: Object.entries(detailed.groups).map(([value, text]) => ({
              value,
              text,
              checked: answers.ethnicGroup === value,
            })),
            onChange: (value) => set('ethnicGroup', value),
          })
        : null,
      question(
        'longTermCondition',
        ask('longTermCondition'),
        LONG_TERM_CONDITION.map((v) => [v, v === 'yes' ? 'Yes' : 'No']),
      ),
      answers.longTermCondition === 'yes'
        ? question(
            'activityReduced',
            ask('activityReduced'),
            ACTIVITY_REDUCED.map((v) => [v, ACTIVITY_REDUCED_WORDS[v]]),
          )
        : null,
      h(
        ButtonGroup,
        {},
        h(Button, {
          type: 'submit',
          text: t('screening.equality.save'),
          attributes: { 'data-testid': 'equality-save' },
        }),
        h(Button, {
          text: t('screening.equality.skip'),
          classes: 'govuk-button--secondary',
          onClick: () => done(null),
          attributes: { 'data-testid': 'equality-skip' },
        }),
      ),
    ),
  ];
}

/** On the outcome: the offer of the equality questions, or what was recorded and a way to change it. */
export function EqualityOffer({ ctx }: { ctx: Ctx }) {
  const answered = Object.keys(ctx.equality ?? {}).length;
  return h(
    'div',
    { class: 'attune-no-print', 'data-testid': 'equality-offer' },
    h('h2', { class: 'govuk-heading-l' }, t('screening.equality.offerTitle')),
    h(
      'p',
      { class: 'govuk-body' },
      answered
        ? t('screening.equality.answered', {
            count: `${answered} ${answered === 1 ? 'answer' : 'answers'}`,
          })
        : t('screening.equality.offerText'),
    ),
    h(Button, {
      text: t(answered ? 'screening.equality.changeButton' : 'screening.equality.offerButton'),
      classes: 'govuk-button--secondary',
      onClick: () => ctx.setOverlay('equality'),
      attributes: { 'data-testid': 'equality-open' },
    }),
  );
}
