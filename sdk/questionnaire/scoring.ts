import type { DomainLevel } from './conditions.js';
import { isScored, optionsFor } from './options.js';
import type { AnswerValue, Answers, Item, Questionnaire } from './schema.js';
import { shownItems } from './visibility.js';

/**
 * The least share of a domain's shown questions that must be answered (not skipped) before the
 * domain gets a level. Below it the level is `unknown`, shown as "not enough answers": one answer
 * among five skipped questions says too little to call a need, or to rule one out.
 */
export const MIN_ANSWERED_SHARE = 0.6;

/** One domain's result in a needs profile: its level, score, how many questions were answered or skipped, and the answers behind it. */
export interface DomainResult {
  readonly domain: string;
  /** `unknown` ("not enough answers") when fewer than `MIN_ANSWERED_SHARE` of the domain's shown questions were answered: a skip is never read as "no", nor a lone answer as a need. */
  readonly level: DomainLevel;
  /** Share of the possible score among answered questions, 0–1; null when none was answered. */
  readonly score: number | null;
  readonly answered: number;
  readonly skipped: number;
  /** `reduced` when some questions were skipped, so the level rests on fewer answers. */
  readonly confidence: 'full' | 'reduced' | 'none';
  /** The questions whose answers point to a need here, in order. */
  readonly items: readonly string[];
}

/** The needs profile: one result for each domain, in the definition's order. */
export interface NeedsProfile {
  readonly domains: readonly DomainResult[];
}

function itemScore(item: Item, value: AnswerValue): { score: number; max: number } {
  const options = optionsFor(item);
  const max =
    item.kind === 'multiple'
      ? options.reduce((sum, o) => sum + o.score, 0)
      : Math.max(0, ...options.map((o) => o.score));
  const chosen = Array.isArray(value) ? value : [value];
  const score = options
    .filter((o) => chosen.includes(o.value))
    .reduce((sum, o) => sum + o.score, 0);
  return { score: Math.min(score, max), max };
}

/**
 * A pure function from answers to a needs profile. Each domain's score is the weighted share of
 * the possible score over the questions that were shown and answered; skipped questions are left
 * out of both sides, so they lower confidence but never pull a level down; when too many are
 * skipped (below `MIN_ANSWERED_SHARE`) the level is `unknown` rather than a guess either way.
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: Answers): NeedsProfile {
  const shown = shownItems(questionnaire, answers).filter(isScored);
  const domains = questionnaire.domains.map((domain): DomainResult => {
    let points = 0;
    let possible = 0;
    let answered = 0;
    let skipped = 0;
    let asked = 0;
    const items: string[] = [];
    for (const item of shown) {
      const weight = item.feeds?.[domain.id];
      if (weight === undefined) continue;
      asked++;
      const value = answers[item.id];
      if (value === undefined) continue;
      if (value === null) {
        skipped++;
        continue;
      }
      const { score, max } = itemScore(item, value);
      answered++;
      points += weight * score;
      possible += weight * max;
      if (score > 0) items.push(item.id);
    }
    const score = answered > 0 && possible > 0 ? points / possible : null;
    const enough = answered > 0 && answered >= MIN_ANSWERED_SHARE * asked;
    const level: DomainLevel =
      score === null || !enough
        ? 'unknown'
        : score >= domain.thresholds.strong
          ? 'strong'
          : score >= domain.thresholds.some
            ? 'some'
            : 'none';
    return {
      domain: domain.id,
      level,
      score,
      answered,
      skipped,
      confidence: !enough ? 'none' : skipped > 0 ? 'reduced' : 'full',
      items,
    };
  });
  return { domains };
}

/** Domain id → level, the shape referral conditions and recommenders read. */
export function levelsOf(profile: NeedsProfile): Record<string, DomainLevel> {
  return Object.fromEntries(profile.domains.map((d) => [d.domain, d.level]));
}
