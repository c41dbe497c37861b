import {
  addOwnWords,
  AUDIENCES,
  finishPassport,
  MAX_LINES_PER_PART,
  ownWordsError,
  passportConsent,
  PASSPORT_PARTS,
  sharingStatement,
  type PartId,
} from '@attune/sdk/follow-up';
import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { ErrorMessage } from '../../ui/components/error-message';
import { Fieldset } from '../../ui/components/fieldset';
import { TextInput } from '../../ui/components/text-input';
import { DateField } from '../../ui/date-field';
import { typedDate } from '../../ui/days';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { PassportCtx } from './types';

/** Choosing the lines with the person, part by part, adding their own words, then making it. */
export function LinesView({ ctx }: { ctx: PassportCtx }) {
  const { state, update } = ctx;
  const partsError = ctx.errorFor('parts');

  const tick = (part: PartId, index: number, include: boolean) =>
    update((s) => ({
      draft: {
        ...s.draft,
        [part]: s.draft[part].map((e, i) => (i === index ? { ...e, include } : e)),
      },
    }));

  const add = (part: PartId, heading: string) => {
    const text = state.typing[part] ?? '';
    const wrong = ownWordsError(text);
    if (wrong) return ctx.fail([{ ...wrong, field: `own-${part}` }]);
    update({
      draft: addOwnWords(state.draft, part, text),
      typing: { ...state.typing, [part]: '' },
    });
    // Focus stays in the box used, ready for another line; the new line is announced.
    ctx.done(t('passport.lines.added', { part: heading }));
  };

  const make = () => {
    const result = finishPassport(state.draft, {
      madeOn: ctx.day,
      checkAgainOn: typedDate(state.checkAgain),
      for: state.audiences,
    });
    if (!result.ok)
      return ctx.fail([{ code: result.code, message: result.message, field: result.field }]);
    // Inside a case the passport carries its reference, and is sealed into the case.
    const passport = ctx.here
      ? { ...result.passport, reference: ctx.here.reference }
      : result.passport;
    if (ctx.here)
      void ctx.here.add('passport', {
        kind: 'passport',
        record: { ...passport, sharing: sharingStatement(passportConsent(passport), ctx.day) },
      });
    update({ passport, made: state.made + 1 });
    ctx.done(t('passport.lines.ready'));
  };

  return h(
    'section',
    { 'aria-labelledby': 'lines-heading' },
    h('h2', { class: 'govuk-heading-m', id: 'lines-heading' }, t('passport.lines.heading')),
    h('p', { class: 'govuk-body' }, t('passport.lines.intro', { max: MAX_LINES_PER_PART })),
    // What the error summary links to when nothing (or too much) is chosen: its first box.
    h(
      'div',
      { id: 'parts' },
      partsError ? h(ErrorMessage, { id: 'parts-error', text: partsError.message }) : null,
      PASSPORT_PARTS.map((part) => {
        const ownId = `own-${part.id}`;
        const ownError = ctx.errorFor(ownId);
        return h(
          'form',
          {
            key: part.id,
            // A form group's spacing (20 px on phones, 30 px wider), without its markup.
            class: 'govuk-!-margin-bottom-6',
            noValidate: true,
            // Enter in the box adds the line, as the Add button does.
            onSubmit: (e: Event) => {
              e.preventDefault();
              add(part.id, part.heading);
            },
          },
          h(
            Fieldset,
            {
              legend: { text: part.heading, classes: 'govuk-fieldset__legend--s' },
              describedBy: partsError ? 'parts-error' : undefined,
            },
            state.draft[part.id].length
              ? h(Checkboxes, {
                  idPrefix: `line-${part.id}`,
                  name: `line-${part.id}`,
                  classes: 'govuk-checkboxes--small',
                  items: state.draft[part.id].map((e, i) => ({
                    value: String(i),
                    id: `line-${part.id}-${i}`,
                    text: e.text,
                    checked: e.include,
                  })),
                  onChange: (value, checked) => tick(part.id, Number(value), checked),
                })
              : null,
            h(TextInput, {
              id: ownId,
              name: ownId,
              label: { text: t('passport.lines.own') },
              hint: {
                text: t(
                  part.id === 'support'
                    ? 'passport.lines.ownHintSupport'
                    : 'passport.lines.ownHint',
                ),
              },
              errorMessage: ownError ? { text: ownError.message } : null,
              formGroup: { classes: 'govuk-!-margin-top-3 govuk-!-margin-bottom-2' },
              value: state.typing[part.id] ?? '',
              onInput: (text) => update((s) => ({ typing: { ...s.typing, [part.id]: text } })),
            }),
            h(Button, {
              type: 'submit',
              classes: 'govuk-button--secondary govuk-!-margin-bottom-0',
              attributes: { 'data-add': part.id },
              text: [
                t('passport.lines.add'),
                h(
                  'span',
                  { class: 'govuk-visually-hidden' },
                  ` ${t('passport.lines.addHidden', { part: part.heading })}`,
                ),
              ],
            }),
          ),
        );
      }),
    ),
    h(
      'form',
      {
        noValidate: true,
        'data-testid': 'passport-form',
        onSubmit: (e: Event) => {
          e.preventDefault();
          make();
        },
      },
      h(Checkboxes, {
        idPrefix: 'for',
        name: 'for',
        classes: 'govuk-checkboxes--small',
        fieldset: {
          legend: { text: t('passport.lines.audiences'), classes: 'govuk-fieldset__legend--s' },
        },
        items: AUDIENCES.map((a) => ({
          value: a.id,
          id: `for-${a.id}`,
          text: a.label,
          checked: state.audiences.includes(a.id),
        })),
        onChange: (id, checked) =>
          update((s) => ({
            audiences: checked ? [...s.audiences, id] : s.audiences.filter((a) => a !== id),
          })),
      }),
      h(DateField, {
        id: 'checkAgainOn',
        legend: t('passport.lines.checkAgain'),
        value: state.checkAgain,
        onChange: (checkAgain) => update({ checkAgain }),
        error: ctx.errorFor('checkAgainOn'),
      }),
      h(Button, {
        type: 'submit',
        text: t('passport.lines.button'),
        attributes: { 'data-testid': 'make-passport' },
      }),
    ),
  );
}
