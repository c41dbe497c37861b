import { Details } from '../../ui/components/details';
import { Textarea } from '../../ui/components/textarea';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { SavingToggle } from './intro';
import type { Ctx } from './types';

/**
 * Everything on a question that is for the practitioner, not the person, in one collapsed box:
 * why we ask, the section note, and saving (the toggle only until saving is on; then a line).
 */
export function PractitionerBox({
  ctx,
  why,
  section,
  sectionTitle,
}: {
  ctx: Ctx;
  why: string;
  section: string;
  sectionTitle: string;
}) {
  const note = ctx.page.notes[section] ?? '';
  return h(
    Details,
    {
      summaryText: t('run.practitioner.summary'),
      classes: 'attune-no-print',
      attributes: { 'data-testid': 'practitioner' },
    },
    h('h2', { class: 'govuk-heading-s' }, t('run.practitioner.why')),
    h('p', { class: 'govuk-body' }, why),
    h(Textarea, {
      id: `note-${section}`,
      name: 'note',
      rows: 3,
      label: {
        text: t('run.practitioner.noteLabel', { section: sectionTitle }),
        classes: 'govuk-label--s',
      },
      hint: { text: t('run.practitioner.noteHint') },
      value: note,
      onInput: (value) =>
        ctx.setPage({ ...ctx.page, notes: { ...ctx.page.notes, [section]: value } }),
    }),
    ctx.saving
      ? h('p', { class: 'govuk-body' }, t('run.practitioner.savingOn'))
      : h(SavingToggle, { ctx }),
  );
}
