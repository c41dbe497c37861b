import { ADJUSTMENT_IDS, DOMAIN_IDS, OTHER } from '../evidence/categories.js';
import { KEY_SPACE, MAX_NOISE, publishCount, recordIdentity } from '../evidence/cell-key.js';
import type { SuppressedRow } from '../evidence/cohort.js';
import { ScreeningRecordSchema, type ScreeningRecord } from '../screening/record-schema.js';
import { daysBetween } from './dates.js';
import { RECIPIENT_IDS } from './recipients.js';
import { ReferralRecordSchema, REFERRAL_STATUSES } from './referral-record.js';
import { compareScreenings, CHANGES } from './rescreening.js';
import { HELPED, IN_PLACE, ReviewRecordSchema } from './review-record.js';

/** How counts are protected, and when a review counts as on time. */
export interface FollowUpOptions {
  /** The smallest count published after noise; values from 1 to threshold − 1 are suppressed. Default 5. */
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

/** What follow-up records show, every count protected as the cohort summary's are. */
export interface FollowUpSummary {
  schemaVersion: 1;
  threshold: number;
  /** How the counts are protected: the cohort summary's own method, so the two read alike. */
  disclosure: { method: 'cell-key-perturbation'; maxNoise: number; threshold: number };
  /** By catalogue id (ids Attune does not know are "other"); the person's own are counted under `own`. */
  adjustments: Record<string, AdjustmentOutcome>;
  /** By the need areas of the plans reviewed. */
  byDomain: Record<string, AdjustmentOutcome>;
  bySetting: Record<string, AdjustmentOutcome>;
  reviews: { timing: SuppressedRow };
  referrals: {
    to: SuppressedRow;
    progress: Record<string, SuppressedRow>;
    /**
     * Days from sending to assessment: how many were assessed (protected like any count) and the
     * median, given only when at least `threshold` were assessed.
     */
    daysToAssessment: { assessed: number | null; median: number | null };
  };
  rescreening: { people: number | null; domains: Record<string, SuppressedRow> };
  /** Records seen more than once, counted once. */
  duplicates: number;
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
  cells.set(cell, { n: c.n + 1, k: (c.k + key) % KEY_SPACE });
  m.set(row, cells);
};

/** A value from a closed list, or "other": nothing a record says is published as written. */
const closed = (list: readonly string[], value: string) => (list.includes(value) ? value : OTHER);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * Evidence of what works, from reviews, referrals and repeat screenings: for each adjustment (and
 * by need area and setting) how often it was put in place and how often the person said it
 * helped; reviews on time; referrals made, to where, how many assessed and the median days to
 * assessment; and what changed by need area for people screened more than once. Every count is
 * protected by the cohort summary's cell-key method. Free text (the person's words, the
 * practitioner's view, outcomes) never reaches a table.
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
  let duplicates = 0;
  let releaseKey = 0;
  const seen = new Set<string>();
  /** The record's key, or null when the same record was already counted. */
  const keyOf = (record: object): number | null => {
    const { fingerprint, key } = recordIdentity(record as Record<string, unknown>);
    if (seen.has(fingerprint)) {
      duplicates++;
      return null;
    }
    seen.add(fingerprint);
    releaseKey = (releaseKey + key) % KEY_SPACE;
    return key;
  };

