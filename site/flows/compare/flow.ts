import type { ScreeningRecord } from '@attune/sdk/screening';
import { FileUpload } from '../../ui/components/file-upload';
import { h, useState } from '../../ui/h';
import { setCatalogue, t, type Messages } from '../../ui/messages';
import { announce, Runner, type FlowError } from '../../ui/runner';
import { longDate } from '../../scripts/dates';

type Comparing = typeof import('./result');
// The schema, the comparison and the chart load with the first file chosen, not with the page.
const loadComparing = (): Promise<Comparing> => import('./result');

export interface CompareProps {
  /** Each need area's label by id, so the page does not load the whole questionnaire. */
  labels: Record<string, string>;
  messages: Partial<Messages>;
}

type Slot = { record: ScreeningRecord | null; error: FlowError | null };
const empty: Slot = { record: null, error: null };

/**
 * Comparing two screenings of the same person (/follow-up/compare/): one step, two files, and
 * once both are open, what changed in each need area, in words. Drawn by the runner, which owns
 * the title and the error summary; each file's problem stays beside its own field.
 */
export default function CompareFlow({ labels, messages }: CompareProps) {
  setCatalogue(messages);
  const [slots, setSlots] = useState<[Slot, Slot]>([empty, empty]);
  const [code, setCode] = useState<Comparing | null>(null);
  const open = (n: 0 | 1) => (file: File) =>
    void loadComparing().then(async (loaded) => {
      setCode(loaded);
      const record = await loaded.screeningIn(file);
      const id = `screening-${n + 1}`;
      const slot: Slot = record
        ? { record, error: null }
        : {
            record: null,
            error: { code: 'not-a-screening', message: t('compare.fileProblem'), field: id },
          };
      setSlots((now) => {
        // One open, the other still to choose: nothing moves, so the page says it was read.
        if (record?.completedAt && !now[n === 0 ? 1 : 0].record)
          announce(t('compare.opened', { date: longDate(record.completedAt) }));
        return n === 0 ? [slot, now[1]] : [now[0], slot];
      });
    });
  const input = (n: 0 | 1) => {
    const { record, error } = slots[n];
    const id = `screening-${n + 1}`;
    return h(FileUpload, {
      id,
      name: id,
      accept: '.json,application/json',
      label: { text: t(n === 0 ? 'compare.first' : 'compare.second'), classes: 'govuk-label--s' },
      hint: {
        text: record?.completedAt
          ? t('compare.opened', { date: longDate(record.completedAt) })
          : t('compare.hint'),
      },
      errorMessage: error ? { text: error.message } : null,
      onFile: open(n),
    });
  };
  const [a, b] = slots.map((s) => s.record);
  return h(Runner, {
    step: {
      id: 'compare',
      // The page's own title follows the step's: the step names what to do on it.
      title: t('compare.step'),
      errors: slots.flatMap((s) => (s.error ? [s.error] : [])),
      view: [
        h('span', { class: 'govuk-caption-l' }, t('compare.caption')),
        h('h1', { class: 'govuk-heading-xl' }, t('compare.title')),
        h('p', { class: 'govuk-body' }, t('compare.intro')),
        input(0),
        input(1),
        a && b && code ? h(code.ComparisonView, { records: [a, b], labels }) : null,
      ],
    },
  });
}
