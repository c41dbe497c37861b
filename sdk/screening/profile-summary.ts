import type { DomainLevel } from '../questionnaire/conditions.js';

/**
 * How an area reads in a profile picture. `strength` is an area where every question asked was
 * answered at the no-difficulty end (a score of nothing, nothing skipped): the person told us it
 * is not hard for them, which is worth showing on the strengths side, not as a blank. Its words
 * say only that ("No difficulty"), because a needs screening asks about difficulty: no head injury
 * is not a talent, and what the person is good at is what they named (`namedStrengths`).
 */
export const PROFILE_LEVELS = ['strength', 'none', 'some', 'strong', 'unknown'] as const;
/** One of `PROFILE_LEVELS`. */
export type ProfileLevel = (typeof PROFILE_LEVELS)[number];

/** The words for each level, written once for the picture, its table and hosts (en-GB). */
export const PROFILE_LEVEL_WORDS: Readonly<Record<ProfileLevel, string>> = {
  strength: 'No difficulty',
  none: 'No need found',
  some: 'Some need',
  strong: 'Clear need',
  unknown: 'Not enough answers',
};

/** One area of a profile summary, in the order the questionnaire defines its areas. */
export interface ProfileArea {
  /** The area's id, as in the record's profile. */
  readonly domain: string;
  /** The area's label from the questionnaire (its id when the questionnaire does not name it). */
  readonly label: string;
  readonly level: ProfileLevel;
  /** `PROFILE_LEVEL_WORDS[level]`. */
  readonly levelWords: string;
  /** True when the area is shown as a strength. */
  readonly strength: boolean;
  /** True when the area shows some or a clear need. */
  readonly need: boolean;
}

/** What a host needs to draw the profile picture Attune draws. */
export interface ProfileSummary {
  readonly areas: readonly ProfileArea[];
  /** What the person said they are good at, in their words or the options they chose. */
  readonly namedStrengths: readonly string[];
}

/** The parts of a record a summary reads: any screening record, 1.x or 2.x, has them. */
export interface SummarisableRecord {
  readonly profile: {
    readonly domains: readonly {
      readonly domain: string;
      readonly level: DomainLevel;
      readonly score: number | null;
      readonly skipped: number;
      readonly confidence: 'full' | 'reduced' | 'none';
    }[];
  };
  readonly strengths: readonly string[];
}

/** An area's level for the picture: the record's own, with "no difficulty at all" as a strength. */
export function profileLevel(d: SummarisableRecord['profile']['domains'][number]): ProfileLevel {
  if (d.level === 'none' && d.score === 0 && d.skipped === 0 && d.confidence === 'full')
    return 'strength';
  return d.level;
}

/**
 * The profile at a glance: every area of the record, in the record's order (the questionnaire's),
 * with its level, label and whether it is a strength or a need. It never changes a level: "some"
 * and "clear need" are the record's, and a strength is only ever an area the record calls "none".
 * Pass the questionnaire (or just its domains) for the labels.
 */
export function profileSummary(
  record: SummarisableRecord,
  questionnaire: { readonly domains: readonly { readonly id: string; readonly label: string }[] },
): ProfileSummary {
  const labels = new Map(questionnaire.domains.map((d) => [d.id, d.label]));
  return {
    areas: record.profile.domains.map((d) => {
      const level = profileLevel(d);
      return {
        domain: d.domain,
        label: labels.get(d.domain) ?? d.domain,
        level,
        levelWords: PROFILE_LEVEL_WORDS[level],
        strength: level === 'strength',
        need: level === 'some' || level === 'strong',
      };
    }),
    namedStrengths: [...record.strengths],
  };
}
