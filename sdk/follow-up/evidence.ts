import { suppressRow, type SuppressedRow } from '../evidence/suppress.js';
import { ScreeningRecordSchema, type ScreeningRecord } from '../screening/record-schema.js';
import { daysBetween } from './dates.js';
import { RECIPIENT_IDS } from './recipients.js';
import { ReferralRecordSchema, REFERRAL_STATUSES } from './referral-record.js';
import { compareScreenings, CHANGES } from './rescreening.js';
import { HELPED, IN_PLACE, ReviewRecordSchema, type ReviewRecord } from './review-record.js';

/** How small numbers are protected, and when a review counts as on time. */
export interface FollowUpOptions {
  /** The smallest count published; counts from 1 to threshold − 1 are suppressed. Default 5. */
  threshold?: number;
  /**
   * Days after the due date a review still counts as on time. Default 14: a review is usually
   * held at the first appointment on or after its date, and a service sets its own standard.
   */
  onTimeDays?: number;
}

/** Put in place, and did it help, for one adjustment or group of adjustments. */
export interface AdjustmentOutcome {
  inPlace: SuppressedRow;
  helped: SuppressedRow;
}

/** What follow-up records show, every count protected as every other evidence table is. */
export interface FollowUpSummary {
  schemaVersion: 1;
  threshold: number;
  /** By catalogue id; the person's own adjustments are counted together under `own`. */
  adjustments: Record<string, AdjustmentOutcome>;
  byDomain: Record<string, AdjustmentOutcome>;
  bySetting: Record<string, AdjustmentOutcome>;
  reviews: { timing: SuppressedRow };
  referrals: {
    to: SuppressedRow;
    progress: Record<string, SuppressedRow>;
    /** Days from sending to assessment: the median only when at least `threshold` were assessed. */
    daysToAssessment: { assessed: number | null; median: number | null };
  };
  rescreening: { people: number | null; domains: Record<string, SuppressedRow> };
  invalid: { reviews: number; referrals: number; screenings: number };
}

/** Service records, not a controlled evaluation: what a page says beside the tables. */
export const FOLLOW_UP_CAVEAT =
  'These are service records, not a controlled evaluation. They show how often adjustments were put in place and how often people said they helped; they cannot show that an adjustment caused a change, because people, settings and reasons for choosing an adjustment all differ.';

/** A count and the sum of its records' keys: what the disclosure control needs to publish it. */
type Cell = { n: number; k: number };
type Tally = Map<string, Map<string, Cell>>;

const inc = (m: Tally, row: string, cell: string, key: number) => {
  const cells = m.get(row) ?? new Map<string, Cell>();
  const c = cells.get(cell) ?? { n: 0, k: 0 };
  cells.set(cell, { n: c.n + 1, k: c.k + key });
  m.set(row, cells);
};

/** One place where a row is protected, so follow-up tables are protected as the cohort's are. */
function protect(cells: Record<string, Cell>, t: number): SuppressedRow {
  const counts = Object.fromEntries(Object.entries(cells).map(([c, v]) => [c, v.n]));
  return suppressRow(
    counts,
    Object.values(counts).reduce((a, b) => a + b, 0),
    t,
  );
}

function table(m: Tally, cells: readonly string[], t: number) {
  const out: Record<string, SuppressedRow> = {};
  for (const [key, row] of [...m].sort((a, b) => a[0].localeCompare(b[0])))
    out[key] = protect(Object.fromEntries(cells.map((c) => [c, row.get(c) ?? { n: 0, k: 0 }])), t);
  return out;
}
const emptyRow = (cells: readonly string[], t: number) =>
  protect(Object.fromEntries(cells.map((c) => [c, { n: 0, k: 0 }])), t);

/**
 * A record's key for the disclosure control. Small-number suppression counts only; a key-based
 * control (cell-key perturbation) gives each record its own, and the tallies already carry them.
 */
const keyOf = (_record: object): number => 0;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * Evidence of what works, from reviews, referrals and repeat screenings: for each adjustment (and
 * by need area and setting) how often it was put in place and how often the person said it
 * helped; reviews on time; referrals made, to where, how many assessed and the median days to
 * assessment; and what changed by need area for people screened more than once. Free text (the
 * person's words, the practitioner's view, outcomes) never reaches a table.
 */
