import { evaluateCondition } from './conditions.js';
import { answerAt, answersView, storeOf, viewStore, withAnswer } from './answer-store.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import {
  draftOf,
  emptyDraft,
  finish,
  isShown,
  setShown,
  type Layout,
  type LayoutDraft,
} from './layout.js';
import type { AnswerValue, Answers } from './schema.js';

/** A layout and how many shown items have an answer (a skip counts as one). */
export interface Visibility {
  readonly layout: Layout;
  readonly answered: number;
}

// Keyed by answers objects the machine made or holds in context, which are never changed after,
// so the shown list is worked out once per answers object and shared by the machine and selectors.
// A view's visibility is kept in its store; a plain object's in a weak map.
type Remembered = { index: QuestionnaireIndex; visibility: Visibility };
const remembered = new WeakMap<object, Remembered>();
const recall = (answers: Answers) =>
  (viewStore(answers)?.memo as Remembered | undefined) ?? remembered.get(answers);
function remember(answers: Answers, known: Remembered) {
  const store = viewStore(answers);
  if (store) store.memo = known;
  else remembered.set(answers, known);
}

/**
 * The items shown for any answers, worked out from scratch in one pass in order. Conditions only
 * look back (a definition rule), and an item hidden by an earlier answer counts as unanswered.
 */
export function computeVisibility(index: QuestionnaireIndex, answers: Answers): Visibility {
  const all = index.questionnaire.items;
  const draft = emptyDraft(index);
  // Conditions read the answers as given until a hidden item turns out to hold an answer; only
  // then is a copy without hidden answers needed (answers the machine keeps never need it).
  let visibleAnswers: Answers | null = null;
  let answered = 0;
  for (let i = 0; i < all.length; i++) {
    const item = all[i]!;
    const has = Object.hasOwn(answers, item.id);
    if (item.showIf && !evaluateCondition(item.showIf, visibleAnswers ?? answers)) {
      if (has && visibleAnswers === null) {
        visibleAnswers = {};
        for (let j = 0; j < i; j++) {
          const id = all[j]!.id;
          if (isShown(draft, j) && Object.hasOwn(answers, id)) visibleAnswers[id] = answers[id]!;
        }
      }
      continue;
    }
    setShown(index, draft, i, true);
    if (!has) continue;
    answered++;
    if (visibleAnswers) visibleAnswers[item.id] = answers[item.id]!;
  }
  return { layout: finish(draft), answered };
}

/** The visibility for these answers: remembered if the machine worked it out, else from scratch. */
export function visibilityOf(index: QuestionnaireIndex, answers: Answers): Visibility {
  const known = recall(answers);
  return known && known.index === index ? known.visibility : computeVisibility(index, answers);
}

/**
 * As `visibilityOf`, remembering the result. Only for answers objects that nobody changes
 * afterwards, such as those in a machine's context.
 */
export function heldVisibility(index: QuestionnaireIndex, answers: Answers): Visibility {
  const known = recall(answers);
  if (known && known.index === index) return known.visibility;
  const visibility = computeVisibility(index, answers);
  remember(answers, { index, visibility });
  return visibility;
}

/** What one answer leaves: the new answers, the answers it removed and what is shown now. */
export interface AnswerOutcome {
  readonly answers: Answers;
  readonly removed: string[];
  readonly visibility: Visibility;
}

/** Inserts a position into an ascending list of distinct positions. */
function addPosition(list: number[], at: number) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== at) list.splice(lo, 0, at);
}

/**
 * Records an answer (null for a skip) to a shown item and drops the answers of items it hides,
 * as `pruneHidden` would, but looking only at the items whose conditions can change: the
 * answered item's dependents, then the dependents of any answer dropped, in order. `answers`
 * must hold answers of shown items only, as every answers object the machine makes does. The
 * answers it returns are a read-only view over a store that shares all but one chunk with the
 * store before, so recording an answer costs the same early or late in a long questionnaire.
 */
export function answerItem(
  index: QuestionnaireIndex,
  answers: Answers,
  itemId: string,
  value: AnswerValue | null,
): AnswerOutcome {
  const before = heldVisibility(index, answers);
  const at = index.position.get(itemId)!;
  let store = storeOf(index, answers);
  const had = answerAt(store, at) !== undefined;
  store = withAnswer(store, at, value);
  let view: Answers | null = null;
  const removed: string[] = [];
  let draft: LayoutDraft | null = null;
  const dependents = index.dependents[at]!;
  const pending = dependents.length === 0 ? [] : dependents.slice();
  const items = index.questionnaire.items;
  while (pending.length > 0) {
    const j = pending.shift()!;
    const item = items[j]!;
    // Every answer before j belongs to an item still shown, so the answers can be read as they are.
    const visible = evaluateCondition(item.showIf!, (view ??= answersView(store)));
    if (visible === isShown(draft ?? before.layout, j)) continue;
    draft ??= draftOf(before.layout);
    setShown(index, draft, j, visible);
    // A newly shown item has no answer yet, so only a dropped answer can change later items.
    if (visible || answerAt(store, j) === undefined) continue;
    removed.push(item.id);
    store = withAnswer(store, j, undefined);
    view = null;
    for (const d of index.dependents[j]!) addPosition(pending, d);
  }
  const next = view ?? answersView(store);
  const visibility: Visibility = {
    layout: draft ? finish(draft) : before.layout,
    answered: before.answered + (had ? 0 : 1) - removed.length,
  };
  remember(next, { index, visibility });
  return { answers: next, removed, visibility };
}

/** Lets answers copied from answers the machine holds share their visibility: same answers, same items shown. */
export function shareVisibility(index: QuestionnaireIndex, from: Answers, to: Answers): void {
  remember(to, { index, visibility: heldVisibility(index, from) });
}
