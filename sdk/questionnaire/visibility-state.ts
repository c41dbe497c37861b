import { evaluateCondition } from './conditions.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { AnswerValue, Answers, Item } from './schema.js';

/**
 * Which items are shown, in forms every step needs: the shown list, and by item position whether
 * it is shown and where it sits in that list. One layout is shared by every answers object whose
 * answers show the same items, which is most of them: few answers change what is shown.
 */
export interface Layout {
  readonly items: readonly Item[];
  /** By item position: 1 when shown. */
  readonly shown: Uint8Array;
  /** By item position: the index in `items`, or -1 when hidden. */
  readonly rank: Int32Array;
  /** Section counts for progress, worked out the first time a host asks for them. */
  sections?: SectionSummary;
}

/** Where each shown item falls among the sections that have something to ask. */
export interface SectionSummary {
  /** By section position: 1-based among sections with shown items, 0 when none is shown. */
  readonly ordinal: Int32Array;
  /** By section position: how many of its items are shown. */
  readonly count: Int32Array;
  readonly sectionsShown: number;
  /** By shown index: 1-based position within the item's section. */
  readonly inSection: Int32Array;
}

/** A layout and how many shown items have an answer (a skip counts as one). */
export interface Visibility {
  readonly layout: Layout;
  readonly answered: number;
}

// Keyed by answers objects the machine made or holds in context, which are never changed after,
// so the shown list is worked out once per answers object and shared by the machine and selectors.
const remembered = new WeakMap<object, { index: QuestionnaireIndex; visibility: Visibility }>();

function layoutOf(index: QuestionnaireIndex, shown: Uint8Array): Layout {
  const all = index.questionnaire.items;
  const items: Item[] = [];
  const rank = new Int32Array(all.length).fill(-1);
  for (let i = 0; i < all.length; i++) {
    if (shown[i] === 0) continue;
    rank[i] = items.length;
    items.push(all[i]!);
  }
  return { items, shown, rank };
}

/**
 * The items shown for any answers, worked out from scratch in one pass in order. Conditions only
 * look back (a definition rule), and an item hidden by an earlier answer counts as unanswered.
 */
export function computeVisibility(index: QuestionnaireIndex, answers: Answers): Visibility {
  const all = index.questionnaire.items;
  const shown = new Uint8Array(all.length);
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
          if (shown[j] === 1 && Object.hasOwn(answers, id)) visibleAnswers[id] = answers[id]!;
        }
      }
      continue;
    }
    shown[i] = 1;
    if (!has) continue;
    answered++;
    if (visibleAnswers) visibleAnswers[item.id] = answers[item.id]!;
  }
  return { layout: layoutOf(index, shown), answered };
}

/** The visibility for these answers: remembered if the machine worked it out, else from scratch. */
export function visibilityOf(index: QuestionnaireIndex, answers: Answers): Visibility {
  const known = remembered.get(answers);
  return known && known.index === index ? known.visibility : computeVisibility(index, answers);
}

/**
 * As `visibilityOf`, remembering the result. Only for answers objects that nobody changes
 * afterwards, such as those in a machine's context.
 */
export function heldVisibility(index: QuestionnaireIndex, answers: Answers): Visibility {
  const known = remembered.get(answers);
  if (known && known.index === index) return known.visibility;
  const visibility = computeVisibility(index, answers);
  remembered.set(answers, { index, visibility });
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
 * must hold answers of shown items only, as every answers object the machine makes does.
 */
export function answerItem(
  index: QuestionnaireIndex,
  answers: Answers,
  itemId: string,
  value: AnswerValue | null,
): AnswerOutcome {
  const before = heldVisibility(index, answers);
  const at = index.position.get(itemId)!;
  const had = Object.hasOwn(answers, itemId);
  let next: Answers = { ...answers, [itemId]: value };
  const removed: string[] = [];
  let shown: Uint8Array | null = null;
  const pending = [...index.dependents[at]!];
  const items = index.questionnaire.items;
  while (pending.length > 0) {
    const j = pending.shift()!;
    const item = items[j]!;
    // Every answer before j belongs to an item still shown, so the answers can be read as they are.
    const visible = evaluateCondition(item.showIf!, next);
    if (visible === ((shown ?? before.layout.shown)[j] === 1)) continue;
    shown ??= before.layout.shown.slice();
    shown[j] = visible ? 1 : 0;
    // A newly shown item has no answer yet, so only a dropped answer can change later items.
    if (visible || !Object.hasOwn(next, item.id)) continue;
    removed.push(item.id);
    delete next[item.id];
    for (const d of index.dependents[j]!) addPosition(pending, d);
  }
  // Deleting keys slows an object down in V8; a fresh copy keeps later reads and copies fast.
  if (removed.length > 0) next = { ...next };
  const visibility: Visibility = {
    layout: shown ? layoutOf(index, shown) : before.layout,
    answered: before.answered + (had ? 0 : 1) - removed.length,
  };
  remembered.set(next, { index, visibility });
  return { answers: next, removed, visibility };
}

/** Section counts for a layout, worked out once per layout. */
export function sectionSummary(index: QuestionnaireIndex, layout: Layout): SectionSummary {
  if (layout.sections) return layout.sections;
  const sectionCount = index.questionnaire.sections.length;
  const count = new Int32Array(sectionCount);
  const inSection = new Int32Array(layout.items.length);
  layout.items.forEach((item, r) => {
    const s = index.sectionOf[index.position.get(item.id)!]!;
    if (s >= 0) inSection[r] = ++count[s]!;
  });
  const ordinal = new Int32Array(sectionCount);
  let sectionsShown = 0;
  for (let s = 0; s < sectionCount; s++) if (count[s]! > 0) ordinal[s] = ++sectionsShown;
  layout.sections = { ordinal, count, sectionsShown, inSection };
  return layout.sections;
}
