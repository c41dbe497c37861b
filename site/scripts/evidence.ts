import {
  cohortCsv,
  createCohortAccumulator,
  parseRecordLine,
  readEvidenceText,
  sniffEvidenceFile,
  WHOLE_FILE_LIMIT,
  type CohortSummary,
  type SuppressedRow,
} from '@attune/sdk/evidence';
import { caseBundleRecords, type CaseBundle } from '@attune/sdk/cases';
import type { FollowUpSummary } from '@attune/sdk/follow-up';
import { downloadJson, h } from './element';
import { countText as show, numericTable } from './numeric-table';
import { collectFollowUp, followUpSection, type FollowUpLabels } from './evidence/follow-up';
import { encryptedFiles, openEncryptedFiles } from './evidence/encrypted-bundles';
import { equalityCollector, equalitySection } from './evidence/equality';
import { collectMentoring, mentoringSection, type MentoringLabels } from './evidence/mentoring';
import { h as preact, render as draw } from '../ui/h';
import { toDom } from '../ui/dom';
import { Button, ButtonGroup } from '../ui/components/button';
import { ErrorMessage } from '../ui/components/error-message';
import { ErrorSummary } from '../ui/components/error-summary';
import { insetText } from './inset';

type Labels = FollowUpLabels & { mentoring: MentoringLabels };
const mb = (n: number) => (n / 1e6).toFixed(1);

/**
 * Reads each chosen file in the page into one accumulator: the records CSV, a JSON list or one
 * JSON record (pretty-printed or not) whole; NDJSON, and any file too large to hold whole, a line
 * at a time so it never sits whole in memory.
 */
