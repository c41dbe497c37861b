import { boundedJson } from '../common/bounded-json.js';
import { DIAGNOSIS_ITEMS } from './categories.js';

/** The kinds of file the evidence base reads: every file Attune itself writes with records in it. */
export type EvidenceFileFormat = 'json' | 'json-array' | 'ndjson' | 'records-csv';

/** Files larger than this are read as NDJSON a line at a time, never parsed whole. */
export const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;
/** Bounds one record must fit before it is parsed: far beyond any real record. */
export const RECORD_BOUNDS = { maxChars: 1024 * 1024, maxDepth: 16 };

/** What the start of a file says it is: the records CSV by its header, JSON by its first character. */
export function sniffEvidenceFile(head: string): 'records-csv' | 'json-array' | 'json-or-ndjson' {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('reference,questionnaire,version,')) return 'records-csv';
  return text.startsWith('[') ? 'json-array' : 'json-or-ndjson';
}

/**
 * Reads a whole file's text into records: a JSON array, one JSON record (pretty-printed or not,
 * such as a screening record or the note of a declined screening), NDJSON, or the screening
 * records CSV. A value too large or too deep to read safely comes back as `undefined`, so the
 * summary counts it as unusable rather than crashing the page.
 */
export function readEvidenceText(text: string): {
  format: EvidenceFileFormat;
  records: unknown[];
} {
  const kind = sniffEvidenceFile(text.slice(0, 200));
  if (kind === 'records-csv') return { format: 'records-csv', records: recordsFromCsv(text) };
  const whole = boundedJson(text, {
    maxChars: WHOLE_FILE_LIMIT,
    maxDepth: RECORD_BOUNDS.maxDepth + 1,
  });
  if (whole.ok)
    return Array.isArray(whole.value)
      ? { format: 'json-array', records: whole.value }
      : { format: 'json', records: [whole.value] };
  return {
    format: 'ndjson',
    records: text
      .split('\n')
      .filter((line) => line.trim())
      .map(parseRecordLine),
  };
}

/** One NDJSON line as a record, or `undefined` when it is not JSON or is too large or deep. */
export function parseRecordLine(line: string): unknown {
  const read = boundedJson(line, RECORD_BOUNDS);
  return read.ok ? read.value : undefined;
}

/** Splits CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * Rows of the screening records CSV (`screeningRecordsCsv`) as records the summary can count: the
 * questionnaire, times, each area's level, the adjustments and the wishes about a diagnosis. The
 * CSV has no age band or gender, so those count as not recorded.
 */
export function recordsFromCsv(text: string): unknown[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const col = (name: string) => header.indexOf(name);
  const list = (v: string | undefined) => (v ? v.split(';').filter(Boolean) : []);
  // A cell defused for spreadsheets starts with an apostrophe; the value is what follows.
  const plain = (v: string | undefined) => (v?.startsWith("'") ? v.slice(1) : (v ?? ''));
  const levels = header
    .map((name, i) => [name, i] as const)
    .filter(([name]) => name.startsWith('level:'));
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => {
      const cell = (name: string) => plain(r[col(name)]);
      const wish = cell(DIAGNOSIS_ITEMS.wish);
      return {
        schemaVersion: 1,
        questionnaire: { id: cell('questionnaire'), version: cell('version') },
        reference: cell('reference') || null,
        startedAt: cell('startedAt') || null,
        completedAt: cell('completedAt') || null,
        profile: {
          domains: levels
            .filter(([, i]) => r[i])
            .map(([name, i]) => ({ domain: name.slice('level:'.length), level: r[i] })),
        },
        recommendedAdjustments: list(cell('recommendedAdjustments')),
        diagnosis: {
          wanted: wish && wish !== 'prefer-not-to-say' ? wish : null,
          areas: list(cell(DIAGNOSIS_ITEMS.areas)).filter((a) => a !== 'prefer-not-to-say'),
        },
      };
    });
}
