import { AGE_BANDS } from '../common/age-bands.js';
import { AdjustmentPlanSchema } from '../adjustments/plan-record.js';
import {
  OutcomeRecordSchema,
  outcomeChanges,
  OUTCOME_MEASURES,
} from '../follow-up/outcome-record.js';
import { ReferralRecordSchema } from '../follow-up/referral-record.js';
import { ReviewRecordSchema } from '../follow-up/review-record.js';
import {
  BROAD_ETHNIC_GROUPS,
  ETHNIC_GROUPS,
  PREFER_NOT_TO_SAY,
  readDemographics,
  SEX_WORDS,
  type BroadEthnicGroup,
  type EqualityAnswers,
} from '../screening/demographics.js';
import { ScreeningRecordSchema, type ScreeningRecord } from '../screening/record-schema.js';
import { KEY_SPACE, MAX_NOISE, publishCount, recordIdentity } from './cell-key.js';
import { DOMAIN_IDS } from './categories.js';

/** The characteristics every rate is broken down by. */
export const CHARACTERISTICS = [
  'ageBand',
  'sex',
  'genderIdentity',
  'ethnicGroup',
  'disability',
] as const;
/** One of `CHARACTERISTICS`. */
export type Characteristic = (typeof CHARACTERISTICS)[number];

/** The group for a person who did not answer or was not asked. */
export const NOT_RECORDED_GROUP = 'not-recorded';
/** Added to a broad ethnic group's id for the row of its detailed groups too small to show alone. */
export const SMALLER_WITHIN = ':smaller-groups';
/** The row that holds every group too small to show on its own. */
export const MERGED_GROUP = 'small-groups-together';

/** Each characteristic's groups, most detailed first; ethnic groups are detailed and broad. */
const FLAT_GROUPS: Record<Exclude<Characteristic, 'ethnicGroup'>, readonly string[]> = {
  ageBand: AGE_BANDS,
  sex: Object.keys(SEX_WORDS),
  genderIdentity: ['same-as-sex-at-birth', 'different-from-sex-at-birth'],
  disability: ['disabled', 'not-disabled'],
};

/** Plain words for a group of a characteristic, written once for pages and CSV. */
export function groupLabel(characteristic: Characteristic, group: string): string {
  if (group === PREFER_NOT_TO_SAY) return 'Prefer not to say';
  if (group === NOT_RECORDED_GROUP) return 'Not recorded';
  if (group === MERGED_GROUP) return 'Smaller groups together';
  if (characteristic === 'ethnicGroup') {
    if (group.endsWith(SMALLER_WITHIN)) {
      const broad = group.slice(0, -SMALLER_WITHIN.length);
      if (Object.hasOwn(ETHNIC_GROUPS, broad))
        return `${ETHNIC_GROUPS[broad as BroadEthnicGroup].label}: smaller groups together`;
    }
    if (Object.hasOwn(ETHNIC_GROUPS, group)) return ETHNIC_GROUPS[group as BroadEthnicGroup].label;
    for (const b of BROAD_ETHNIC_GROUPS) {
      const groups = ETHNIC_GROUPS[b].groups as Record<string, string>;
      if (Object.hasOwn(groups, group)) return `${ETHNIC_GROUPS[b].label}: ${groups[group]}`;
    }
  }
  const words: Record<string, string> = {
    ...SEX_WORDS,
    'same-as-sex-at-birth': 'Gender the same as sex registered at birth',
    'different-from-sex-at-birth': 'Gender different from sex registered at birth',
    disabled: 'Disabled',
    'not-disabled': 'Not disabled',
  };
  return Object.hasOwn(words, group) ? words[group]! : group;
}

/** Plain names of the characteristics. */
export const CHARACTERISTIC_WORDS: Record<Characteristic, string> = {
  ageBand: 'Age band',
  sex: 'Sex',
  genderIdentity: 'Gender identity',
  ethnicGroup: 'Ethnic group',
  disability: 'Disability',
};

/**
 * The key rates, each a count of people (the numerator) out of a count of people (the
 * denominator). Each person counts once in each, so one person changes any cell by at most one.
 */
