import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summariseTeam, type TrainingCompletion } from '@attune/sdk/training';

/**
 * The differencing attacker: a lead publishes the team summary, one learner joins, the lead
 * publishes again. The attacker holds both summaries, knows exactly how many learners had both
 * figures before and after (a stronger position than the published counts give), and works out the
 * newcomer's score as (n + 1) × second mean − n × first mean. With plain means that is exact.
 */

const record = (
  learner: string,
  knowledgeAfter: number,
  confidence: number,
): TrainingCompletion => ({
  schemaVersion: 1,
  kind: 'attune-training-completion',
  learner,
  moduleId: 'autism',
  registration: null,
  startedAt: '2026-11-01T09:00:00Z',
  completedAt: '2026-11-01T10:00:00Z',
  knowledgeBefore: 0.5,
  knowledgeAfter,
  bestScore: 1,
  attempts: 1,
  passed: true,
  confidenceBefore: [3, 3, 3],
  confidenceAfter: [confidence, confidence, confidence],
});

/** Random teams of 5 to 25 learners with random ids (as the site makes them) and scores. */
const teams = fc.record({
  ids: fc.uniqueArray(fc.uuid(), { minLength: 6, maxLength: 26 }),
  scores: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 26, maxLength: 26 }),
  ratings: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 26, maxLength: 26 }),
});

interface Guess {
  knowledgeError: number;
  confidenceError: number;
}

/** One attack: the newcomer is the last id; returns how far the attacker's guesses fall. */
function attack(t: { ids: string[]; scores: number[]; ratings: number[] }): Guess | null {
  const all = t.ids.map((id, i) => record(id, t.scores[i]! / 6, t.ratings[i]!));
  const before = all.slice(0, -1);
  const newcomer = all.at(-1)!;
  const first = summariseTeam(before, ['autism']).modules[0]!;
  const second = summariseTeam(all, ['autism']).modules[0]!;
  if (!first.knowledge || !second.knowledge || !first.confidence || !second.confidence) return null;
  const n = before.length;
  const guess = (a: number, b: number) => (n + 1) * b - n * a;
  return {
    knowledgeError: Math.abs(
      guess(first.knowledge.after, second.knowledge.after) - newcomer.knowledgeAfter!,
    ),
    confidenceError: Math.abs(
      guess(first.confidence.after, second.confidence.after) - newcomer.confidenceAfter![0]!,
    ),
  };
}

describe('team averages against a differencing attacker', () => {
  const guesses = fc
    .sample(teams, { numRuns: 600, seed: 18 })
    .map(attack)
    .filter((g): g is Guess => g !== null);

  it('publishes averages for most teams of five or more, so the protection is not by hiding', () => {
    expect(guesses.length).toBeGreaterThan(450);
  });

  it('rarely lets the attacker pin a knowledge score to within 5 percentage points', () => {
    const close = guesses.filter((g) => g.knowledgeError <= 0.05).length / guesses.length;
    expect(close).toBeLessThan(0.2);
  });

  it('rarely lets the attacker pin a confidence rating to within a fifth of a point', () => {
    const close = guesses.filter((g) => g.confidenceError <= 0.2).length / guesses.length;
    expect(close).toBeLessThan(0.2);
  });

  it('leaves the attacker, on average, more than a sixth of the knowledge range away', () => {
    const mean = guesses.reduce((s, g) => s + g.knowledgeError, 0) / guesses.length;
    expect(mean).toBeGreaterThan(1 / 6);
  });
});
