import { evaluateCondition } from './conditions.js';
import type { Answers, Item, Questionnaire } from './schema.js';

/**
 * The items shown for these answers, in order. Conditions only look back (a definition rule),
 * so one pass in order is enough: an item hidden by an earlier answer can never show a later one.
 */
export function shownItems(questionnaire: Questionnaire, answers: Answers): Item[] {
  const visibleAnswers: Answers = {};
  const shown: Item[] = [];
  for (const item of questionnaire.items) {
    if (item.showIf && !evaluateCondition(item.showIf, visibleAnswers)) continue;
    shown.push(item);
    const answer = answers[item.id];
    if (answer !== undefined) visibleAnswers[item.id] = answer;
  }
  return shown;
}

/** Answers of items no longer shown are dropped, so a hidden question never leaves a trace. */
export function pruneHidden(
  questionnaire: Questionnaire,
  answers: Answers,
): { answers: Answers; removed: string[] } {
  const shown = new Set(shownItems(questionnaire, answers).map((i) => i.id));
  const kept: Answers = {};
  const removed: string[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    if (shown.has(itemId)) kept[itemId] = value;
    else removed.push(itemId);
  }
  return { answers: kept, removed };
}