export const INDICATORS = [
  'need-any',
  ...DOMAIN_IDS.map((d) => `need:${d}` as const),
  'adjustments-agreed',
  'review-helped',
  'referral-assessed',
  ...OUTCOME_MEASURES.map((m) => `outcome-better:${m}` as const),
  ...OUTCOME_MEASURES.map((m) => `outcome-worse:${m}` as const),
] as const;
/** One of `INDICATORS`. */
export type Indicator = (typeof INDICATORS)[number];

const MEASURE_WORDS: Record<(typeof OUTCOME_MEASURES)[number], string> = {
  attendance: 'appointments kept (as a share of all)',
  enforcement: 'enforcement action (fewer is better)',
  'education-training-work': 'education, training or work',
  'stable-accommodation': 'stable accommodation',
};

/** What each rate counts, in plain words: "of <denominator>, how many <numerator>". */
export function indicatorWords(indicator: Indicator): { of: string; count: string } {
  if (indicator === 'need-any')
    return { of: 'people screened', count: 'with a need found in any area' };
  if (indicator.startsWith('need:'))
    return {
      of: 'people screened with this area answered',
      count: 'with some or strong need here',
    };
  if (indicator === 'adjustments-agreed')
    return { of: 'people with a need found', count: 'with adjustments agreed' };
  if (indicator === 'review-helped')
    return { of: 'people whose adjustments were reviewed', count: 'who said one helped' };
  if (indicator === 'referral-assessed')
    return { of: 'people referred', count: 'who were assessed' };
  const measure = indicator.split(':')[1] as (typeof OUTCOME_MEASURES)[number];
  return {
    of: 'people with this recorded in their first and latest outcome records',
    count: `${indicator.startsWith('outcome-better') ? 'better' : 'worse'} on ${MEASURE_WORDS[measure]}`,
  };
}

/** One person's records, as a case holds them or as `peopleFromRecords` groups them. */
export interface EqualityPerson {
  screenings?: unknown[];
  plans?: unknown[];
  reviews?: unknown[];
  referrals?: unknown[];
  outcomes?: unknown[];
}

const kindOf = (r: unknown): keyof EqualityPerson | null => {
  if (typeof r !== 'object' || r === null) return null;
  const o = r as Record<string, unknown>;
  if (o.kind === 'attune.review') return 'reviews';
  if (o.kind === 'attune.referral') return 'referrals';
  if (o.kind === 'attune.outcome') return 'outcomes';
  if ('suggestions' in o && 'agreedWithPerson' in o) return 'plans';
  if ('profile' in o && 'questionnaire' in o) return 'screenings';
  return null;
};

/**
 * Loose records grouped into people by the host's pseudonymous `reference`; a record with no
 * reference is a person of its own. Records of other kinds are left out.
 */
export function peopleFromRecords(records: Iterable<unknown>): EqualityPerson[] {
  const byRef = new Map<string, EqualityPerson>();
  const alone: EqualityPerson[] = [];
  for (const r of records) {
    const kind = kindOf(r);
    if (!kind) continue;
    const ref = (r as { reference?: unknown }).reference;
    const person =
      typeof ref === 'string' && ref !== ''
        ? (byRef.get(ref) ?? byRef.set(ref, {}).get(ref)!)
        : alone[alone.push({}) - 1]!;
    (person[kind] ??= []).push(r);
  }
  return [...byRef.values(), ...alone];
}

/** Which list of a person each kind of case entry with a record belongs in. */
const CASE_ENTRY_KINDS: Record<string, keyof EqualityPerson> = {
  screening: 'screenings',
  'adjustment-plan': 'plans',
  review: 'reviews',
  'referral-record': 'referrals',
  outcome: 'outcomes',
};

/**
 * Each case as one person: its screenings, plans, follow-up reviews and referrals, and outcomes
 * (cases are checked when read; the case's own short referral notes carry no dates to count).
 */
export function peopleFromCases(
  cases: readonly { entries: readonly { kind: string; record?: unknown }[] }[],
): EqualityPerson[] {
  return cases.map((c) => {
    const person: EqualityPerson = {};
    for (const e of c.entries) {
      const kind = Object.hasOwn(CASE_ENTRY_KINDS, e.kind) ? CASE_ENTRY_KINDS[e.kind] : undefined;
      if (kind && e.record !== undefined) (person[kind] ??= []).push(e.record);
    }
    return person;
  });
}

/** Options: the smallest count published, as in the cohort summary. */
export interface EqualityOptions {
  threshold?: number;
}

