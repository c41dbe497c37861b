/**
 * Disclosure control for published counts, after the cell key method the Office for National
 * Statistics used for Census 2021 outputs (ONS, "Protecting personal data in Census 2021 results",
 * 2023; ONS, "Comparison of post-tabular statistical disclosure control methods", working paper):
 * every record has a key; a cell's key is the sum of its records' keys; the key picks the noise
 * added to the count. So the same records always get the same noise, and a count cannot be pinned
 * down by asking for it twice or in two tables.
 *
 * Two changes for Attune, both because its cohorts are small and the attacker it must defeat holds
 * two summaries and knows one person was added or removed:
 * - Each cell's key also takes in the release key (the sum over every record in the summary). In
 *   the ONS method, the cells a new person is not in keep their values between releases, so the one
 *   cell that changes gives the person away. Here every cell is perturbed afresh when anyone joins,
 *   and within one summary the same records still always get the same noise.
 * - The noise has long tails (two-sided geometric, usually 0 or ±1, at most ±10), so no published
 *   pair of values is possible only with the person in one cell.
 * Counts from 1 to threshold − 1 after noise are then suppressed, as the Government Statistical
 * Service's small-number rules do; a 0 or a suppressed cell may hide a few people or none.
 */

/** Keys run from 0 to KEY_SPACE − 1. */
export const KEY_SPACE = 65536;
/** The share of each further step of noise: P(noise = ±k) falls by this factor for each k. */
const DECAY = 0.35;
/** The largest noise the method can add or take away. */
export const MAX_NOISE = 10;
// Multiplies the release key so it does not cancel a cell's own key.
const RELEASE_MIX = 40503;

/** FNV-1a over a string from the given offset basis: deterministic in every host. */
function fnv(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A record's identity (its `id` when it has one, otherwise its whole JSON) as a fingerprint for
 * finding duplicates and a key for perturbation. Two 32-bit hashes make a collision in 100,000
 * records about one chance in 400,000.
 */
export function recordIdentity(record: Record<string, unknown>): {
  fingerprint: string;
  key: number;
} {
  const text =
    typeof record.id === 'string' && record.id !== ''
      ? `id:${record.id}`
      : `json:${JSON.stringify(record)}`;
  const a = fnv(text, 0x811c9dc5);
  const b = fnv(text, 0x01000193 ^ a);
  return {
    fingerprint: `${a.toString(16)}.${b.toString(16)}`,
    key: ((a ^ (b >>> 16)) >>> 0) % KEY_SPACE,
  };
}

/** The noise for a cell key: the inverse of a two-sided geometric distribution at the key's quantile. */
export function noiseFor(cellKey: number): number {
  const u = (cellKey + 0.5) / KEY_SPACE - 0.5;
  const m = Math.abs(u) * 2; // quantile of |noise|
  const steps = Math.ceil(Math.log(((1 - m) * (1 + DECAY)) / 2) / Math.log(DECAY)) - 1;
  return Math.sign(u) * Math.min(MAX_NOISE, Math.max(0, steps));
}

/**
 * The published value of a count: the count plus its cell's noise, never below 0, with values
 * from 1 to threshold − 1 suppressed (null).
 */
export function publishCount(
  count: number,
  cellKeySum: number,
  releaseKey: number,
  threshold: number,
): number | null {
  const key = (cellKeySum + releaseKey * RELEASE_MIX) % KEY_SPACE;
  const value = Math.max(0, count + noiseFor(key));
  return value >= 1 && value < threshold ? null : value;
}
