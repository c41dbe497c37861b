import { conditionLeaves } from './conditions.js';
import type { Item, Questionnaire, Section } from './schema.js';

/**
 * Lookups worked out once per questionnaire, so a screening never searches the item list: an
 * answer finds its item, its section and the items whose display conditions read it in O(1).
 */
export interface QuestionnaireIndex {
  readonly questionnaire: Questionnaire;
  /** Item id → position in `questionnaire.items`. */
  readonly position: ReadonlyMap<string, number>;
  readonly sectionById: ReadonlyMap<string, Section>;
  /** By item position: the position of the item's section in `questionnaire.sections`. */
  readonly sectionOf: Int32Array;
  /**
   * By item position: the later items whose display condition reads this item's answer. Conditions
   * only look back (a definition rule), so an answer can change only these items' visibility, and
   * an answer to an item with no dependents changes none.
   */
  readonly dependents: readonly (readonly number[])[];
  /** By section position: the positions of its items, in order. */
  readonly sectionItems: readonly (readonly number[])[];
  /** By section position: 1 when its items are one run with no other section's items among them. */
  readonly sectionContiguous: Uint8Array;
}

const indexes = new WeakMap<Questionnaire, QuestionnaireIndex>();

/** The index for a questionnaire, built on first use (`defineQuestionnaire` builds it) and kept with it. */
export function indexQuestionnaire(questionnaire: Questionnaire): QuestionnaireIndex {
  const known = indexes.get(questionnaire);
  if (known) return known;
  const { items, sections } = questionnaire;
  const position = new Map<string, number>();
  items.forEach((item, i) => {
    if (!position.has(item.id)) position.set(item.id, i);
  });
  const sectionPosition = new Map<string, number>();
  sections.forEach((s, i) => {
    if (!sectionPosition.has(s.id)) sectionPosition.set(s.id, i);
  });
  const dependents: number[][] = items.map(() => []);
  items.forEach((item: Item, i) => {
    if (!item.showIf) return;
    const read = new Set<number>();
    for (const leaf of conditionLeaves(item.showIf)) {
      const at = 'item' in leaf ? position.get(leaf.item) : undefined;
      if (at !== undefined && at < i) read.add(at);
    }
    for (const at of read) dependents[at]!.push(i);
  });
  const sectionOf = Int32Array.from(items, (item) => sectionPosition.get(item.section) ?? -1);
  const sectionItems: number[][] = sections.map(() => []);
  sectionOf.forEach((s, i) => {
    if (s >= 0) sectionItems[s]!.push(i);
  });
  const sectionContiguous = Uint8Array.from(sectionItems, (at) =>
    at.length > 0 && at.at(-1)! - at[0]! + 1 === at.length ? 1 : 0,
  );
  const index: QuestionnaireIndex = {
    questionnaire,
    position,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    sectionOf,
    dependents,
    sectionItems,
    sectionContiguous,
  };
  indexes.set(questionnaire, index);
  return index;
}
