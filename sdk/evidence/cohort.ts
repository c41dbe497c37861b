import { boundedJson } from '../common/bounded-json.js';
import { RECORD_BOUNDS } from './files.js';
import { PREFER_NOT_TO_SAY } from '../screening/demographics.js';
import { KEY_SPACE, MAX_NOISE, publishCount, recordIdentity } from './cell-key.js';
import {
  ADJUSTMENT_IDS,
  AGE_BANDS,
  DIAGNOSIS_AREAS,
  DIAGNOSIS_WISHES,
  DOMAIN_IDS,
  GENDERS,
  KNOWN_QUESTIONNAIRES,
  NOT_RECORDED,
  OTHER,
} from './categories.js';

/** The need levels a cohort summary counts, in the order it reports them. */
export const LEVELS = ['none', 'some', 'strong', 'unknown'] as const;

export type { ScreeningEndedNote } from '../screening/ended-note.js';

/** How strictly to suppress small numbers, and how many examples of invalid records to keep. */
export interface CohortOptions {
  /** The smallest count published after noise; values from 1 to threshold − 1 are suppressed. Default 5. */
  threshold?: number;
  /** How many examples of each kind of invalid record to list (by position). Default 20. */
  examples?: number;
}

/** A published table row: category counts and their total, each a number or null when suppressed. */
export interface SuppressedRow {
  cells: Record<string, number | null>;
  total: number | null;
}

/** Counts for an anonymised evidence base, each protected, and why any records were left out. */
export interface CohortSummary {
  schemaVersion: 2;
  threshold: number;
  /** How the counts are protected, so a reader knows what a figure can mean. */
  disclosure: { method: 'cell-key-perturbation'; maxNoise: number; threshold: number };
  /** Questionnaire version → number of screenings; versions the SDK does not know are "other". */
  versions: Record<string, number | null>;
  /** Screenings, and screenings declined or stopped. */
  totals: SuppressedRow;
  /** Records of other kinds, counted as what they are: practical-support checks and adjustment plans. */
  otherRecords: SuppressedRow;
  domains: Record<string, SuppressedRow>;
  adjustments: { recommended: SuppressedRow; agreed: SuppressedRow };
  diagnosis: { wanted: SuppressedRow; areas: SuppressedRow };
  byAgeBand: SuppressedRow;
  byGender: SuppressedRow;
  /** Records seen more than once (same id, or same content when there is no id), counted once. */
  duplicates: number;
  invalid: { count: number; reasons: Record<string, { count: number; examples: number[] }> };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
/** A value from a closed list, or "other": nothing a record says is published as written. */
const closed = (list: readonly string[], value: string) => (list.includes(value) ? value : OTHER);
/** An object with no prototype, so no category name can reach Object.prototype. */
const bare = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

/** A count and the sum of its records' keys: all a cell needs to be published. */
type Cell = { n: number; k: number };
/** The cells of one table by category, in a Map so no id can touch a prototype. */
class Table {
  readonly cells = new Map<string, Cell>();
  add(category: string, key: number) {
    const cell = this.cells.get(category) ?? { n: 0, k: 0 };
    cell.n++;
    cell.k = (cell.k + key) % KEY_SPACE;
    this.cells.set(category, cell);
  }
}

/**
 * Adds records one at a time and keeps only counts (and one fingerprint per record, to find
 * duplicates), so NDJSON can stream straight into `add`. Takes screening records,
 * practical-support check records, notes that a screening was declined or withdrawn
 * (`{ kind: 'screening-ended', status }`) and adjustment plans.
 */
export function createCohortAccumulator(options: CohortOptions = {}) {
  const threshold = options.threshold ?? 5;
  const maxExamples = options.examples ?? 20;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('threshold must be a whole number of 1 or more');
  let position = 0;
  let duplicates = 0;
  let releaseKey = 0;
  const seen = new Set<string>();
  const totals = new Table();
  const others = new Table();
  const versions = new Table();
  const domainLevels = new Map<string, Table>(DOMAIN_IDS.map((d) => [d, new Table()]));
  const domainTotals = new Table();
  const recommended = new Table();
  const agreed = new Table();
  const wanted = new Table();
  const areas = new Table();
  const ageBands = new Table();
  const genders = new Table();
  const invalid = new Map<string, { count: number; examples: number[] }>();

  const reject = (reason: string) => {
    const entry = invalid.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < maxExamples) entry.examples.push(position);
    invalid.set(reason, entry);
  };

