import type { CaseConflict } from '@attune/sdk/cases';
import { Button, ButtonGroup } from '../../ui/components/button';
import { FileUpload } from '../../ui/components/file-upload';
import { InsetText } from '../../ui/components/inset-text';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { entryText } from './describe';
import { passphrase } from './setup';
import type { ImportResult } from './state';
import type { CasesCtx } from './types';

/** What differs in a conflict, in words: a record, the reference, or a field by name. */
const differences = (conflict: CaseConflict) =>
  conflict.differences
    .map((d) =>
      d.startsWith('entry ')
        ? t('cases.import.entry', {
            what: entryText(
              conflict.local.entries.find((e) => e.id === d.slice(6))!,
            ).title.toLowerCase(),
          })
        : d === 'reference'
          ? t('cases.import.renamed', { reference: conflict.incoming.reference })
          : d,
    )
    .join('; ');

/**
 * What an import did, and each case that differs between the device and the file: shown with
 * what differs and left as it is here until the practitioner chooses a version.
 */
function Result({ ctx, result }: { ctx: CasesCtx; result: ImportResult }) {
  return h(
    'div',
    { class: 'govuk-!-margin-bottom-6', 'data-testid': 'import-result' },
    h('h3', { class: 'govuk-heading-s', tabindex: -1 }, t('cases.import.finished')),
    h(
      'ul',
      { class: 'govuk-list govuk-list--bullet' },
      h('li', {}, t('cases.import.added', { n: result.added })),
      h('li', {}, t('cases.import.updated', { n: result.updated })),
      h('li', {}, t('cases.import.same', { n: result.same })),
      h('li', {}, t('cases.import.conflicts', { n: result.conflicts.length })),
    ),
    result.conflicts.map((conflict) => {
      const chosen = result.chosen[conflict.id];
      return h(
        InsetText,
        { attributes: { 'data-conflict': conflict.id }, key: conflict.id },
        chosen
          ? h(
              'p',
              { class: 'govuk-body', tabindex: -1 },
              t(chosen === 'local' ? 'cases.import.keptLocal' : 'cases.import.usedFile', {
                reference:
                  chosen === 'local' ? conflict.local.reference : conflict.incoming.reference,
              }),
            )
          : [
              h(
                'p',
                { class: 'govuk-body' },
                h('strong', {}, conflict.local.reference),
                ' ',
                t('cases.import.differs', { differences: differences(conflict) }),
              ),
              h(
                ButtonGroup,
                {},
                (['local', 'incoming'] as const).map((keep) =>
                  h(Button, {
                    key: keep,
                    text: t(keep === 'local' ? 'cases.import.keepLocal' : 'cases.import.useFile'),
                    classes: 'govuk-button--secondary',
                    attributes: { 'data-keep': keep },
                    onClick: () => void ctx.actions.choose(conflict, keep),
                  }),
                ),
              ),
            ],
      );
    }),
  );
}

/** Importing a case bundle, encrypted or plain; nothing here is overwritten without asking. */
export function ImportForm({ ctx }: { ctx: CasesCtx }) {
  const [file, setFile] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  // The file box is drawn anew after each import, so it is empty again (a file input cannot be set).
  const [round, setRound] = useState(0);
  return [
    h(
      'form',
      {
        noValidate: true,
        onSubmit: async (e: Event) => {
          e.preventDefault();
          if (!(await ctx.actions.importFile(file, pass))) return;
          setFile(null);
          setPass('');
          setRound(round + 1);
        },
      },
      h('h2', { class: 'govuk-heading-m' }, t('cases.import.title')),
      h(FileUpload, {
        key: round,
        id: 'import-file',
        name: 'import-file',
        label: { text: t('cases.import.file'), classes: 'govuk-label--s' },
        hint: { text: t('cases.import.fileHint') },
        accept: '.json,application/json',
        errorMessage: ctx.errorFor('import-file'),
        onFile: setFile,
      }),
      passphrase(ctx, 'import-passphrase', t('cases.import.passphrase'), 'off', pass, setPass),
      h(Button, {
        type: 'submit',
        text: t('cases.import.submit'),
        classes: 'govuk-button--secondary',
      }),
    ),
    ctx.state.imported ? h(Result, { ctx, result: ctx.state.imported }) : null,
  ];
}
