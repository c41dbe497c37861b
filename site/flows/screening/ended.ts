import { SAFEGUARDING_LABELS, screeningEndedNote } from '@attune/sdk/screening';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Panel } from '../../ui/components/panel';
import { downloadJson } from '../../ui/download';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { Ctx } from './types';

type Note = NonNullable<ReturnType<typeof screeningEndedNote>['safeguarding']>;

const when = (at: string | null | undefined) =>
  at
    ? new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : t('run.ended.noTime');
const label = (k: string | undefined) =>
  k ? SAFEGUARDING_LABELS[k as keyof typeof SAFEGUARDING_LABELS] : t('run.ended.noteSafetyAnswer');
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The safeguarding note kept when a run ends early: which concern and when, what was done; no answers. */
const SafeguardingNote = ({ note }: { note: Note }) =>
  h(
    'div',
    {
      class: 'attune-safeguarding',
      role: 'region',
      'aria-labelledby': 'note-title',
      'data-testid': 'safeguarding-note',
    },
    h('h2', { class: 'govuk-heading-m', id: 'note-title' }, t('run.ended.noteTitle')),
    h('p', { class: 'govuk-body' }, t('run.ended.noteText')),
    h(
      'ul',
      { class: 'govuk-list govuk-list--bullet' },
      note.flags.map((f) =>
        h('li', {}, t('run.ended.noteFlag', { label: label(f.kind), when: when(f.raisedAt) })),
      ),
      note.disclosures.map((d) =>
        h('li', {}, t('run.ended.noteDisclosure', { label: label(d.kind), when: when(d.at) })),
      ),
      note.actions.map((a) =>
        h(
          'li',
          {},
          t('run.ended.noteAction', {
            about: label(a.about),
            action: label(a.action),
            told: a.told.map((x) => lower(label(x))).join(', '),
            when: when(a.at),
          }),
        ),
      ),
    ),
  );

/** Declined or withdrawn: no answers were kept; a safeguarding note is, when there is one. */
export function EndedView({ ctx }: { ctx: Ctx }) {
  const declined = ctx.snapshot.value === 'declined';
  const { noun } = ctx;
  const note = screeningEndedNote(ctx.snapshot, new Date().toISOString());
  return [
    h(Panel, {
      titleText: t(declined ? 'run.ended.declinedTitle' : 'run.ended.withdrawnTitle', { noun }),
      text: t(note.safeguarding ? 'run.ended.noteKept' : 'run.ended.nothingKept'),
    }),
    note.safeguarding ? h(SafeguardingNote, { note: note.safeguarding }) : null,
    h(
      'p',
      { class: 'govuk-body' },
      t(declined ? 'run.ended.declined' : 'run.ended.withdrawn', { noun }),
    ),
    h(
      ButtonGroup,
      {},
      h(Button, { text: t('run.ended.startNew', { noun }), onClick: ctx.startAgain }),
      // The evidence base counts declined and stopped runs; the note holds no answers, only the
      // safeguarding note when there is one, so a concern is never lost with the answers.
      h(Button, {
        text: t('run.ended.note'),
        classes: 'govuk-button--secondary',
        attributes: { 'data-testid': 'ended-note' },
        onClick: () =>
          downloadJson(
            screeningEndedNote(ctx.snapshot, new Date().toISOString()),
            `attune-screening-${declined ? 'declined' : 'stopped'}.json`,
          ),
      }),
    ),
    h(
      'p',
      { class: 'govuk-body-s' },
      t(note.safeguarding ? 'run.ended.noteExplainedSafeguarding' : 'run.ended.noteExplained', {
        noun,
      }),
    ),
  ];
}
