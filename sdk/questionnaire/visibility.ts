import { isShown, shownList } from './layout.js';
import { indexQuestionnaire } from './questionnaire-index.js';
import type { Answers, Item, Questionnaire } from './schema.js';
import { visibilityOf } from './visibility-state.js';

/**
 * The items shown for these answers, in order. Conditions only look back (a definition rule),
 * so one pass in order is enough: an item hidden by an earlier answer can never show a later one.
 */
export function shownItems(questionnaire: Questionnaire, answers: Answers): Item[] {
  // A copy, because the list may be the one a running screening shares between its steps.
  const index = indexQuestionnaire(questionnaire);
  return shownList(index, visibilityOf(index, answers).layout).slice();
}

/** Answers of items no longer shown are dropped, so a hidden question never leaves a trace. */
export function pruneHidden(
  questionnaire: Questionnaire,
  answers: Answers,
): { answers: Answers; removed: string[] } {
  const index = indexQuestionnaire(questionnaire);
  const { layout } = visibilityOf(index, answers);
  const kept: Answers = {};
  const removed: string[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    const at = index.position.get(itemId);
    if (at !== undefined && isShown(layout, at)) kept[itemId] = value;
    else removed.push(itemId);
  }
  return { answers: kept, removed };
}
