import type { Answers } from '../questionnaire/schema.js';
import type { NeedsProfile } from '../questionnaire/scoring.js';
import { catalogue } from './catalogue.js';
import { rankAdjustments, type RecommendOptions, type Recommendation } from './recommend.js';

export * from './schema.js';
export * from './settings.js';
export * from './catalogue.js';
export * from './presentation-ids.js';
export * from './recommend.js';
export * from './plan-machine.js';
export * from './plan-record.js';

/** Ranks the built-in catalogue against a needs profile. */
export function recommendAdjustments(
  profile: NeedsProfile,
  options: RecommendOptions = {},
): Recommendation[] {
  return rankAdjustments(catalogue, profile, options);
}

/** A recommender for `createScreeningMachine(q, { recommend })`: the ids of the built-in ranking. */
export function recommendFromCatalogue(profile: NeedsProfile, _answers?: Answers): string[] {
  return recommendAdjustments(profile).map((r) => r.id);
}
