/** The parts of a screening record a comparison reads. */
export interface ComparableScreening {
  questionnaire: { id: string; version: string };
  reference: string | null;
  completedAt: string | null;
  profile: {
    domains: readonly { domain: string; level: 'none' | 'some' | 'strong' | 'unknown' }[];
  };
}

/** How one need area compares between two screenings. Never a score: a change in plain words. */
export const CHANGES = [
  'still-a-need',
  'shows-more',
  'shows-less',
  'no-longer-shows',
  'newly-shows',
  'no-need-either-time',
  'cannot-compare',
  'asked-once',
] as const;
/** One of `CHANGES`. */
export type Change = (typeof CHANGES)[number];

/** The words for each change, written once for pages, letters and tables. */
export const CHANGE_WORDS: Record<Change, string> = {
  'still-a-need': 'A need still shows in this area, much as before.',
  'shows-more': 'The need in this area shows more strongly this time.',
  'shows-less': 'The need in this area shows less strongly this time.',
  'no-longer-shows':
    'A need showed here before and does not show this time. Ask what has changed: adjustments may be working, or life may be different.',
  'newly-shows': 'A need shows in this area this time that did not show before.',
  'no-need-either-time': 'No need showed in this area either time.',
  'cannot-compare':
    'Too few questions were answered in one of the screenings to compare this area.',
  'asked-once': 'Only one of the two screenings asked about this area.',
};

/** A comparison by need area, in the later screening's order. */
export interface ScreeningComparison {
  questionnaire: string;
  versions: { earlier: string; later: string };
  dates: { earlier: string | null; later: string | null };
  domains: { domain: string; change: Change; words: string }[];
}

/** Why two screenings cannot be compared. */
export type ComparisonError =
  'different-questionnaires' | 'unknown-version' | 'different-people' | 'not-completed';

const RANK = { none: 0, some: 1, strong: 2 } as const;
/** Questionnaire versions the SDK can compare: the 1.x and 2.x series keep their area ids. */
const KNOWN_MAJOR = /^[12]\.\d+\.\d+$/;

function changeFor(
  before: ComparableScreening['profile']['domains'][number]['level'] | undefined,
  after: ComparableScreening['profile']['domains'][number]['level'] | undefined,
): Change {
  if (before === undefined || after === undefined) return 'asked-once';
  if (before === 'unknown' || after === 'unknown') return 'cannot-compare';
  const [b, a] = [RANK[before], RANK[after]];
  if (b === 0 && a === 0) return 'no-need-either-time';
  if (b === 0) return 'newly-shows';
  if (a === 0) return 'no-longer-shows';
  return a > b ? 'shows-more' : a < b ? 'shows-less' : 'still-a-need';
}

/**
 * Compares two completed screenings of the same person by need area, in plain words, whichever
 * order they are given in (the earlier is the one completed first). Both must be the same
 * questionnaire, at versions the SDK knows (1.x or 2.x), and carry no conflicting references.
 */
export function compareScreenings(
  a: ComparableScreening,
  b: ComparableScreening,
): { ok: true; comparison: ScreeningComparison } | { ok: false; error: ComparisonError } {
  if (!a.completedAt || !b.completedAt) return { ok: false, error: 'not-completed' };
  if (a.questionnaire.id !== b.questionnaire.id)
    return { ok: false, error: 'different-questionnaires' };
  if (!KNOWN_MAJOR.test(a.questionnaire.version) || !KNOWN_MAJOR.test(b.questionnaire.version))
    return { ok: false, error: 'unknown-version' };
  if (a.reference !== null && b.reference !== null && a.reference !== b.reference)
    return { ok: false, error: 'different-people' };
  const [earlier, later] = Date.parse(a.completedAt) <= Date.parse(b.completedAt) ? [a, b] : [b, a];
  const levels = (s: ComparableScreening) =>
    new Map(s.profile.domains.map((d) => [d.domain, d.level] as const));
  const before = levels(earlier);
  const after = levels(later);
  const order = [...after.keys(), ...[...before.keys()].filter((d) => !after.has(d))];
  return {
    ok: true,
    comparison: {
      questionnaire: later.questionnaire.id,
      versions: { earlier: earlier.questionnaire.version, later: later.questionnaire.version },
      dates: { earlier: earlier.completedAt, later: later.completedAt },
      domains: order.map((domain) => {
        const change = changeFor(before.get(domain), after.get(domain));
        return { domain, change, words: CHANGE_WORDS[change] };
      }),
    },
  };
}