async function readFiles(
  files: File[],
  threshold: number,
  opened: Map<File, CaseBundle>,
  progress: (done: number, total: number, records: number) => void,
  equality = equalityCollector(),
  mentoring = collectMentoring(),
): Promise<{ summary: CohortSummary; followUp: FollowUpSummary | null }> {
  const acc = createCohortAccumulator({ threshold });
  const followUp = collectFollowUp();
  // A plain case bundle (as /cases/ exports it) counts as the records inside it; reviews and
  // referrals are the follow-up section's, not the cohort summary's.
  const add = (r: unknown) => {
    const inBundle = caseBundleRecords(r);
    if (inBundle) equality.addCases((r as CaseBundle).cases);
    if (inBundle) mentoring.takeCases((r as CaseBundle).cases);
    if (inBundle)
      for (const c of (r as CaseBundle).cases)
        followUp.takeCase(
          c.id,
          c.entries.flatMap((e) => (e.kind === 'screening' ? [e.record] : [])),
        );
    for (const x of inBundle ?? [r]) {
      // Loose records are kept for the rates by group too; outcome records only there.
      if (!inBundle && equality.add(x) === 'taken') continue;
      // Mentoring plans are the mentoring section's; the cohort summary does not count them.
      if (!inBundle && mentoring.take(x)) continue;
      if (!followUp.take(x)) acc.add(x);
    }
  };
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  for (const file of files) {
    // An encrypted case bundle was opened before reading began.
    const plain = opened.get(file);
    if (plain) {
      add(plain);
      done += file.size;
      progress(done, total, acc.seen);
      continue;
    }
    const kind = sniffEvidenceFile(await file.slice(0, 200).text());
    if (kind === 'records-csv' || file.size <= WHOLE_FILE_LIMIT) {
      for (const r of readEvidenceText(await file.text()).records) add(r);
      done += file.size;
      progress(done, total, acc.seen);
      continue;
    }
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let rest = '';
    for (;;) {
      const { value, done: end } = await reader.read();
      const text = rest + (value ?? '');
      const lines = text.split('\n');
      rest = end ? '' : lines.pop()!;
      for (const line of lines) if (line.trim()) add(parseRecordLine(line));
      if (value) done += new TextEncoder().encode(value).length;
      progress(Math.min(done, total), total, acc.seen);
      await new Promise((r) => setTimeout(r)); // let the page show progress
      if (end) break;
    }
  }
  return { summary: acc.finish(), followUp: followUp.finish(threshold) };
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
    class: 'attune-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  entries.forEach(([domain, row], i) => {
    const total = row.total ?? 0;
    const y = i * rowH;
    svg.append(el('text', { x: 0, y: y + 18, 'font-size': 13 }, labels.domains[domain] ?? domain));
    let x = 330;
    // Both bar colours have at least 3:1 contrast with the white page, and a white gap parts
    // them, so neither relies on telling the two apart by colour alone.
    for (const level of ['strong', 'some'] as const) {
      const v = row.cells[level];
      if (v === null || v === undefined || !total) continue;
      const w = Math.max(0, Math.min(1, v / total) * 260 - 2);
      svg.append(
        el('rect', { x, y: y + 6, width: w, height: 16, class: `attune-chart__${level}` }),
      );
      x += w + 2;
    }
  });
  svg.append(
    el(
      'text',
      { x: 0, y: entries.length * rowH + 22, 'font-size': 12 },
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

function render(
  out: HTMLElement,
  summary: CohortSummary,
  followUp: FollowUpSummary | null,
  labels: Labels,
) {
  const rowCells = (r: SuppressedRow, keys: string[]) => [
    ...keys.map((k) => show(r.cells[k])),
    show(r.total),
  ];
  out.replaceChildren(
    h('h2', { class: 'govuk-heading-l', tabindex: '-1' }, 'Summary'),
    insetText(
      { 'data-testid': 'method' },
      h(
        'p',
        { class: 'govuk-body' },
        `Every count has been changed a little at random, so that nobody can be picked out, even by comparing this summary with another one made with one person more or less. Most counts move by 0 or 1, and none by more than ${summary.disclosure.maxNoise}. The same people always give the same figure, so totals may not add up exactly.`,
      ),
      h(
        'p',
        { class: 'govuk-body' },
        `After that, counts from 1 to ${summary.threshold - 1} are shown as “suppressed”. A suppressed count or a 0 may stand for a few people or for none. This is the cell key method the Office for National Statistics used for Census 2021, changed so that every count moves when anyone is added.`,
      ),
    ),
    h(
      'p',
      { class: 'govuk-body', 'data-testid': 'versions' },
      'Needs screening versions in these records: ',
      Object.entries(summary.versions)
        .map(([v, n]) => `${v === 'other' ? 'other versions' : v} (${show(n)})`)
        .join('; '),
      '.',
    ),
    numericTable(
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
    numericTable(
      'Other records',
      ['', 'Count'],
      [
        ['Practical-support checks', show(summary.otherRecords.cells['practical-support checks'])],
        ['Adjustment plans', show(summary.otherRecords.cells['adjustment plans'])],
      ],
      'other-records',
    ),
    h(
      'p',
      { class: 'govuk-body', 'data-testid': 'duplicates' },
      summary.duplicates
        ? `${summary.duplicates.toLocaleString('en-GB')} records were in the files more than once. Each is counted once.`
        : 'No record was in the files more than once.',
    ),
    h('h2', { class: 'govuk-heading-m' }, 'Need by area'),
    chart(summary, labels),
    numericTable(
      'Need by area (number of people screened)',
      ['Area', 'None', 'Some', 'Strong', 'Not known', 'Total'],
      Object.entries(summary.domains).map(([d, r]) => [
        labels.domains[d] ?? d,
        ...rowCells(r, ['none', 'some', 'strong', 'unknown']),
      ]),
      'domains',
    ),
    numericTable(
      'Adjustments recommended and agreed',
      ['Adjustment', 'Recommended', 'Agreed'],
      [
        ...new Set([
          ...Object.keys(summary.adjustments.recommended.cells),
          ...Object.keys(summary.adjustments.agreed.cells),
        ]),
      ]
        // Rows with 0 both ways are left out to keep the table short; they hide nothing.
        .filter(
          (id) =>
            summary.adjustments.recommended.cells[id] !== 0 ||
            summary.adjustments.agreed.cells[id] !== 0,
        )
        .map((id) => [
          labels.adjustments[id] ?? id,
          show(summary.adjustments.recommended.cells[id]),
          show(summary.adjustments.agreed.cells[id]),
        ]),
    ),
    numericTable(
      'Would like a diagnostic assessment',
      ['Answer', 'People'],
      [
        ...Object.entries(summary.diagnosis.wanted.cells).map(([k, v]) => [k, show(v)]),
        ['Total', show(summary.diagnosis.wanted.total)],
      ],
    ),
    numericTable(
      'Assessment wanted for',
      ['Area', 'People'],
      Object.entries(summary.diagnosis.areas.cells).map(([k, v]) => [k, show(v)]),
    ),
    numericTable(
      'By age band',
      ['Age band', 'People'],
      [
        ...Object.entries(summary.byAgeBand.cells).map(([k, v]) => [k, show(v)]),
        ['Total', show(summary.byAgeBand.total)],
      ],
    ),
    numericTable(
      'By gender',
      ['Gender', 'People'],
      [
        ...Object.entries(summary.byGender.cells).map(([k, v]) => [k, show(v)]),
        ['Total', show(summary.byGender.total)],
      ],
    ),
    // Records made with the equality questions hold sex and gender identity, not this older
    // free-text field, so they show here as not recorded; say where they are counted instead.
    h(
      'p',
      { class: 'govuk-body-s' },
      'This table counts the gender field of older records and of hosts that write one. Answers to the equality questions (sex, gender identity, ethnic group, disability) are counted in the rates by group.',
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
    ...(followUp ? [followUpSection(followUp, labels)] : []),
    toDom(
      preact(
        ButtonGroup,
        null,
        preact(Button, {
          text: 'Download the summary (CSV)',
          attributes: { 'data-testid': 'download-csv' },
          onClick: () => {
            const a = document.createElement('a');
            a.href = URL.createObjectURL(new Blob([cohortCsv(summary)], { type: 'text/csv' }));
            a.download = 'attune-evidence-summary.csv';
            a.click();
          },
        }),
        preact(Button, {
          text: 'Download the summary (JSON)',
          classes: 'govuk-button--secondary',
          onClick: () => downloadJson(summary, 'attune-evidence-summary.json'),
        }),
      ),
    ),
  );
  out.querySelector<HTMLElement>('h2')?.focus();
}

/** One field's error, named by the id of the input it belongs to. */
type FieldError = { field: string; message: string };

/**
 * Shows errors as the GOV.UK error summary pattern does: a summary at the top linking to each
 * field, the message above the field, the field marked, and "Error: " before the page title.
 */
function showErrors(form: HTMLFormElement, errors: FieldError[]) {
  const box = document.querySelector<HTMLElement>('[data-error-summary-box]')!;
  const title = document.title.replace(/^Error: /, '');
  document.title = errors.length ? `Error: ${title}` : title;
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    const group = input.closest('.govuk-form-group')!;
    const error = errors.find((e) => e.field === input.id);
    group.classList.toggle('govuk-form-group--error', Boolean(error));
    const kind = input.type === 'file' ? 'govuk-file-upload--error' : 'govuk-input--error';
    input.classList.toggle(kind, Boolean(error));
    group.querySelector('.govuk-error-message')?.remove();
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== `${input.id}-error`);
    if (error) {
      input.before(toDom(preact(ErrorMessage, { id: `${input.id}-error`, text: error.message })));
      described.push(`${input.id}-error`);
    }
    input.setAttribute('aria-describedby', described.join(' '));
  }
  // The shared error summary, redrawn in place over the one the page drew at build time.
  draw(
    preact(ErrorSummary, {
      errorList: errors.map((e) => ({ text: e.message, href: `#${e.field}` })),
      attributes: { 'data-error-summary': '', hidden: errors.length === 0 },
    }),
    box,
  );
  if (errors.length) box.querySelector<HTMLElement>('[data-error-summary]')!.focus();
}

export function bindEvidence(form: HTMLFormElement, out: HTMLElement, labels: Labels) {
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const bar = form.querySelector<HTMLProgressElement>('progress')!;
  // The passphrase field shows only when an encrypted case bundle is among the files chosen.
  const passphraseInput = form.querySelector<HTMLInputElement>('#bundle-passphrase')!;
  const passphraseGroup = form.querySelector<HTMLElement>('[data-passphrase-group]')!;
  form.querySelector('#records')!.addEventListener('change', async (e) => {
    const chosen = [...((e.target as HTMLInputElement).files ?? [])];
    passphraseGroup.hidden = (await encryptedFiles(chosen)).length === 0;
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const files = [...(form.querySelector<HTMLInputElement>('#records')!.files ?? [])];
    const text = form.querySelector<HTMLInputElement>('#threshold')!.value.trim() || '5';
    const threshold = Number(text);
    const errors: FieldError[] = [];
    if (!files.length)
      errors.push({ field: 'records', message: 'Choose one or more files of records' });
    const encrypted = await encryptedFiles(files);
    const passphrase = passphraseInput.value;
    if (encrypted.length && !passphrase)
      errors.push({
        field: 'bundle-passphrase',
        message: 'Enter the passphrase the case bundle was exported with',
      });
    if (!/^\d+$/.test(text) || !Number.isInteger(threshold) || threshold < 1 || threshold > 100)
      errors.push({
        field: 'threshold',
        message: 'Enter the smallest count to show as a whole number from 1 to 100',
      });
    showErrors(form, errors);
    if (errors.length) return;
    let opened = new Map<File, CaseBundle>();
    if (encrypted.length) {
      status.textContent = 'Opening the encrypted case bundle…';
      const result = await openEncryptedFiles(encrypted, passphrase);
      status.textContent = '';
      if (!result.ok) {
        showErrors(form, [
          { field: result.passphrase ? 'bundle-passphrase' : 'records', message: result.message },
        ]);
        return;
      }
      opened = result.opened;
    }
    bar.hidden = false;
    let read = 0;
    const equality = equalityCollector();
    const mentoring = collectMentoring();
    const { summary, followUp } = await readFiles(
      files,
      threshold,
      opened,
      (done, total, records) => {
        read = records;
        bar.max = total || 1;
        bar.value = done;
        status.textContent = `Read ${mb(done)} of ${mb(total)} MB: ${records.toLocaleString('en-GB')} records so far.`;
      },
      equality,
      mentoring,
    );
    status.textContent = `Finished: ${read.toLocaleString('en-GB')} records read.`;
    render(out, summary, followUp, labels);
    out.append(equalitySection(equality.finish(threshold), (d) => labels.domains[d] ?? d));
    const plans = mentoring.finish(threshold);
    if (plans) out.append(mentoringSection(plans, labels.mentoring));
  });
}