  /** Checks a screening or check record; returns a reason to refuse it, or null. */
  function fault(r: Record<string, unknown>): string | null {
    const q = r.questionnaire;
    if (!isObject(q) || typeof q.id !== 'string' || typeof q.version !== 'string')
      return 'missing questionnaire id or version';
    if (!Object.hasOwn(KNOWN_QUESTIONNAIRES, q.id))
      return 'a questionnaire the evidence base does not know';
    const profile = r.profile;
    if (!isObject(profile) || !Array.isArray(profile.domains)) return 'missing needs profile';
    const domains = profile.domains as unknown[];
    if (
      !domains.every(
        (d) => isObject(d) && typeof d.domain === 'string' && LEVELS.includes(d.level as never),
      )
    )
      return 'a needs profile entry has no domain or an unknown level';
    const ids = (domains as { domain: string }[]).map((d) => d.domain);
    if (new Set(ids).size !== ids.length) return 'a needs profile lists a domain twice';
    if (!isStringArray(r.recommendedAdjustments))
      return 'recommended adjustments are not a list of ids';
    const diagnosis = r.diagnosis;
    if (
      !isObject(diagnosis) ||
      !(diagnosis.wanted === null || typeof diagnosis.wanted === 'string') ||
      !isStringArray(diagnosis.areas)
    )
      return 'diagnosis wishes are malformed';
    return null;
  }

  function addScreening(r: Record<string, unknown>, key: number) {
    const q = r.questionnaire as { id: string; version: string };
    totals.add('screened', key);
    versions.add(closed(KNOWN_QUESTIONNAIRES['attune-needs-screening'].versions, q.version), key);
    for (const d of (r.profile as { domains: { domain: string; level: string }[] }).domains) {
      const levels = domainLevels.get(d.domain);
      if (!levels) continue; // a need area this version has and the evidence base does not publish
      levels.add(d.level, key);
      domainTotals.add(d.domain, key);
    }
    for (const id of new Set(r.recommendedAdjustments as string[]))
      recommended.add(closed(ADJUSTMENT_IDS, id), key);
    const diagnosis = r.diagnosis as { wanted: string | null; areas: string[] };
    wanted.add(
      DIAGNOSIS_WISHES.includes(diagnosis.wanted as never)
        ? (diagnosis.wanted as string)
        : 'unanswered',
      key,
    );
    for (const area of new Set(diagnosis.areas.map((a) => closed(DIAGNOSIS_AREAS, a))))
      areas.add(area, key);
    const about = isObject(r.demographics) ? r.demographics : {};
    // "Prefer not to say" is not an age: it counts with the records that do not say.
    ageBands.add(
      typeof about.ageBand === 'string' && about.ageBand !== PREFER_NOT_TO_SAY
        ? closed(AGE_BANDS, about.ageBand)
        : NOT_RECORDED,
      key,
    );
    const gender = typeof about.gender === 'string' ? about.gender.trim().toLowerCase() : '';
    genders.add(gender ? closed(GENDERS, gender) : NOT_RECORDED, key);
  }

