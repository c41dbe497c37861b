import {
  cohortCsv,
  createCohortAccumulator,
  type CohortSummary,
  type SuppressedRow,
} from '@attune/sdk/evidence';
import { downloadJson, h } from './screening/dom';

interface Labels {
  domains: Record<string, string>;
  adjustments: Record<string, string>;
}

const show = (v: number | null) => (v === null ? 'suppressed' : v.toLocaleString('en-GB'));

/** Reads each chosen file in the page (NDJSON line by line, or a JSON array) into one accumulator. */
async function readFiles(
  files: File[],
  threshold: number,
  progress: (done: number, total: number, records: number) => void,
): Promise<CohortSummary> {
  const acc = createCohortAccumulator({ threshold });
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  for (const file of files) {
    const head = await file.slice(0, 64).text();
    if (/\.json$/i.test(file.name) && head.trimStart().startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        parsed = undefined;
      }
      if (Array.isArray(parsed)) for (const r of parsed) acc.add(r);
      else acc.add(parsed);
      done += file.size;
      progress(done, total, acc.seen);
      continue;
    }
    // NDJSON (one record a line), streamed so large files never sit whole in memory.
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let rest = '';
    for (;;) {
      const { value, done: end } = await reader.read();
      const text = rest + (value ?? '');
      const lines = text.split('\n');
      rest = end ? '' : lines.pop()!;
      for (const line of lines) {
        if (!line.trim()) continue;
        let record: unknown;
        try {
          record = JSON.parse(line);
        } catch {
          record = undefined;
        }
        acc.add(record);
      }
      if (value) done += new TextEncoder().encode(value).length;
      progress(Math.min(done, total), total, acc.seen);
      await new Promise((r) => setTimeout(r)); // let the page show progress
      if (end) break;
    }
  }
  return acc.finish();
}

