import { indexQuestionnaire } from './questionnaire-index.js';
import type { Answers, Item, Questionnaire } from './schema.js';
import { visibilityOf } from './visibility-state.js';

/**
 * The items shown for these answers, in order. Conditions only look back (a definition rule),
 * so one pass in order is enough: an item hidden by an earlier answer can never show a later one.
 */
export function shownItems(questionnaire: Questionnaire, answers: Answers): Item[] {
  // A copy, because the list may be the one a running screening shares between its steps.
  return visibilityOf(indexQuestionnaire(questionnaire), answers).layout.items.slice();
}

/** Answers of items no longer shown are dropped, so a hidden question never leaves a trace. */
export function pruneHidden(
  questionnaire: Questionnaire,
  answers: Answers,
): { answers: Answers; removed: string[] } {
  const index = indexQuestionnaire(questionnaire);
  const { shown } = visibilityOf(index, answers).layout;
  const kept: Answers = {};
  const removed: string[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    const at = index.position.get(itemId);
    if (at !== undefined && shown[at] === 1) kept[itemId] = value;
    else removed.push(itemId);
  }
  return { answers: kept, removed };
}
