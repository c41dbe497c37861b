import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { Item } from './schema.js';

/**
 * Which items are shown, by item position, with the counts progress needs. One layout is shared
 * by every answers object that shows the same items, which is most of them. Positions are bits in
 * 16-bit words, so a change copies a short list of small integers rather than a list as long as
 * the questionnaire, and the shown list is built only when something asks for it (review).
 */
export interface Layout {
  /** Bit `at % 16` of word `at >> 4` is set when the item at position `at` is shown. */
  readonly words: readonly number[];
  /** By section position: how many of its items are shown. */
  readonly sectionCounts: readonly number[];
  /** How many items are shown. */
  readonly total: number;
  /** The shown items in order, worked out on first use. */
  items?: readonly Item[];
  /** By section position: 1-based among sections with shown items (0 when none), on first use. */
  sectionOrdinal?: readonly number[];
  sectionsShown?: number;
}

// 16 bits a word keeps every word a small integer, which V8 stores and copies fastest.
const SHIFT = 4;
const BITS = 16;
const LOW = BITS - 1;

/** A layout being changed; it has one owner, who changes it in place until it is finished. */
export interface LayoutDraft {
  words: number[];
  sectionCounts: number[];
  total: number;
}

/** A draft with nothing shown. */
export function emptyDraft(index: QuestionnaireIndex): LayoutDraft {
  const n = index.questionnaire.items.length;
  return {
    words: new Array<number>((n >> SHIFT) + 1).fill(0),
    sectionCounts: new Array<number>(index.questionnaire.sections.length).fill(0),
    total: 0,
  };
}

/** A draft that starts as a copy of a layout. */
export function draftOf(layout: Layout): LayoutDraft {
  return {
    words: layout.words.slice(),
    sectionCounts: layout.sectionCounts.slice(),
    total: layout.total,
  };
}

/** Whether the item at a position is shown. */
export function isShown(layout: Layout | LayoutDraft, at: number): boolean {
  return ((layout.words[at >> SHIFT]! >> (at & LOW)) & 1) === 1;
}

/** Shows or hides the item at a position, keeping the counts. */
export function setShown(
  index: QuestionnaireIndex,
  draft: LayoutDraft,
  at: number,
  visible: boolean,
): void {
  if (isShown(draft, at) === visible) return;
  const step = visible ? 1 : -1;
  draft.words[at >> SHIFT]! ^= 1 << (at & LOW);
  const section = index.sectionOf[at]!;
  if (section >= 0) draft.sectionCounts[section]! += step;
  draft.total += step;
}

/** The finished layout. The draft must not be changed afterwards. */
export function finish(draft: LayoutDraft): Layout {
  return { words: draft.words, sectionCounts: draft.sectionCounts, total: draft.total };
}

function bitCount(word: number): number {
  let x = word - ((word >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0f0f;
  return (x + (x >> 8)) & 0x1f;
}

/** How many items are shown in positions from `from` up to, not including, `to`. */
function countShown(layout: Layout, from: number, to: number): number {
  if (from >= to) return 0;
  const first = from >> SHIFT;
  const last = (to - 1) >> SHIFT;
  const head = (layout.words[first]! >> (from & LOW)) << (from & LOW);
  if (first === last) return bitCount(head & ((2 << ((to - 1) & LOW)) - 1));
  let count = bitCount(head);
  for (let w = first + 1; w < last; w++) count += bitCount(layout.words[w]!);
  return count + bitCount(layout.words[last]! & ((2 << ((to - 1) & LOW)) - 1));
}

/** The position of the first shown item after `from` (-1 for the first of all), or -1 when none. */
export function nextShown(layout: Layout, from: number): number {
  const start = from + 1;
  let w = start >> SHIFT;
  let word = ((layout.words[w] ?? 0) >> (start & LOW)) << (start & LOW);
  while (word === 0) {
    if (++w >= layout.words.length) return -1;
    word = layout.words[w]!;
  }
  // The lowest set bit: x & -x isolates it, and 31 - clz32 gives its place.
  return (w << SHIFT) + 31 - Math.clz32(word & -word);
}

/** The position of the last shown item before `from`, or -1 when none. */
export function previousShown(layout: Layout, from: number): number {
  if (from <= 0) return -1;
  const end = from - 1;
  let w = end >> SHIFT;
  let word = (layout.words[w] ?? 0) & ((2 << (end & LOW)) - 1);
  while (word === 0) {
    if (--w < 0) return -1;
    word = layout.words[w]!;
  }
  return (w << SHIFT) + 31 - Math.clz32(word);
}

/** The shown items in order. */
export function shownList(index: QuestionnaireIndex, layout: Layout): readonly Item[] {
  if (layout.items) return layout.items;
  const all = index.questionnaire.items;
  const items: Item[] = [];
  for (let at = nextShown(layout, -1); at >= 0; at = nextShown(layout, at)) items.push(all[at]!);
  return (layout.items = items);
}

/** A section's place among the sections that have something to ask (1-based), and how many do. */
export function sectionPlace(layout: Layout, section: number): { place: number; of: number } {
  if (!layout.sectionOrdinal) {
    let shown = 0;
    layout.sectionOrdinal = layout.sectionCounts.map((count) => (count > 0 ? ++shown : 0));
    layout.sectionsShown = shown;
  }
  return { place: layout.sectionOrdinal[section]!, of: layout.sectionsShown! };
}

/** The 1-based place of a shown item among the shown items of its section. */
export function placeInSection(index: QuestionnaireIndex, layout: Layout, at: number): number {
  const section = index.sectionOf[at]!;
  // Sections are usually one run of items: count the shown from its start. Otherwise, its items.
  if (index.sectionContiguous[section] === 1)
    return countShown(layout, index.sectionItems[section]![0]!, at) + 1;
  let place = 1;
  for (const i of index.sectionItems[section] ?? []) {
    if (i >= at) break;
    if (isShown(layout, i)) place++;
  }
  return place;
}
