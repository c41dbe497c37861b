import {
  readTrainingImport,
  summariseTeam,
  type BeforeAfter,
  type TeamSummary,
  type TrainingCompletion,
} from '@attune/sdk/training';
import { h } from '../element';
import { numericTable } from '../numeric-table';
import { h as preact } from '../../ui/h';
import { toDom } from '../../ui/dom';
import { ErrorSummary } from '../../ui/components/error-summary';
import { insetText } from '../inset';

interface ModuleLabel {
  id: string;
  title: string;
}

const count = (v: number | null) => (v === null ? 'suppressed' : v.toLocaleString('en-GB'));
const percent = (v: number) => `${Math.round(v * 100)}%`;
const rating = (v: number) => v.toFixed(1);
const signed = (v: number, format: (n: number) => string) =>
  `${v > 0 ? '+' : v < 0 ? '−' : ''}${format(Math.abs(v))}`;

/** The shared error summary (site/ui/components), drawn as DOM for this page's builder. */
const errorSummary = (message: string, href: string): HTMLElement =>
  toDom(preact(ErrorSummary, { errorList: [{ text: message, href }] }));

/**
 * Paired bars, before and after, for each module with enough learners; numbers are written on
 * the bars so the chart reads on paper. The table below it holds the same figures as text.
 */
function chart(
  title: string,
  rows: { label: string; value: BeforeAfter }[],
  max: number,
  format: (n: number) => string,
): Element {
  const ns = 'http://www.w3.org/2000/svg';
  const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text) e.textContent = text;
    return e;
  };
  const rowH = 84;
  const svg = el('svg', {
    viewBox: `0 0 400 ${rows.length * rowH + 36}`,
    width: '100%',
    class: 'attune-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  rows.forEach(({ label, value }, i) => {
    const y = i * rowH;
    // Long module titles are cut to fit; the tables give them in full.
    const short = label.length > 42 ? `${label.slice(0, 40)}…` : label;
    svg.append(el('text', { x: 0, y: y + 16, 'font-size': 15 }, short));
    (
      [
        ['Before', value.before, 'some', 26],
        ['After', value.after, 'strong', 52],
      ] as const
    ).forEach(([name, v, shade, dy]) => {
      const w = Math.max(2, (v / max) * 250);
      svg.append(el('text', { x: 0, y: y + dy + 15, 'font-size': 14 }, name));
      // The evidence chart's two shades: 3:1 against the page, system colours when forced.
      svg.append(
        el('rect', { x: 62, y: y + dy, width: w, height: 20, class: `attune-chart__${shade}` }),
      );
      svg.append(el('text', { x: 68 + w, y: y + dy + 15, 'font-size': 14 }, format(v)));
    });
  });
  svg.append(
    el(
      'text',
      { x: 0, y: rows.length * rowH + 24, 'font-size': 14 },
      'Light bar: before the module. Dark bar: after it.',
    ),
  );
  return h(
    'figure',
    {
      class: 'attune-bar-chart govuk-!-margin-0 govuk-!-margin-bottom-6',
      'data-testid': 'team-chart',
    },
    h('h3', { class: 'govuk-heading-s' }, title),
    svg as unknown as HTMLElement,
    h(
      'figcaption',
      { class: 'govuk-body-s' },
      'The same figures are in the table below. Modules with too few learners to show safely are left out.',
    ),
  );
}

