import { suppressRow, type SuppressedRow } from './suppress.js';

import { AGE_BANDS } from '../common/age-bands.js';

/** The need levels a cohort summary counts, in the order it reports them. */
export const LEVELS = ['none', 'some', 'strong', 'unknown'] as const;
const WISHES = ['yes', 'not-sure', 'no', 'already-have', 'unanswered'] as const;

export type { ScreeningEndedNote } from '../screening/ended-note.js';

/** How strictly to suppress small numbers, and how many examples of invalid records to keep. */
export interface CohortOptions {
  /** The smallest count published; counts from 1 to threshold − 1 are suppressed. Default 5. */
  threshold?: number;
  /** How many examples of each kind of invalid record to list (by position). Default 20. */
  examples?: number;
}

/** Counts for an anonymised evidence base, each suppressed where it is small, and why any records were left out. */
export interface CohortSummary {
  schemaVersion: 1;
  threshold: number;
  /** Questionnaire id@version → number of screening records, suppressed like any count. */
  versions: Record<string, number | null>;
  totals: SuppressedRow;
  domains: Record<string, SuppressedRow>;
  adjustments: { recommended: SuppressedRow; agreed: SuppressedRow };
  diagnosis: { wanted: SuppressedRow; areas: SuppressedRow };
  byAgeBand: SuppressedRow;
  byGender: SuppressedRow;
  invalid: { count: number; reasons: Record<string, { count: number; examples: number[] }> };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const inc = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/**
 * Adds records one at a time and keeps only counts, so memory does not grow with the number of
 * records (stream NDJSON straight into `add`). Takes screening records, notes that a screening was
 * declined or withdrawn (`{ kind: 'screening-ended', status }`) and adjustment plans.
 */
export function createCohortAccumulator(options: CohortOptions = {}) {
  const threshold = options.threshold ?? 5;
  const maxExamples = options.examples ?? 20;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('threshold must be a whole number of 1 or more');
  let screened = 0;
  let declined = 0;
  let withdrawn = 0;
  let position = 0;
  const versions = new Map<string, number>();
  const domainLevels = new Map<string, Map<string, number>>();
  const domainTotals = new Map<string, number>();
  const recommended = new Map<string, number>();
  const agreed = new Map<string, number>();
  const wanted = new Map<string, number>();
  const areas = new Map<string, number>();
  const ageBands = new Map<string, number>();
  const genders = new Map<string, number>();
  const invalid = new Map<string, { count: number; examples: number[] }>();
  let plans = 0;

  const reject = (reason: string) => {
    const entry = invalid.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < maxExamples) entry.examples.push(position);
    invalid.set(reason, entry);
  };

  function addScreening(r: Record<string, unknown>) {
    const q = r.questionnaire;
    const profile = r.profile;
    if (!isObject(q) || typeof q.id !== 'string' || typeof q.version !== 'string')
      return reject('missing questionnaire id or version');
    if (!isObject(profile) || !Array.isArray(profile.domains))
      return reject('missing needs profile');
    const domains = profile.domains as unknown[];
    if (
      !domains.every(
        (d) => isObject(d) && typeof d.domain === 'string' && LEVELS.includes(d.level as never),
      )
    )
      return reject('a needs profile entry has no domain or an unknown level');
    if (!isStringArray(r.recommendedAdjustments))
      return reject('recommended adjustments are not a list of ids');
    const diagnosis = r.diagnosis;
    if (
      !isObject(diagnosis) ||
      !(diagnosis.wanted === null || typeof diagnosis.wanted === 'string') ||
      !isStringArray(diagnosis.areas)
    )
      return reject('diagnosis wishes are malformed');
    screened++;
    inc(versions, `${q.id}@${q.version}`);
    for (const d of domains as { domain: string; level: string }[]) {
      let levels = domainLevels.get(d.domain);
      if (!levels) domainLevels.set(d.domain, (levels = new Map()));
      inc(levels, d.level);
      inc(domainTotals, d.domain);
    }
    for (const id of new Set(r.recommendedAdjustments)) inc(recommended, id);
    inc(
      wanted,
      (WISHES as readonly string[]).includes(diagnosis.wanted as string)
        ? (diagnosis.wanted as string)
        : 'unanswered',
    );
    for (const area of new Set(diagnosis.areas)) inc(areas, area);
    const about = isObject(r.demographics) ? r.demographics : {};
    inc(
      ageBands,
      typeof about.ageBand === 'string' && (AGE_BANDS as readonly string[]).includes(about.ageBand)
        ? about.ageBand
        : 'not recorded',
    );
    inc(
      genders,
      typeof about.gender === 'string' && about.gender.trim()
        ? about.gender.trim().toLowerCase()
        : 'not recorded',
    );
  }