function table(
  caption: string,
  head: string[],
  rows: (string | number)[][],
  testid?: string,
): HTMLElement {
  return h(
    'div',
    { class: 'attune-table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'govuk-table', 'data-testid': testid },
      h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption),
      h(
        'thead',
        { class: 'govuk-table__head' },
        h(
          'tr',
          { class: 'govuk-table__row' },
          head.map((t, i) =>
            h(
              'th',
              {
                scope: 'col',
                class: `govuk-table__header${i ? ' govuk-table__header--numeric' : ''}`,
              },
              t,
            ),
          ),
        ),
      ),
      h(
        'tbody',
        { class: 'govuk-table__body' },
        rows.map((r) =>
          h(
            'tr',
            { class: 'govuk-table__row' },
            r.map((c, i) =>
              i === 0
                ? h('th', { scope: 'row', class: 'govuk-table__header' }, String(c))
                : h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, String(c)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Horizontal bars of "some" and "strong" need per domain; the table beside it is the text equivalent. */
function chart(summary: CohortSummary, labels: Labels): Element {
  const ns = 'http://www.w3.org/2000/svg';
  const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text) e.textContent = text;
    return e;
  };
  const entries = Object.entries(summary.domains);
  const rowH = 28;
  const svg = el('svg', {
    viewBox: `0 0 600 ${entries.length * rowH + 30}`,
    width: '100%',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  entries.forEach(([domain, row], i) => {
    const total = row.total ?? 0;
    const y = i * rowH;
    svg.append(
      el(
        'text',
        { x: 0, y: y + 18, 'font-size': 13, fill: '#0b0c0c' },
        labels.domains[domain] ?? domain,
      ),
    );
    let x = 330;
    for (const [level, colour] of [
      ['strong', '#0e5a63'],
      ['some', '#6fa8b0'],
    ] as const) {
      const v = row.cells[level];
      if (v === null || v === undefined || !total) continue;
      const w = (v / total) * 260;
      svg.append(el('rect', { x, y: y + 6, width: w, height: 16, fill: colour }));
      x += w;
    }
  });
  svg.append(
    el(
      'text',
      { x: 0, y: entries.length * rowH + 22, 'font-size': 12, fill: '#0b0c0c' },
      'Bars: share of people screened. Dark: strong need. Light: some need.',
    ),
  );
  return h(
    'figure',
    { class: 'govuk-!-margin-0 govuk-!-margin-bottom-6' },
    svg as unknown as HTMLElement,
    h(
      'figcaption',
      { class: 'govuk-body-s' },
      'Chart of the share of people with some or strong need in each area. The same figures are in the table below; suppressed counts are left out of the chart.',
    ),
  );
}

function render(out: HTMLElement, summary: CohortSummary, labels: Labels) {
  const rowCells = (r: SuppressedRow, keys: string[]) => [
    ...keys.map((k) => show(r.cells[k] ?? 0)),
    show(r.total),
  ];
  out.replaceChildren(
    h('h2', { class: 'govuk-heading-l', tabindex: '-1' }, 'Summary'),
    h(
      'div',
      { class: 'govuk-inset-text' },
      `Counts from 1 to ${summary.threshold - 1} are shown as “suppressed”, and where one small count could be worked out from a total, another count is suppressed too. This protects the people in the records.`,
    ),
    h(
      'p',
      { class: 'govuk-body', 'data-testid': 'versions' },
      'Questionnaire versions in these records: ',
      Object.entries(summary.versions)
        .map(([v, n]) => `${v} (${show(n)})`)
        .join('; ') || 'none',
      '.',
    ),
    table(
      'People',
      ['', 'Count'],
      [
        ['Screened', show(summary.totals.cells.screened!)],
        ['Declined', show(summary.totals.cells.declined!)],
        ['Withdrew', show(summary.totals.cells.withdrawn!)],
        ['All', show(summary.totals.total)],
      ],
      'totals',
    ),
    h('h2', { class: 'govuk-heading-m' }, 'Need by area'),
    chart(summary, labels),
    table(
      'Need by area (number of people screened)',
      ['Area', 'None', 'Some', 'Strong', 'Not known', 'Total'],
      Object.entries(summary.domains).map(([d, r]) => [
        labels.domains[d] ?? d,
        ...rowCells(r, ['none', 'some', 'strong', 'unknown']),
      ]),
      'domains',
    ),
    table(
      'Adjustments recommended and agreed',
      ['Adjustment', 'Recommended', 'Agreed'],
      [
        ...new Set([
          ...Object.keys(summary.adjustments.recommended.cells),
          ...Object.keys(summary.adjustments.agreed.cells),
        ]),
      ].map((id) => [
        labels.adjustments[id] ?? id,
        show(summary.adjustments.recommended.cells[id] ?? 0),
        show(summary.adjustments.agreed.cells[id] ?? 0),
      ]),
    ),
    table(
      'Would like a diagnostic assessment',
      ['Answer', 'People'],
      [
        ...Object.entries(summary.diagnosis.wanted.cells).map(([k, v]) => [k, show(v)]),
        ['Total', show(summary.diagnosis.wanted.total)],
      ],
    ),
    table(
      'Assessment wanted for',
      ['Area', 'People'],
      Object.entries(summary.diagnosis.areas.cells).map(([k, v]) => [k, show(v)]),
    ),
    table(
      'By age band',
      ['Age band', 'People'],
      [
        ...Object.entries(summary.byAgeBand.cells).map(([k, v]) => [k, show(v)]),
        ['Total', show(summary.byAgeBand.total)],
      ],
    ),
    table(
      'By gender',
      ['Gender', 'People'],
      [
        ...Object.entries(summary.byGender.cells).map(([k, v]) => [k, show(v)]),
        ['Total', show(summary.byGender.total)],
      ],
    ),
    h('h2', { class: 'govuk-heading-m' }, 'Records that could not be used'),
    summary.invalid.count
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', 'data-testid': 'invalid' },
          Object.entries(summary.invalid.reasons).map(([reason, r]) =>
            h(
              'li',
              {},
              `${r.count.toLocaleString('en-GB')}: ${reason} (record ${r.examples.join(', ')}${r.count > r.examples.length ? ', …' : ''})`,
            ),
          ),
        )
      : h(
          'p',
          { class: 'govuk-body', 'data-testid': 'invalid' },
          'None: every record could be used.',
        ),
    h(
      'div',
      { class: 'govuk-button-group' },
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button',
          'data-testid': 'download-csv',
          onclick: () => {
            const a = document.createElement('a');
            a.href = URL.createObjectURL(new Blob([cohortCsv(summary)], { type: 'text/csv' }));
            a.download = 'attune-evidence-summary.csv';
            a.click();
          },
        },
        'Download the summary (CSV)',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button govuk-button--secondary',
          onclick: () => downloadJson(summary, 'attune-evidence-summary.json'),
        },
        'Download the summary (JSON)',
      ),
    ),
  );
  out.querySelector<HTMLElement>('h2')?.focus();
}

export function bindEvidence(form: HTMLFormElement, out: HTMLElement, labels: Labels) {
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const bar = form.querySelector<HTMLProgressElement>('progress')!;
  const error = form.querySelector<HTMLElement>('[data-error]')!;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const files = [...(form.querySelector<HTMLInputElement>('#records')!.files ?? [])];
    const threshold = Number(
      (form.querySelector<HTMLInputElement>('#threshold')!.value || '5').trim(),
    );
    error.hidden = true;
    if (!files.length || !Number.isInteger(threshold) || threshold < 1) {
      error.textContent = !files.length
        ? 'Choose one or more record files (.json or .ndjson)'
        : 'Enter a whole number of 1 or more for the smallest count to show';
      error.hidden = false;
      return;
    }
    bar.hidden = false;
    let read = 0;
    const summary = await readFiles(files, threshold, (done, total, records) => {
      read = records;
      bar.max = total || 1;
      bar.value = done;
      status.textContent = `Read ${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB: ${records.toLocaleString('en-GB')} records so far.`;
    });
    status.textContent = `Finished: ${read.toLocaleString('en-GB')} records read.`;
    render(out, summary, labels);
  });
}
