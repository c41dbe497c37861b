import { FORM_SIZE } from './constants.js';
import type { KnowledgeQuestion, TrainingModule } from './schema.js';

/** A seeded shuffle (mulberry32), so an order is random but reproducible from its seed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A second seed from a seed and a salt, so each question's options get their own order. */
export function deriveSeed(seed: number, salt: string): number {
  let hash = (seed >>> 0) ^ 0x811c9dc5;
  for (let i = 0; i < salt.length; i++) hash = Math.imul(hash ^ salt.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The questions of one form, each with its options in the order this attempt shows them. */
export interface Form {
  seed: number;
  order: string[];
  options: string[][];
}

/**
 * Draws a form of FORM_SIZE questions from the module's bank. Questions in `avoid` (the form the
 * learner last saw) come only after every other question, so the first check after the lessons
 * shares nothing with the knowledge test before them, and a retry asks different questions.
 * Each question's options are shuffled with a seed of their own.
 */
export function drawForm(
  module: TrainingModule,
  seed: number,
  avoid: readonly string[] = [],
): Form {
  const ids = module.questions.map((q) => q.id);
  const fresh = ids.filter((id) => !avoid.includes(id));
  const seen = ids.filter((id) => avoid.includes(id));
  const order = [...shuffle(fresh, seed), ...shuffle(seen, deriveSeed(seed, 'seen'))].slice(
    0,
    Math.min(FORM_SIZE, ids.length),
  );
  const byId = new Map<string, KnowledgeQuestion>(module.questions.map((q) => [q.id, q]));
  return {
    seed,
    order,
    options: order.map((id) =>
      shuffle(
        byId.get(id)!.options.map((o) => o.id),
        deriveSeed(seed, id),
      ),
    ),
  };
}
