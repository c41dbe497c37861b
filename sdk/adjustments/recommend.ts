import type { NeedsProfile } from '../questionnaire/scoring.js';
import type { Adjustment } from './schema.js';

/** All ranking reads of an adjustment, so pages can ship just these fields. */
export type RankableAdjustment = Pick<Adjustment, 'id' | 'domains' | 'settings' | 'effort'>;
import type { SettingId } from './settings.js';

/** Narrows a ranking: one setting, the person's preferences and a maximum number of suggestions. */
export interface RecommendOptions {
  /** Only adjustments that apply in this setting. */
  setting?: SettingId;
  /** What the person or practitioner has said about the kind of help they want. */
  preferences?: {
    /** Ids the person has said they do not want; never suggested again. */
    declined?: readonly string[];
    /** Leave out adjustments that take more effort than this (for a first, quick plan). */
    maxEffort?: 'low' | 'medium' | 'high';
  };
  /** At most this many suggestions (default: all). */
  limit?: number;
}

/** One ranked adjustment, with its weight and the needs it answers. */
export interface Recommendation {
  readonly id: string;
  /** Higher comes first: 2 for each strong need it serves, 1 for each "some". */
  readonly weight: number;
  /** Why it applies: each need area it serves, its level and the answers behind it. */
  readonly reasons: readonly {
    domain: string;
    level: 'some' | 'strong';
    items: readonly string[];
  }[];
}

const effortOrder = { low: 0, medium: 1, high: 2 } as const;

/**
 * Ranks a catalogue against a needs profile. Pure and data-free, so a page can pass only the
 * entries it ships. Each adjustment appears once, however many needs it serves.
 */
export function rankAdjustments(
  catalogue: readonly RankableAdjustment[],
  profile: NeedsProfile,
  options: RecommendOptions = {},
): Recommendation[] {
  const declined = new Set(options.preferences?.declined ?? []);
  const maxEffort = effortOrder[options.preferences?.maxEffort ?? 'high'];
  const ranked = catalogue
    .map((adjustment, index) => {
      const reasons = profile.domains
        .filter(
          (d): d is typeof d & { level: 'some' | 'strong' } =>
            (d.level === 'some' || d.level === 'strong') && adjustment.domains.includes(d.domain),
        )
        .map((d) => ({ domain: d.domain, level: d.level, items: d.items }));
      const weight = reasons.reduce((sum, r) => sum + (r.level === 'strong' ? 2 : 1), 0);
      return { adjustment, index, reasons, weight };
    })
    .filter(
      ({ adjustment, weight }) =>
        weight > 0 && !declined.has(adjustment.id) && effortOrder[adjustment.effort] <= maxEffort,
    )
    .filter(({ adjustment }) => !options.setting || adjustment.settings.includes(options.setting))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        effortOrder[a.adjustment.effort] - effortOrder[b.adjustment.effort] ||
        a.index - b.index,
    )
    .map(({ adjustment, reasons, weight }) => ({ id: adjustment.id, weight, reasons }));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