export function summariseFollowUp(
  records: { reviews?: unknown[]; referrals?: unknown[]; screenings?: unknown[] },
  options: FollowUpOptions = {},
): FollowUpSummary {
  const t = options.threshold ?? 5;
  const onTimeDays = options.onTimeDays ?? 14;
  if (!Number.isInteger(t) || t < 1)
    throw new RangeError('threshold must be a whole number of 1 or more');
  const invalid = { reviews: 0, referrals: 0, screenings: 0 };

  const inPlace = new Map() as Tally;
  const helped = new Map() as Tally;
  const domainInPlace = new Map() as Tally;
  const domainHelped = new Map() as Tally;
  const settingInPlace = new Map() as Tally;
  const settingHelped = new Map() as Tally;
  const timing = new Map() as Tally;
  for (const raw of records.reviews ?? []) {
    const parsed = ReviewRecordSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.reviews++;
      continue;
    }
    const r: ReviewRecord = parsed.data;
    const k = keyOf(r);
    const late = daysBetween(r.dueOn, r.reviewedOn);
    inc(timing, 'reviews', late < 0 ? 'early' : late <= onTimeDays ? 'on-time' : 'late', k);
    for (const a of r.adjustments) {
      const key = 'id' in a.adjustment ? a.adjustment.id : 'own';
      const setting = r.setting ?? 'not-recorded';
      inc(inPlace, key, a.inPlace, k);
      inc(settingInPlace, setting, a.inPlace, k);
      for (const d of r.needs) inc(domainInPlace, d, a.inPlace, k);
      if (a.helped) {
        inc(helped, key, a.helped, k);
        inc(settingHelped, setting, a.helped, k);
        for (const d of r.needs) inc(domainHelped, d, a.helped, k);
      }
    }
  }
  const outcomes = (ip: Tally, h: Tally) => {
    const a = table(ip, IN_PLACE, t);
    const b = table(h, HELPED, t);
    const empty = emptyRow(HELPED, t);
    return Object.fromEntries(
      Object.keys(a).map((k) => [k, { inPlace: a[k]!, helped: b[k] ?? empty }]),
    );
  };

  const sentTo = new Map() as Tally;
  const progress = new Map() as Tally;
  const days: number[] = [];
  for (const raw of records.referrals ?? []) {
    const parsed = ReferralRecordSchema.safeParse(raw);
    if (!parsed.success || parsed.data.status === 'preparing') {
      if (!parsed.success) invalid.referrals++;
      continue;
    }
    const r = parsed.data;
    const k = keyOf(r);
    if (r.sentOn === null) {
      invalid.referrals++;
      continue;
    }
    inc(sentTo, 'referrals', r.to, k);
    inc(progress, r.to, r.status, k);
    if (r.assessedOn) days.push(daysBetween(r.sentOn, r.assessedOn));
  }
  const assessed = days.length;

  const byPerson = new Map<string, ScreeningRecord[]>();
  for (const raw of records.screenings ?? []) {
    const parsed = ScreeningRecordSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.screenings++;
      continue;
    }
    // Only records a host has tied to one person can be compared; others are not repeat screenings.
    if (parsed.data.reference === null || parsed.data.completedAt === null) continue;
    byPerson.set(parsed.data.reference, [
      ...(byPerson.get(parsed.data.reference) ?? []),
      parsed.data,
    ]);
  }
  const changes = new Map() as Tally;
  let people = 0;
  for (const list of byPerson.values()) {
    if (list.length < 2) continue;
    const sorted = list.sort((a, b) => Date.parse(a.completedAt!) - Date.parse(b.completedAt!));
    const result = compareScreenings(sorted[0]!, sorted.at(-1)!);
    if (!result.ok) continue;
    people++;
    for (const d of result.comparison.domains)
      inc(changes, d.domain, d.change, keyOf(sorted.at(-1)!));
  }

  const statusCells = REFERRAL_STATUSES.filter((s) => s !== 'preparing');
  return {
    schemaVersion: 1,
    threshold: t,
    adjustments: outcomes(inPlace, helped),
    byDomain: outcomes(domainInPlace, domainHelped),
    bySetting: outcomes(settingInPlace, settingHelped),
    reviews: {
      timing:
        table(timing, ['on-time', 'late', 'early'], t).reviews ??
        emptyRow(['on-time', 'late', 'early'], t),
    },
    referrals: {
      to: table(sentTo, RECIPIENT_IDS, t).referrals ?? emptyRow(RECIPIENT_IDS, t),
      progress: table(progress, statusCells, t),
      daysToAssessment: {
        assessed: assessed >= 1 && assessed < t ? null : assessed,
        median: assessed >= t ? median(days) : null,
      },
    },
    rescreening: {
      people: people >= 1 && people < t ? null : people,
      domains: table(changes, CHANGES, t),
    },
    invalid,
  };
}
