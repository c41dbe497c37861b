import { easyReadFrequencyScale, frequencyScale, yesNoScale, type ScaleOption } from './scales.js';
import type { Item } from './schema.js';

const known = new WeakMap<Item, readonly ScaleOption[]>();

/**
 * The options a person chooses from for an item, with the score each carries for this item.
 * Built-in scales are turned round for reversed (positively worded) items.
 */
export function optionsFor(item: Item): readonly ScaleOption[] {
  // Worked out once per item: validating, scoring and showing an answer all ask for them.
  let options = known.get(item);
  if (!options) known.set(item, (options = build(item)));
  return options;
}

function build(item: Item): readonly ScaleOption[] {
  if (item.kind === 'frequency' || item.kind === 'yes-no') {
    const scale = item.kind === 'frequency' ? frequencyScale : yesNoScale;
    if (!item.reverse) return scale;
    const max = Math.max(...scale.map((o) => o.score));
    return scale.map((o) => ({ ...o, score: max - o.score }));
  }
  return (item.options ?? []).map((o) => ({
    value: o.value,
    label: o.label,
    easyRead: o.easyRead ?? o.label,
    score: o.score ?? 0,
    ...(o.exclusive ? { exclusive: true } : {}),
  }));
}

/**
 * The options offered in Easy Read: a frequency question has three points (no, sometimes, a lot),
 * because four fine steps are hard to tell apart; every other kind offers its usual options.
 */
export function easyReadOptionsFor(item: Item): readonly ScaleOption[] {
  if (item.kind !== 'frequency') return optionsFor(item);
  const keep = new Set(easyReadFrequencyScale.map((o) => o.value));
  return optionsFor(item)
    .filter((o) => keep.has(o.value))
    .map((o) => ({
      ...o,
      easyRead: easyReadFrequencyScale.find((e) => e.value === o.value)!.easyRead,
    }));
}

/** Whether the item contributes to a domain score. */
export function isScored(item: Item): boolean {
  return item.feeds !== undefined && Object.keys(item.feeds).length > 0;
}