/** A rate for a group: people counted, how many of them, and the rate when both can be shown. */
export interface EqualityRate {
  /** The denominator, protected; null when suppressed. */
  people: number | null;
  /** The numerator, protected; null when suppressed. */
  count: number | null;
  /** count ÷ people, when both are shown and people > 0. */
  rate: number | null;
}

/** One shown row: a group, or several groups counted together (`groups` lists every group in it). */
export interface EqualityRow extends EqualityRate {
  group: string;
  groups: string[];
}

/** One rate broken down by one characteristic. */
export interface EqualityBreakdown {
  total: EqualityRate;
  rows: EqualityRow[];
  /** True when even the small groups together were too few to show: only the total is given. */
  withheld: boolean;
}

/** Every key rate by every characteristic, each count protected. */
export interface EqualitySummary {
  schemaVersion: 1;
  threshold: number;
  disclosure: { method: 'cell-key-perturbation'; maxNoise: number; threshold: number };
  /** People counted (protected). */
  people: number | null;
  by: Record<Characteristic, Record<Indicator, EqualityBreakdown>>;
  duplicates: number;
  invalid: {
    screenings: number;
    plans: number;
    reviews: number;
    referrals: number;
    outcomes: number;
  };
}

/** What the page says beside the tables. */
export const EQUALITY_CAVEAT =
  'A difference between groups is a reason to look closer, not proof of unfair treatment. Groups differ in age, offence, need and what they chose to tell us, and small groups move a lot by chance. A gap can point to needs being missed (for example in women, or in Black and minoritised people) or to adjustments offered unevenly; it cannot say which, or why.';

type Cell = { n: number; k: number };
const add = (a: Cell, key: number): Cell => ({ n: a.n + 1, k: (a.k + key) % KEY_SPACE });
const sum = (cells: Cell[]): Cell =>
  cells.reduce((a, c) => ({ n: a.n + c.n, k: (a.k + c.k) % KEY_SPACE }), { n: 0, k: 0 });

/** A person reduced to what the tables need: their groups and, per indicator, in or out. */
interface Counted {
  key: number;
  groups: Record<Characteristic, string>;
  /** indicator → whether the person is in the numerator; absent when not in the denominator. */
  in: Map<Indicator, boolean>;
}

function groupsOf(a: EqualityAnswers): Record<Characteristic, string> {
  const gender =
    a.genderSameAsSex === 'yes'
      ? 'same-as-sex-at-birth'
      : a.genderSameAsSex === 'no'
        ? 'different-from-sex-at-birth'
        : a.genderSameAsSex;
  return {
    ageBand: a.ageBand ?? NOT_RECORDED_GROUP,
    sex: a.sex ?? NOT_RECORDED_GROUP,
    genderIdentity: gender ?? NOT_RECORDED_GROUP,
    ethnicGroup: a.ethnicGroup ?? a.broadEthnicGroup ?? NOT_RECORDED_GROUP,
    disability: a.disability ?? NOT_RECORDED_GROUP,
  };
}

const latest = (records: ScreeningRecord[]) =>
  [...records].sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? '')).at(-1);

/**
 * Every key rate (needs found overall and by area, adjustments agreed, reviews where the person
 * said an adjustment helped, referrals assessed, outcomes better or worse from the first record to
 * the latest) broken down by age band, sex, gender identity, ethnic group and disability.
 *
 * Counts are protected by the cohort summary's cell-key method, and groups by size: a group whose
 * protected count of people is below the threshold is not shown on its own. Detailed ethnic
 * groups fall back to their broad group; small groups are then shown together in one row, which
 * always holds at least two groups and is itself big enough to show (taking in the next smallest
 * group if need be), or the breakdown is withheld. So no group is ever left out on its own for a
 * reader to work out from the total, and every decision is made on protected counts only.
 */