  return {
    /** Adds one record (already parsed from JSON). Anything unusable is counted by reason, never dropped silently. */
    add(record: unknown): void {
      position++;
      if (!isObject(record)) return reject('not a JSON object');
      if (record.kind === 'screening-ended') {
        if (record.status === 'declined') declined++;
        else if (record.status === 'withdrawn') withdrawn++;
        else reject('an ended screening without status "declined" or "withdrawn"');
        return;
      }
      if (record.schemaVersion !== 1) return reject('unknown schemaVersion');
      if ('suggestions' in record && 'agreedWithPerson' in record) {
        if (
          !Array.isArray(record.suggestions) ||
          !record.suggestions.every(
            (s) => isObject(s) && typeof s.id === 'string' && typeof s.decision === 'string',
          )
        )
          return reject('adjustment plan suggestions are malformed');
        plans++;
        for (const s of record.suggestions as { id: string; decision: string }[])
          if (s.decision === 'agreed') inc(agreed, s.id);
        return;
      }
      if ('profile' in record) return addScreening(record);
      reject('not a screening record, an ended screening or an adjustment plan');
    },
    /** Counts records that could not be used, for progress messages. */
    get seen() {
      return position;
    },
    finish(): CohortSummary {
      const row = (
        m: Map<string, number>,
        total: number,
        keys: readonly string[] = [...m.keys()].sort(),
      ) => suppressRow(Object.fromEntries(keys.map((k) => [k, m.get(k) ?? 0])), total, threshold);
      const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      // Adjustments: each is its own yes/no row over all screenings (or plans), so each count is
      // suppressed with its complement.
      const perItem = (m: Map<string, number>, total: number): SuppressedRow => {
        const cells: Record<string, number | null> = {};
        for (const k of [...m.keys()].sort())
          cells[k] = suppressRow(
            { yes: m.get(k)!, no: total - m.get(k)! },
            total,
            threshold,
          ).cells.yes!;
        return { cells, total: suppressRow({ all: total }, total, threshold).total };
      };
      return {
        schemaVersion: 1,
        threshold,
        versions: Object.fromEntries(
          [...versions.keys()]
            .sort()
            .map((k) => [
              k,
              suppressRow({ n: versions.get(k)! }, versions.get(k)!, threshold).total,
            ]),
        ),
        totals: suppressRow(
          { screened, declined, withdrawn },
          screened + declined + withdrawn,
          threshold,
        ),
        domains: Object.fromEntries(
          [...domainLevels.keys()]
            .sort()
            .map((d) => [d, row(domainLevels.get(d)!, domainTotals.get(d)!, LEVELS)]),
        ),
        adjustments: {
          recommended: perItem(recommended, screened),
          agreed: perItem(agreed, plans),
        },
        diagnosis: { wanted: row(wanted, screened, WISHES), areas: perItem(areas, screened) },
        byAgeBand: row(ageBands, sum(ageBands), [...AGE_BANDS, 'not recorded']),
        byGender: row(genders, sum(genders)),
        invalid: {
          count: [...invalid.values()].reduce((a, b) => a + b.count, 0),
          reasons: Object.fromEntries(invalid),
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
