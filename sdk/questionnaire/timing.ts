import type { Answers, Item, ItemKind, Questionnaire } from './schema.js';
import { shownItems } from './visibility.js';

/**
 * Seconds one question takes when read aloud and answered, by kind. These are planning
 * assumptions, not measurements: reading the question and its answers aloud, a moment to think
 * and the answer. A long list (multiple choice) or typing takes longer than yes or no.
 */
export const SECONDS_PER_ITEM: Readonly<Record<ItemKind, number>> = {
  'yes-no': 15,
  single: 20,
  frequency: 20,
  multiple: 40,
  text: 45,
};

/** Estimated seconds for a list of items, from `SECONDS_PER_ITEM`. */
export function estimateSeconds(items: readonly Pick<Item, 'kind'>[]): number {
  return items.reduce((sum, item) => sum + SECONDS_PER_ITEM[item.kind], 0);
}

/**
 * Estimated whole minutes for the questions shown for these answers (all of them, or only those
 * not yet answered), so a page can say how long is left rather than make a fixed claim.
 */
export function estimateMinutes(
  questionnaire: Questionnaire,
  answers: Answers,
  which: 'all' | 'remaining' = 'all',
): number {
  const items = shownItems(questionnaire, answers).filter(
    (item) => which === 'all' || !(item.id in answers),
  );
  return Math.ceil(estimateSeconds(items) / 60);
}
