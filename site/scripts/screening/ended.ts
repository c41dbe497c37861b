import { SAFEGUARDING_LABELS, screeningEndedNote } from '@attune/sdk/screening';
import { button } from './common';
import { downloadJson, fromTemplate, h } from './dom';
import type { View } from './types';

const when = (at: string | null | undefined) =>
  at
    ? new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : 'time not recorded';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The safeguarding note kept when a run ends early: which flag and when, what was done; no answers. */
function safeguardingNoteView(
  note: NonNullable<ReturnType<typeof screeningEndedNote>['safeguarding']>,
): HTMLElement {
  const label = (k: string | undefined) =>
    k ? SAFEGUARDING_LABELS[k as keyof typeof SAFEGUARDING_LABELS] : 'A safety answer';
  return h(
    'div',
    {
      class: 'attune-safeguarding',
      role: 'region',
      'aria-labelledby': 'note-title',
      'data-testid': 'safeguarding-note',
    },
    h('h2', { class: 'govuk-heading-m', id: 'note-title' }, 'A safeguarding note has been kept'),
    h(
      'p',
      { class: 'govuk-body' },
      'The answers are deleted, but a safeguarding concern is never lost. The note says what kind of concern arose and when, and what was done. It does not say what the person said. Follow your safeguarding procedure if you have not already.',
    ),
    h(
      'ul',
      { class: 'govuk-list govuk-list--bullet' },
      ...note.flags.map((f) =>
        h('li', {}, `${label(f.kind)}: raised by a safety question, ${when(f.raisedAt)}`),
      ),
      ...note.disclosures.map((d) =>
        h('li', {}, `${label(d.kind)}: disclosure recorded, ${when(d.at)}`),
      ),
      ...note.actions.map((a) =>
        h(
          'li',
          {},
          `${label(a.about)}: ${label(a.action)}; told ${a.told.map((t) => lower(label(t))).join(', ')}, ${when(a.at)}`,
        ),
      ),
    ),
  );
}

/** Declined or withdrawn: no answers were kept; a safeguarding note is, when there is one. */
export function endedView(view: View): Node[] {
  const declined = view.snapshot.value === 'declined';
  const note = screeningEndedNote(view.snapshot, new Date().toISOString());
  return [
    h(
      'div',
      { class: 'govuk-panel govuk-panel--confirmation' },
      h(
        'h1',
        { class: 'govuk-panel__title', tabindex: '-1' },
        declined ? `The person chose not to do the ${view.noun}` : `The ${view.noun} has stopped`,
      ),
      h(
        'div',
        { class: 'govuk-panel__body' },
        note.safeguarding
          ? 'No answers have been kept. A safeguarding note has been kept.'
          : 'No answers have been kept',
      ),
    ),
    note.safeguarding ? safeguardingNoteView(note.safeguarding) : null,
    fromTemplate(declined ? 'tpl-declined' : 'tpl-withdrawn'),
    h(
      'div',
      { class: 'govuk-button-group' },
      button(`Start a new ${view.noun}`, () => view.startAgain()),
      // The evidence base counts declined and stopped screenings; this note holds no answers.
      button(
        'Download a note for the evidence base',
        () =>
          downloadJson(
            screeningEndedNote(view.snapshot, new Date().toISOString()),
            `attune-screening-${declined ? 'declined' : 'stopped'}.json`,
          ),
        'secondary',
        { 'data-testid': 'ended-note' },
      ),
    ),
    h(
      'p',
      { class: 'govuk-body-s' },
      note.safeguarding
        ? `The note says that a ${view.noun} was declined or stopped, and when, with the safeguarding note above. It holds no answers.`
        : `The note says only that a ${view.noun} was declined or stopped, and when. It holds no answers.`,
    ),
  ].filter(Boolean) as Node[];
}

/** Stopping asks once, because it deletes the answers. */
export function confirmStopView(view: View): Node[] {
  return [
    h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, `Stop the ${view.noun}?`),
    fromTemplate('tpl-stop'),
    h(
      'div',
      { class: 'govuk-button-group' },
      button(
        'Yes, stop and delete the answers',
        () => {
          view.setOverlay(null);
          view.send({ type: 'WITHDRAW', at: new Date().toISOString() });
        },
        'warning',
        { 'data-testid': 'confirm-stop' },
      ),
      button('No, carry on', () => view.setOverlay(null), 'secondary'),
    ),
  ];
}