  const inPlace: Tally = new Map();
  const helped: Tally = new Map();
  const domainInPlace: Tally = new Map();
  const domainHelped: Tally = new Map();
  const settingInPlace: Tally = new Map();
  const settingHelped: Tally = new Map();
  const timing: Tally = new Map();
  for (const raw of records.reviews ?? []) {
    const parsed = ReviewRecordSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.reviews++;
      continue;
    }
    const r = parsed.data;
    const k = keyOf(r);
    if (k === null) continue;
    const late = daysBetween(r.dueOn, r.reviewedOn);
    inc(timing, 'reviews', late < 0 ? 'early' : late <= onTimeDays ? 'on-time' : 'late', k);
    const needs = [...new Set(r.needs.map((d) => closed(DOMAIN_IDS, d)))];
    const setting = r.setting ?? 'not-recorded';
    for (const a of r.adjustments) {
      const id = 'id' in a.adjustment ? closed(ADJUSTMENT_IDS, a.adjustment.id) : 'own';
      inc(inPlace, id, a.inPlace, k);
      inc(settingInPlace, setting, a.inPlace, k);
      for (const d of needs) inc(domainInPlace, d, a.inPlace, k);
      if (a.helped) {
        inc(helped, id, a.helped, k);
        inc(settingHelped, setting, a.helped, k);
        for (const d of needs) inc(domainHelped, d, a.helped, k);
      }
    }
  }

  const sentTo: Tally = new Map();
  const progress: Tally = new Map();
  const assessed: Tally = new Map();
  const days: number[] = [];
  for (const raw of records.referrals ?? []) {
    const parsed = ReferralRecordSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.referrals++;
      continue;
    }
    // A referral never sent (still being prepared, or withdrawn first) is not one made.
    if (parsed.data.sentOn === null) continue;
    const r = parsed.data;
    const k = keyOf(r);
    if (k === null) continue;
    inc(sentTo, 'referrals', r.to, k);
    inc(progress, r.to, r.status, k);
    if (r.assessedOn) {
      days.push(daysBetween(r.sentOn!, r.assessedOn));
      inc(assessed, 'referrals', 'assessed', k);
    }
  }

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
  const changes: Tally = new Map();
  const people: Tally = new Map();
  for (const list of byPerson.values()) {
    if (list.length < 2) continue;
    const sorted = list.sort((a, b) => Date.parse(a.completedAt!) - Date.parse(b.completedAt!));
    const result = compareScreenings(sorted[0]!, sorted.at(-1)!);
    if (!result.ok) continue;
    // The person counts once, by their pair of screenings.
    const k = keyOf({ earlier: sorted[0], later: sorted.at(-1) });
    if (k === null) continue;
    inc(people, 'rescreened', 'people', k);
    for (const d of result.comparison.domains)
      inc(changes, closed(DOMAIN_IDS, d.domain), d.change, k);
  }

  // Published only once every record is in: each cell's noise depends on the release key.
  const publish = (cell: Cell | undefined, label: string) =>
    cell && cell.n > 0
      ? publishCount(cell.n, cell.k, releaseKey, t)
      : publishCount(0, recordIdentity({ id: label }).key, releaseKey, t);
  const row = (name: string, cells: readonly string[], tally?: Map<string, Cell>) => {
    const counted = cells.map((c) => [c, tally?.get(c) ?? { n: 0, k: 0 }] as const);
    const total = counted.reduce((a, [, c]) => ({ n: a.n + c.n, k: (a.k + c.k) % KEY_SPACE }), {
      n: 0,
      k: 0,
    });
    return {
      cells: Object.fromEntries(counted.map(([c, cell]) => [c, publish(cell, `${name}:${c}`)])),
      total: publish(total, `${name}:total`),
    };
  };
  const table = (name: string, m: Tally, cells: readonly string[]) =>
    Object.fromEntries(
      [...m]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([key, tally]) => [key, row(`${name}:${key}`, cells, tally)] as const),
    );
  const outcomes = (name: string, ip: Tally, h: Tally) => {
    const a = table(`${name}:in-place`, ip, IN_PLACE);
    return Object.fromEntries(
      Object.keys(a).map((key) => [
        key,
        { inPlace: a[key]!, helped: row(`${name}:helped:${key}`, HELPED, h.get(key)) },
      ]),
    );
  };
  const assessedCount = assessed.get('referrals')?.get('assessed');
  return {
    schemaVersion: 1,
    threshold: t,
    disclosure: { method: 'cell-key-perturbation', maxNoise: MAX_NOISE, threshold: t },
    adjustments: outcomes('adjustment', inPlace, helped),
    byDomain: outcomes('domain', domainInPlace, domainHelped),
    bySetting: outcomes('setting', settingInPlace, settingHelped),
    reviews: { timing: row('timing', ['on-time', 'late', 'early'], timing.get('reviews')) },
    referrals: {
      to: row('referrals', RECIPIENT_IDS, sentTo.get('referrals')),
      progress: table(
        'progress',
        progress,
        REFERRAL_STATUSES.filter((s) => s !== 'preparing'),
      ),
      daysToAssessment: {
        assessed: publish(assessedCount, 'assessed'),
        median: days.length >= t ? median(days) : null,
      },
    },
    rescreening: {
      people: publish(people.get('rescreened')?.get('people'), 'rescreened'),
      domains: table('rescreening', changes, CHANGES),
    },
    duplicates,
    invalid,
  };
}