function render(out: HTMLElement, summary: TeamSummary, labels: ModuleLabel[], skipped: number) {
  const title = (id: string) => labels.find((l) => l.id === id)?.title ?? id;
  // Every module is listed: with noise on every count, even a zero is not a fact to give away.
  const shown = summary.modules;
  const measure = (m: BeforeAfter | null, format: (n: number) => string) =>
    m
      ? [format(m.before), format(m.after), signed(m.change, format)]
      : ['suppressed', 'suppressed', 'suppressed'];
  const knowledge = shown.flatMap((m) =>
    m.knowledge ? [{ label: title(m.moduleId), value: m.knowledge }] : [],
  );
  const confidence = shown.flatMap((m) =>
    m.confidence ? [{ label: title(m.moduleId), value: m.confidence }] : [],
  );
  const nodes: (Node | null)[] = [
    h('h2', { class: 'govuk-heading-l', tabindex: '-1' }, 'Your team’s training'),
    insetText(
      {},
      `Counts from 1 to ${summary.threshold - 1} are shown as “suppressed”, and where one small count could be worked out from a total, another is suppressed too. Averages are shown only where at least ${summary.threshold} learners have both a before and an after figure, and they carry a little noise too, so that comparing two summaries cannot reveal one person’s score.`,
    ),
    h(
      'p',
      { class: 'govuk-body', 'data-testid': 'team-learners' },
      `Learners in these records: ${count(summary.learners)}.`,
      skipped
        ? ` ${skipped} item${skipped === 1 ? ' was' : 's were'} not training records and were left out.`
        : '',
    ),
    h(
      'p',
      { class: 'govuk-body' },
      'Knowledge is the share of questions answered right in a short test before the lessons and in the first knowledge check after them. The two use different questions, so the change shows learning, not memory of the answers. Confidence is each learner’s own rating from 1 to 5.',
    ),
    knowledge.length
      ? chart('Knowledge before and after (share right)', knowledge, 1, percent)
      : null,
    confidence.length
      ? chart('Confidence before and after (average rating, 1 to 5)', confidence, 5, rating)
      : null,
    numericTable(
      'Completion by module',
      ['Module', 'Started', 'Completed', 'Not completed'],
      shown.map((m) => ({
        attrs: { 'data-module': m.moduleId },
        cells: [title(m.moduleId), count(m.started), count(m.completed), count(m.notCompleted)],
      })),
      'team-completion',
    ),
    numericTable(
      'Knowledge and confidence by module',
      [
        'Module',
        'Knowledge before',
        'Knowledge after',
        'Change',
        'Confidence before (1 to 5)',
        'Confidence after',
        'Change',
      ],
      shown.map((m) => ({
        attrs: { 'data-module': m.moduleId },
        cells: [
          title(m.moduleId),
          ...measure(m.knowledge, percent),
          ...measure(m.confidence, rating),
        ],
      })),
      'team-change',
    ),
  ];
  out.replaceChildren(...nodes.filter((n): n is Node => n !== null));
}

/** Reads each chosen file as JSON: a bundle, a list of records, or a list of xAPI statements. */
async function readFiles(
  files: File[],
): Promise<{ records: TrainingCompletion[]; skipped: number }> {
  const records: TrainingCompletion[] = [];
  let skipped = 0;
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      skipped++;
      continue;
    }
    const imported = readTrainingImport(data);
    records.push(...imported.records);
    skipped += imported.skipped;
  }
  return { records, skipped };
}

/** The team page: imported training records summarised in this browser; nothing is uploaded. */
export function bindTeamSummary(form: HTMLFormElement, out: HTMLElement, labels: ModuleLabel[]) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = form.querySelector<HTMLInputElement>('#team-records')!;
    const thresholdText = form.querySelector<HTMLInputElement>('#team-threshold')!.value.trim();
    const threshold = Number(thresholdText);
    const files = [...(input.files ?? [])];
    let problem: [string, string] | null = null;
    if (!files.length) problem = ['Choose one or more training record files', '#team-records'];
    else if (!/^\d+$/.test(thresholdText) || threshold < 2 || threshold > 50)
      problem = ['Enter a smallest count from 2 to 50', '#team-threshold'];
    if (problem) {
      out.replaceChildren(errorSummary(...problem));
      out.querySelector<HTMLElement>('.govuk-error-summary')!.focus();
      return;
    }
    const { records, skipped } = await readFiles(files);
    if (!records.length) {
      out.replaceChildren(
        errorSummary(
          'The files hold no Attune training records: choose xAPI statements or training record files exported from Attune',
          '#team-records',
        ),
      );
      out.querySelector<HTMLElement>('.govuk-error-summary')!.focus();
      return;
    }
    const summary = summariseTeam(
      records,
      labels.map((l) => l.id),
      { threshold },
    );
    render(out, summary, labels, skipped);
    out.querySelector<HTMLElement>('h2')!.focus();
  });
}