export function summariseEquality(
  people: Iterable<EqualityPerson>,
  options: EqualityOptions = {},
): EqualitySummary {
  const t = options.threshold ?? 5;
  if (!Number.isInteger(t) || t < 1)
    throw new RangeError('threshold must be a whole number of 1 or more');
  const invalid = { screenings: 0, plans: 0, reviews: 0, referrals: 0, outcomes: 0 };
  const seen = new Set<string>();
  let duplicates = 0;
  let releaseKey = 0;
  const counted: Counted[] = [];

  /** Parses each record of one kind, counting the invalid and dropping records seen before. */
  const valid = <T>(
    kind: keyof typeof invalid,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    list: unknown[] | undefined,
    keys: number[],
  ): T[] => {
    const out: T[] = [];
    for (const raw of list ?? []) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        invalid[kind]++;
        continue;
      }
      const { fingerprint, key } = recordIdentity(parsed.data as Record<string, unknown>);
      if (seen.has(fingerprint)) {
        duplicates++;
        continue;
      }
      seen.add(fingerprint);
      keys.push(key);
      out.push(parsed.data);
    }
    return out;
  };

  for (const p of people) {
    const keys: number[] = [];
    const screenings = valid('screenings', ScreeningRecordSchema, p.screenings, keys);
    const plans = valid('plans', AdjustmentPlanSchema, p.plans, keys);
    const reviews = valid('reviews', ReviewRecordSchema, p.reviews, keys);
    const referrals = valid('referrals', ReferralRecordSchema, p.referrals, keys);
    const outcomes = valid('outcomes', OutcomeRecordSchema, p.outcomes, keys);
    if (!keys.length) continue;
    // The person's key is the sum of their records' keys: the same records, the same noise.
    const key = keys.reduce((a, k) => (a + k) % KEY_SPACE, 0);
    releaseKey = (releaseKey + key) % KEY_SPACE;
    const withAnswers = screenings.filter((s) => s.demographics);
    const inTable = new Map<Indicator, boolean>();
    const last = latest(screenings);
    let needFound = false;
    if (last) {
      for (const d of DOMAIN_IDS) {
        const level = last.profile.domains.find((x) => x.domain === d)?.level;
        if (!level || level === 'unknown') continue;
        inTable.set(`need:${d}`, level === 'some' || level === 'strong');
      }
      needFound = last.profile.domains.some((d) => d.level === 'some' || d.level === 'strong');
      inTable.set('need-any', needFound);
    }
    if (needFound)
      inTable.set(
        'adjustments-agreed',
        plans.some(
          (pl) => pl.own.length > 0 || pl.suggestions.some((s) => s.decision === 'agreed'),
        ),
      );
    const rated = reviews.flatMap((r) => r.adjustments).filter((a) => a.helped !== null);
    if (rated.length)
      inTable.set(
        'review-helped',
        rated.some((a) => a.helped === 'helped' || a.helped === 'helped-a-bit'),
      );
    const sent = referrals.filter((r) => r.sentOn !== null);
    if (sent.length)
      inTable.set(
        'referral-assessed',
        sent.some((r) => r.assessedOn !== null),
      );
    if (outcomes.length >= 2) {
      const byDay = [...outcomes].sort((a, b) => a.on.localeCompare(b.on));
      const change = outcomeChanges(byDay[0]!, byDay.at(-1)!);
      for (const m of OUTCOME_MEASURES) {
        if (change[m] === null) continue;
        inTable.set(`outcome-better:${m}`, change[m] === 'better');
        inTable.set(`outcome-worse:${m}`, change[m] === 'worse');
      }
    }
    counted.push({
      key,
      groups: groupsOf(readDemographics(latest(withAnswers)?.demographics)),
      in: inTable,
    });
  }

  const publish = (cell: Cell, label: string) =>
    cell.n > 0
      ? publishCount(cell.n, cell.k, releaseKey, t)
      : publishCount(0, recordIdentity({ id: label }).key, releaseKey, t);
  // A row's people are published under the same label its size was judged by, so the row
  // shown is the row judged big enough.
  const rateOf = (of: Cell, count: Cell, label: string): EqualityRate => {
    const people = publish(of, label);
    const n = publish(count, `${label}:count`);
    return {
      people,
      count: n,
      rate: people !== null && n !== null && people > 0 ? Math.min(1, n / people) : null,
    };
  };
  /** Too small to show on its own: its protected count is suppressed or below the threshold. */
  const small = (cell: Cell, label: string) => {
    const p = publish(cell, label);
    return p === null || p < t;
  };

  function breakdown(c: Characteristic, indicator: Indicator): EqualityBreakdown {
    const of = new Map<string, Cell>();
    const yes = new Map<string, Cell>();
    let allOf: Cell = { n: 0, k: 0 };
    let allYes: Cell = { n: 0, k: 0 };
    for (const p of counted) {
      const inNumerator = p.in.get(indicator);
      if (inNumerator === undefined) continue;
      const g = p.groups[c];
      of.set(g, add(of.get(g) ?? { n: 0, k: 0 }, p.key));
      allOf = add(allOf, p.key);
      if (inNumerator) {
        yes.set(g, add(yes.get(g) ?? { n: 0, k: 0 }, p.key));
        allYes = add(allYes, p.key);
      }
    }
    const label = `equality:${c}:${indicator}`;
    const cellOf = (groups: string[]) => sum(groups.map((g) => of.get(g) ?? { n: 0, k: 0 }));
    const yesOf = (groups: string[]) => sum(groups.map((g) => yes.get(g) ?? { n: 0, k: 0 }));
    const name = (groups: string[]) => `${label}:${groups.join('+')}`;

    // Candidate rows: each a list of groups counted together. A row of several groups is named
    // by its first entry (a broad ethnic group, or its smaller groups), the groups following it.
    const rowName = (g: string[]) => name(g);
    let candidates: string[][];
    if (c === 'ethnicGroup') {
      candidates = BROAD_ETHNIC_GROUPS.flatMap((b) => {
        const detailed = Object.keys(ETHNIC_GROUPS[b].groups);
        const few = detailed.filter((d) => small(cellOf([d]), name([d])));
        if (!few.length) return detailed.map((d) => [d]);
        // Detailed groups too small to show go together within their broad group, if two or
        // more of them make a row big enough; otherwise the whole broad group is one row.
        const together = [`${b}${SMALLER_WITHIN}`, ...few];
        if (few.length >= 2 && !small(cellOf(few), rowName(together)))
          return [...detailed.filter((d) => !few.includes(d)).map((d) => [d]), together];
        return [[b, ...detailed]];
      });
    } else candidates = FLAT_GROUPS[c].map((g) => [g]);
    candidates.push([PREFER_NOT_TO_SAY], [NOT_RECORDED_GROUP]);

    const members = (g: string[]) => (g.length > 1 ? g.slice(1) : g);
    const rowCell = (g: string[]) => cellOf(members(g));
    const shown = candidates.filter((g) => !small(rowCell(g), rowName(g)));
    let merged = candidates.filter((g) => small(rowCell(g), rowName(g)));
    const publishedOf = (g: string[]) => publish(rowCell(g), rowName(g)) ?? 0;
    const mergedGroups = () => merged.flatMap(members);
    const mergedName = () => `${label}:merged:${mergedGroups().join('+')}`;
    // The small groups together must be two or more groups and big enough to show; otherwise
    // the next smallest shown group joins them, so no one group can be worked out from the total.
    const mergedOk = () =>
      merged.length === 0 || (merged.length >= 2 && !small(cellOf(mergedGroups()), mergedName()));
    while (!mergedOk() && shown.length) {
      shown.sort((a, b) => publishedOf(a) - publishedOf(b));
      merged = [...merged, shown.shift()!];
    }
    const total = rateOf(allOf, allYes, `${label}:total`);
    if (!mergedOk() || (merged.length > 0 && shown.length === 0))
      return { total, rows: [], withheld: true };
    const order = candidates.map((g) => g[0]);
    shown.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
    const rows: EqualityRow[] = shown.map((g) => ({
      group: g[0]!,
      groups: members(g),
      ...rateOf(rowCell(g), yesOf(members(g)), rowName(g)),
    }));
    if (merged.length)
      rows.push({
        group: MERGED_GROUP,
        groups: mergedGroups(),
        ...rateOf(cellOf(mergedGroups()), yesOf(mergedGroups()), mergedName()),
      });
    return { total, rows, withheld: false };
  }

  const by = Object.fromEntries(
    CHARACTERISTICS.map((c) => [
      c,
      Object.fromEntries(INDICATORS.map((i) => [i, breakdown(c, i)])),
    ]),
  ) as EqualitySummary['by'];
  const everyone = counted.reduce<Cell>((a, p) => add(a, p.key), { n: 0, k: 0 });
  return {
    schemaVersion: 1,
    threshold: t,
    disclosure: { method: 'cell-key-perturbation', maxNoise: MAX_NOISE, threshold: t },
    people: publish(everyone, 'equality:people'),
    by,
    duplicates,
    invalid,
  };
}
