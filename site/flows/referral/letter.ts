import { printOnly } from '../../scripts/follow-up/print';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { FileUpload } from '../../ui/components/file-upload';
import { Textarea } from '../../ui/components/textarea';
import { h, useRef, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { CaseHere } from '../../scripts/cases/here';
import type { LetterSource, ReferralCtx } from './types';

// The screening's schema and wording load only when a letter is to be made.
const loadScreening = () =>
  Promise.all([
    import('@attune/sdk/screening'),
    import('@attune/sdk/questionnaires/needs-screening'),
  ]).then(([{ ScreeningRecordSchema }, { needsScreening }]) => ({
    ScreeningRecordSchema,
    needsScreening,
  }));

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * The referral letter: from the screening (a file, or the case's), the person's everyday
 * examples in their words and, only if chosen, their answers. Made only while they agree to
 * share with the service; it says what they agreed to share with whom, and prints or copies.
 */
export function LetterView({ ctx }: { ctx: ReferralCtx }) {
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const { here, source, letter } = ctx;
  const message = (id: string) => {
    const e = ctx.errorFor(id);
    return e ? { text: e.message } : null;
  };

  // The file being read, so a letter asked for straight after choosing it waits for it rather
  // than saying no record is open.
  const reading = useRef<Promise<LetterSource | null> | null>(null);
  const openFile = (file: File) => {
    reading.current = (async () => {
      const [text, code] = await Promise.all([file.text(), loadScreening()]);
      const result = code.ScreeningRecordSchema.safeParse(parse(text));
      if (!result.success) {
        ctx.fail([
          { code: 'file', message: t('referral.letter.notScreening'), field: 'screening-file' },
        ]);
        return null;
      }
      const opened = { screening: result.data, questionnaire: code.needsScreening };
      ctx.setSource(opened);
      ctx.done(t('referral.letter.screeningOpen'));
      return opened;
    })();
    return reading.current;
  };

  const useCase = async (inCase: CaseHere) => {
    const [c, code] = await Promise.all([inCase.read(), loadScreening()]);
    const latest = c.entries.filter((e) => e.kind === 'screening').at(-1);
    if (latest?.kind !== 'screening')
      return ctx.fail([
        {
          code: 'case',
          message: t('referral.letter.noCaseScreening', { reference: inCase.reference }),
          field: 'screening-file',
        },
      ]);
    ctx.setSource({ screening: latest.record, questionnaire: code.needsScreening });
    // The button used is gone: focus goes to the file question, which says a record is open.
    ctx.done(t('referral.letter.caseScreeningOpen'), 'screening-file');
  };

  const make = async () => {
    const from = source ?? (await reading.current);
    if (!from)
      return ctx.fail([
        { code: 'file', message: t('referral.letter.openFirst'), field: 'screening-file' },
      ]);
    const { referralLetter } = await import('./write-letter');
    const result = referralLetter({
      referral: ctx.snapshot.context.record,
      screening: from.screening,
      questionnaire: from.questionnaire,
      consent: ctx.consent,
      today: ctx.day,
      examples: ctx.examples.split('\n'),
      includeAnswers,
    });
    if (!result.ok)
      return ctx.fail([{ code: 'consent', message: result.error, field: 'recipient' }]);
    ctx.setLetter(result.letter);
    ctx.done(t('referral.letter.ready'), 'letter-title');
  };

  const withReference = (text: string) =>
    here ? `${t('referral.letter.reference', { reference: here.reference })}\n\n${text}` : text;
  const copy = async () => {
    const { letterText } = await import('./write-letter');
    await navigator.clipboard?.writeText(withReference(letterText(letter!))).then(
      () => ctx.done(t('referral.letter.copied')),
      () =>
        ctx.fail([
          { code: 'copy', message: t('referral.letter.copyBlocked'), field: 'letter-title' },
        ]),
    );
  };

  return h(
    'section',
    { 'aria-labelledby': 'letter-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'letter-heading' }, t('referral.letter.heading')),
    here && !source
      ? h(Button, {
          text: t('referral.letter.useCase', { reference: here.reference }),
          classes: 'govuk-button--secondary',
          attributes: { 'data-testid': 'use-case-screening' },
          onClick: () => void useCase(here),
        })
      : null,
    h(FileUpload, {
      id: 'screening-file',
      name: 'screening-file',
      accept: '.json,application/json',
      label: { text: t('referral.letter.file'), classes: 'govuk-label--s' },
      hint: { text: t(source ? 'referral.letter.fileOpenHint' : 'referral.letter.fileHint') },
      errorMessage: message('screening-file'),
      onFile: (file) => void openFile(file),
    }),
    h(
      'form',
      {
        noValidate: true,
        'data-testid': 'letter-form',
        onSubmit: (e: Event) => {
          e.preventDefault();
          void make();
        },
      },
      h(Textarea, {
        id: 'examples',
        name: 'examples',
        rows: 4,
        label: { text: t('referral.letter.examples'), classes: 'govuk-label--s' },
        hint: { text: t('referral.letter.examplesHint') },
        errorMessage: message('examples'),
        value: ctx.examples,
        onInput: ctx.setExamples,
      }),
      h(Checkboxes, {
        idPrefix: 'includeAnswers',
        name: 'includeAnswers',
        classes: 'govuk-checkboxes--small',
        items: [
          {
            value: 'yes',
            text: t('referral.letter.includeAnswers'),
            hint: { text: t('referral.letter.includeAnswersHint') },
            checked: includeAnswers,
          },
        ],
        onChange: (_, checked) => setIncludeAnswers(checked),
      }),
      h(Button, {
        type: 'submit',
        text: t('referral.letter.button'),
        attributes: { 'data-testid': 'make-letter' },
      }),
    ),
    letter
      ? [
          h(
            'article',
            {
              class: 'attune-letter',
              'data-testid': 'letter',
              'data-print': 'letter',
              'aria-labelledby': 'letter-title',
            },
            h('h3', { class: 'govuk-heading-m', id: 'letter-title' }, letter.title),
            here
              ? h(
                  'p',
                  { class: 'govuk-body', 'data-testid': 'letter-reference' },
                  t('referral.letter.reference', { reference: here.reference }),
                )
              : null,
            letter.sections.map((s) => [
              h('h4', { class: 'govuk-heading-s' }, s.heading),
              s.lines.map((l) => h('p', { class: 'govuk-body' }, l)),
            ]),
          ),
          h(
            ButtonGroup,
            {},
            h(Button, {
              text: t('referral.letter.print'),
              attributes: { 'data-testid': 'print-letter' },
              onClick: () => printOnly(document.querySelector('[data-print=letter]')!),
            }),
            h(Button, {
              text: t('referral.letter.copy'),
              classes: 'govuk-button--secondary',
              attributes: { 'data-testid': 'copy-letter' },
              onClick: () => void copy(),
            }),
          ),
        ]
      : null,
  );
}
