import { currentQuestion } from '@attune/sdk/screening';
import { easyReadOptionsFor, estimateMinutes, type AnswerValue } from '@attune/sdk/questionnaire';
import { Button, ButtonGroup, LinkButton } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { Radios } from '../../ui/components/radios';
import { Textarea } from '../../ui/components/textarea';
import { h, useState } from '../../ui/h';
import { plural, t } from '../../ui/messages';
import { pictureFor, type Picture } from './pictures';
import { PractitionerBox } from './practitioner';
import { SafeguardingMarker } from './safeguarding';
import { Toolbar } from './toolbar';
import { answerId } from './ids';
import type { Ctx } from './types';

/**
 * Where the question is in the run, counted over every question a section can ask, so the
 * totals never change mid-section when an answer reveals or hides a follow-up.
 */
export function steadyProgress(ctx: Ctx, itemId: string) {
  const q = ctx.questionnaire;
  const item = q.items.find((i) => i.id === itemId)!;
  const sections = q.sections.filter((s) => q.items.some((i) => i.section === s.id));
  const inSection = q.items.filter((i) => i.section === item.section);
  return {
    section: sections.findIndex((s) => s.id === item.section) + 1,
    sections: sections.length,
    title: sections.find((s) => s.id === item.section)!.title,
    question: inSection.indexOf(item) + 1,
    questions: inSection.length,
  };
}

/**
 * An answer's words with its picture before them. The picture's alt is empty: the words beside
 * it already name the answer, and a screen reader would otherwise read each answer twice over.
 */
const withPicture = (picture: Picture | null, words: string) =>
  picture
    ? [
        h('img', {
          class: 'attune-answer-picture',
          src: picture.src,
          alt: '',
          width: 40,
          height: 40,
        }),
        words,
      ]
    : words;

/** One question per page, in the GOV.UK question-page pattern, progress as the legend's caption. */
export function QuestionView({ ctx }: { ctx: Ctx }) {
  const { questionnaire: q, snapshot, page } = ctx;
  const current = currentQuestion(q, snapshot)!;
  const { item, answer } = current;
  // Easy Read offers a three-point scale for frequency questions; its values score the same way.
  const options = page.easyRead ? easyReadOptionsFor(item) : current.options;
  // An estimate from the questions the answers so far will ask, not a fixed claim.
  const minutes = estimateMinutes(q, snapshot.context.answers, 'remaining');
  // What is chosen or typed but not yet sent: survives Easy Read and every other redraw.
  const [value, setValue] = useState<AnswerValue | null | undefined>(answer);
  const error = snapshot.context.error?.itemId === item.id ? snapshot.context.error : null;
  const wording = page.easyRead ? item.easyRead : item.text;
  const where = steadyProgress(ctx, item.id);
  const caption = [
    t('run.question.progressSection', where),
    h('br', {}),
    t('run.question.progressQuestion', where),
    h('br', {}),
    t('run.question.minutesLeft', { minutes: plural(minutes, 'minute') }),
  ];
  const id = answerId(item.id);
  const hint = item.hint ? { text: item.hint } : undefined;
  const errorMessage = error ? { text: error.message } : null;
  const chosen =
    value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

  const field =
    item.kind === 'text'
      ? h(Textarea, {
          id,
          name: 'answer',
          rows: 4,
          label: { text: wording, isPageHeading: true, classes: 'govuk-label--l', caption },
          hint,
          errorMessage,
          value: typeof value === 'string' ? value : '',
          attributes: { maxlength: 500 },
          onInput: setValue,
        })
      : h(item.kind === 'multiple' ? Checkboxes : Radios, {
          idPrefix: id,
          name: 'answer',
          fieldset: {
            legend: {
              text: wording,
              isPageHeading: true,
              classes: 'govuk-fieldset__legend--l',
              caption,
            },
          },
          hint:
            item.kind === 'multiple'
              ? { text: [item.hint, ' ', t('run.question.chooseAll')] }
              : hint,
          errorMessage,
          items: options.map((o) => ({
            value: o.value,
            text: page.easyRead ? withPicture(pictureFor(item.id, o.value), o.easyRead) : o.label,
            checked: chosen.includes(o.value),
          })),
          onChange: (v, checked) =>
            setValue(
              item.kind === 'multiple'
                ? checked
                  ? [...chosen, v]
                  : chosen.filter((c) => c !== v)
                : v,
            ),
        });

  // Easy Read puts a picture beside the question and its answers, where the map gives one.
  const picture = page.easyRead ? pictureFor(item.id) : null;
  const spoken = [
    wording,
    ...(item.kind === 'text' ? [] : options.map((o) => (page.easyRead ? o.easyRead : o.label))),
  ].join('. ');
  return [
    h(SafeguardingMarker, { ctx }),
    h(Toolbar, { ctx, spoken }),
    picture
      ? h('img', {
          class: 'attune-question-picture',
          src: picture.src,
          alt: picture.alt,
          width: 72,
          height: 72,
          'data-testid': 'question-picture',
        })
      : null,
    h(
      'form',
      {
        noValidate: true,
        'data-testid': 'question-form',
        onSubmit: (e: Event) => {
          e.preventDefault();
          ctx.send({
            type: 'ANSWER',
            value: value ?? undefined,
            at: new Date().toISOString(),
          });
        },
      },
      field,
      h(
        ButtonGroup,
        {},
        h(Button, { type: 'submit', text: t('run.question.continue') }),
        h(Button, {
          text: t('run.question.skip'),
          classes: 'govuk-button--secondary',
          onClick: () => ctx.send({ type: 'SKIP', at: new Date().toISOString() }),
          attributes: { 'data-testid': 'skip' },
        }),
      ),
    ),
    h(
      'p',
      { class: 'govuk-body' },
      h(LinkButton, {
        text: t('run.question.stop', { noun: ctx.noun }),
        classes: 'govuk-link attune-stop',
        onClick: () => ctx.setOverlay('confirm-stop'),
      }),
    ),
    h(PractitionerBox, { ctx, why: item.why, section: item.section, sectionTitle: where.title }),
  ];
}