  return {
    /** Adds one record (already parsed from JSON). Anything unusable is counted by reason, never dropped silently. */
    add(record: unknown): void {
      position++;
      if (!isObject(record)) return reject('not a JSON object');
      // Checked without recursion before anything else reads it: a record nested 100,000 deep
      // would otherwise overflow the stack when it is fingerprinted.
      if (!boundedJson(record, RECORD_BOUNDS).ok)
        return reject('too large or too deeply nested to read');
      const isEnded = record.kind === 'screening-ended';
      const isPlan =
        !isEnded &&
        record.schemaVersion === 1 &&
        'suggestions' in record &&
        'agreedWithPerson' in record;
      const isScreening = !isEnded && !isPlan && record.schemaVersion === 1 && 'profile' in record;
      if (isEnded && record.status !== 'declined' && record.status !== 'withdrawn')
        return reject('an ended screening without status "declined" or "withdrawn"');
      if (!isEnded && record.schemaVersion !== 1) return reject('unknown schemaVersion');
      if (isPlan) {
        if (
          !Array.isArray(record.suggestions) ||
          !record.suggestions.every(
            (s) => isObject(s) && typeof s.id === 'string' && typeof s.decision === 'string',
          )
        )
          return reject('adjustment plan suggestions are malformed');
      } else if (isScreening) {
        const why = fault(record);
        if (why) return reject(why);
      } else if (!isEnded)
        return reject('not a screening record, an ended screening or an adjustment plan');

      // Only records that will be counted are checked for duplicates, so a broken copy of a
      // good record does not hide it.
      const { fingerprint, key } = recordIdentity(record);
      if (seen.has(fingerprint)) {
        duplicates++;
        return;
      }
      seen.add(fingerprint);
      releaseKey = (releaseKey + key) % KEY_SPACE;

      if (isEnded) return totals.add(record.status as string, key);
      if (isPlan) {
        others.add('adjustment plans', key);
        const ids = new Set<string>();
        for (const s of record.suggestions as { id: string; decision: string }[])
          if (s.decision === 'agreed') ids.add(closed(ADJUSTMENT_IDS, s.id));
        for (const id of ids) agreed.add(id, key);
        return agreed.add('(plans)', key);
      }
      const q = record.questionnaire as { id: keyof typeof KNOWN_QUESTIONNAIRES };
      if (KNOWN_QUESTIONNAIRES[q.id].kind === 'practical-support-check')
        return others.add('practical-support checks', key);
      addScreening(record, key);
    },
    /** How many records have been added, for progress messages. */
    get seen() {
      return position;
    },
    finish(): CohortSummary {
      // The same records get the same noise wherever they are counted, so a count shown in two
      // tables (screenings, say, as a total and as one version) cannot be averaged. An empty cell
      // has no records, so its category's own fixed key stands in, as in the ONS method.
      const publish = (cell: Cell | undefined, label: string) =>
        cell && cell.n > 0
          ? publishCount(cell.n, cell.k, releaseKey, threshold)
          : publishCount(0, recordIdentity({ id: label }).key, releaseKey, threshold);
      const rowOf = (table: Table, keys: readonly string[], name: string, total: Cell) => ({
        cells: bare(keys.map((c) => [c, publish(table.cells.get(c), `${name}:${c}`)] as const)),
        total: publish(total, `${name}:total`),
      });
      const screened = totals.cells.get('screened') ?? { n: 0, k: 0 };
      const plans = agreed.cells.get('(plans)') ?? { n: 0, k: 0 };
      const all = [...totals.cells.values()].reduce(
        (a, c) => ({ n: a.n + c.n, k: (a.k + c.k) % KEY_SPACE }),
        { n: 0, k: 0 },
      );
      const otherAll = [...others.cells.values()].reduce(
        (a, c) => ({ n: a.n + c.n, k: (a.k + c.k) % KEY_SPACE }),
        { n: 0, k: 0 },
      );
      const versionKeys = [...KNOWN_QUESTIONNAIRES['attune-needs-screening'].versions, OTHER];
      return {
        schemaVersion: 2,
        threshold,
        disclosure: { method: 'cell-key-perturbation', maxNoise: MAX_NOISE, threshold },
        versions: rowOf(versions, versionKeys, 'version', screened).cells,
        totals: rowOf(totals, ['screened', 'declined', 'withdrawn'], 'totals', all),
        otherRecords: rowOf(
          others,
          ['practical-support checks', 'adjustment plans'],
          'other',
          otherAll,
        ),
        domains: bare(
          DOMAIN_IDS.map(
            (d) =>
              [
                d,
                rowOf(
                  domainLevels.get(d)!,
                  LEVELS,
                  `domain:${d}`,
                  domainTotals.cells.get(d) ?? { n: 0, k: 0 },
                ),
              ] as const,
          ),
        ),
        adjustments: {
          recommended: rowOf(recommended, [...ADJUSTMENT_IDS, OTHER], 'recommended', screened),
          agreed: rowOf(agreed, [...ADJUSTMENT_IDS, OTHER], 'agreed', plans),
        },
        diagnosis: {
          wanted: rowOf(wanted, DIAGNOSIS_WISHES, 'wanted', screened),
          areas: rowOf(areas, [...DIAGNOSIS_AREAS, OTHER], 'areas', screened),
        },
        byAgeBand: rowOf(ageBands, [...AGE_BANDS, OTHER, NOT_RECORDED], 'age', screened),
        byGender: rowOf(genders, [...GENDERS, OTHER, NOT_RECORDED], 'gender', screened),
        duplicates,
        invalid: {
          count: [...invalid.values()].reduce((a, b) => a + b.count, 0),
          reasons: bare(invalid),
        },
      };
    },
  };
}

/** Summarises a whole cohort of records at once. */
export function summariseCohort(
  records: Iterable<unknown>,
  options: CohortOptions = {},
): CohortSummary {
  const acc = createCohortAccumulator(options);
  for (const r of records) acc.add(r);
  return acc.finish();
}
