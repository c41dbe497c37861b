import { frequencyScale, yesNoScale, type ScaleOption } from './scales.js';
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
  }));
}

/** Whether the item contributes to a domain score. */
export function isScored(item: Item): boolean {
  return item.feeds !== undefined && Object.keys(item.feeds).length > 0;
}
