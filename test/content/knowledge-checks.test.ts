import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  createTrainingMachine,
  currentTrainingQuestion,
  FORM_SIZE,
  TrainingModuleSchema,
  type KnowledgeQuestion,
  type TrainingModule,
} from '@attune/sdk/training';
import { rawTrainingModule, trainingFolders } from '../fixtures/training-content.js';

// The rules that make a knowledge check measure knowledge, held over the real course content.
const modules = trainingFolders.map((folder) =>
  TrainingModuleSchema.parse(rawTrainingModule(folder).module),
);
const A_THIRD = 1 / 3;
const length = (o: { text: string }) => o.text.length;
const rightOf = (q: KnowledgeQuestion) => q.options.find((o) => o.correct)!;
/** 0 for the longest option, 1 for the next, and so on. */
const lengthRank = (q: KnowledgeQuestion) =>
  [...q.options].sort((a, b) => length(b) - length(a)).indexOf(rightOf(q));

describe.each(modules.map((m) => [m.id, m] as const))('knowledge check: %s', (_, module) => {
  const qs = module.questions;

  it('has a bank of at least 12 questions, so the test before and the check are different questions', () => {
    expect(qs.length).toBeGreaterThanOrEqual(Math.max(12, 2 * FORM_SIZE));
    for (const q of qs) expect(q.options.length).toBeGreaterThanOrEqual(4);
  });

  it('puts the right answer as the longest option in no more than a third of questions', () => {
    const longest = qs.filter((q) => lengthRank(q) === 0).length;
    expect(longest / qs.length).toBeLessThanOrEqual(A_THIRD);
  });

  it('gives no length rank (longest, second, … shortest) the right answer in more than a third of questions', () => {
    const ranks = new Map<number, number>();
    for (const q of qs) ranks.set(lengthRank(q), (ranks.get(lengthRank(q)) ?? 0) + 1);
    for (const [rank, n] of ranks)
      expect(n / qs.length, `rank ${rank}`).toBeLessThanOrEqual(A_THIRD);
  });

  it('keeps options of comparable length: the shortest is at least 60% of the longest, and the right answer ties none', () => {
    for (const q of qs) {
      const lengths = q.options.map(length);
      expect(Math.min(...lengths) / Math.max(...lengths), q.id).toBeGreaterThanOrEqual(0.6);
      expect(
        lengths.filter((l) => l === length(rightOf(q))),
        q.id,
      ).toHaveLength(1);
    }
  });

  it('spreads the stored position of the right answer, for hosts that do not shuffle', () => {
    const positions = new Map<number, number>();
    for (const q of qs) {
      const at = q.options.indexOf(rightOf(q));
      positions.set(at, (positions.get(at) ?? 0) + 1);
    }
    for (const [at, n] of positions)
      expect(n / qs.length, `position ${at}`).toBeLessThanOrEqual(A_THIRD);
  });

  it("gives each option its own feedback, so a wrong answer never shows the best answer's praise", () => {
    for (const q of qs) {
      const feedback = q.options.map((o) => o.feedback);
      expect(new Set(feedback).size, q.id).toBe(feedback.length);
    }
  });
});

describe('scenarios across the course', () => {
  it('never repeats a scenario: each question is set in a situation of its own', () => {
    const seen = new Map<string, string>();
    for (const m of modules)
      for (const q of m.questions) {
        const where = `${m.id}/${q.id}`;
        expect(seen.get(q.scenario), `${q.scenario} in ${where}`).toBeUndefined();
        seen.set(q.scenario, where);
      }
    expect(seen.size).toBeGreaterThanOrEqual(12 * modules.length);
  });
});

/** A learner who does not know the material and answers from how the options look. */
type Strategy = (q: KnowledgeQuestion, shown: KnowledgeQuestion['options']) => string;
const ABSOLUTE =
  /\b(always|never|only|all|every|everyone|entirely|altogether|must|nothing|no one|none|straight away|at once|cannot|proven|any)\b/gi;
const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
const byLength = (shown: KnowledgeQuestion['options'], rank: number) =>
  [...shown].sort((a, b) => length(b) - length(a))[rank]!.id;
const strategies: Record<string, Strategy> = {
  'always the first option shown': (_, shown) => shown[0]!.id,
  'always the last option shown': (_, shown) => shown.at(-1)!.id,
  'always the longest option': (_, shown) => byLength(shown, 0),
  'always the second longest option': (_, shown) => byLength(shown, 1),
  'always the second shortest option': (_, shown) => byLength(shown, shown.length - 2),
  'always the shortest option': (_, shown) => byLength(shown, shown.length - 1),
  // Test-wise: avoid "always", "never", "only"…
  'the option with the fewest absolute words': (_, shown) =>
    [...shown].sort(
      (a, b) => (a.text.match(ABSOLUTE)?.length ?? 0) - (b.text.match(ABSOLUTE)?.length ?? 0),
    )[0]!.id,
  // Test-wise: pick the option that echoes the question.
  'the option sharing most words with the question': (q, shown) => {
    const stem = words(q.text);
    const overlap = (t: string) => [...words(t)].filter((w) => stem.has(w)).length;
    return [...shown].sort((a, b) => overlap(b.text) - overlap(a.text))[0]!.id;
  },
};

/** Runs the real machine over a module, answering every question with `choose`; the first check's result. */
function attempt(module: TrainingModule, seed: number, choose: Strategy) {
  const actor = createActor(createTrainingMachine(module)).start();
  actor.send({ type: 'START', seed });
  actor.send({ type: 'RATE', ratings: module.confidence.map(() => 3) });
  for (let view; (view = currentTrainingQuestion(module, actor.getSnapshot()));)
    actor.send({ type: 'ANSWER', optionId: choose(view.question, view.options) });
  for (const lesson of module.lessons) actor.send({ type: 'MARK_READ', lessonId: lesson.id });
  actor.send({ type: 'BEGIN_CHECK' });
  for (let view; (view = currentTrainingQuestion(module, actor.getSnapshot()));) {
    actor.send({ type: 'ANSWER', optionId: choose(view.question, view.options) });
    actor.send({ type: 'NEXT' });
  }
  const { knowledgeBefore, attempts } = actor.getSnapshot().context;
  return {
    before: knowledgeBefore!.score!,
    after: attempts[0]!.score!,
    passed: attempts[0]!.passed,
  };
}

const SEEDS = Array.from({ length: 100 }, (_, i) => i * 7919 + 1);
// A blind guess among four options gets 5 or more of 6 right in 0.46% of attempts (binomial, p = 1/4).
const GUESS_PASS_RATE = 6 * 0.25 ** 5 * 0.75 + 0.25 ** 6;
const LENGTH_STRATEGIES = Object.keys(strategies).filter((name) => /long|short/.test(name));
const LOOK_STRATEGIES = Object.keys(strategies).filter((name) => !/long|short/.test(name));

describe('simulated learners over the real content, through the training machine', () => {
  it('a learner who knows the material scores full marks and passes every module', () => {
    for (const m of modules)
      for (const seed of SEEDS.slice(0, 5))
        expect(attempt(m, seed, (q) => rightOf(q).id)).toMatchObject({ after: 1, passed: true });
  });

  // No length rank holds the right answer in more than a third of a bank, so at most 4 of any 12
  // and never 5 of a form of 6: these learners cannot pass, whatever the draw.
  it.each(LENGTH_STRATEGIES)('"%s" fails every module, on every seed', (name) => {
    for (const m of modules)
      for (const seed of SEEDS)
        expect(attempt(m, seed, strategies[name]!).passed, `${m.id}, seed ${seed}`).toBe(false);
  });

  // Options are shuffled, so position and wording cues are no better than a blind guess: the
  // mean score stays near a quarter in every module, and passes are as rare as luck makes them.
  it.each(LOOK_STRATEGIES)(
    '"%s" fails every module on average, and passes no more often than luck',
    (name) => {
      let passes = 0;
      for (const m of modules) {
        let total = 0;
        for (const seed of SEEDS) {
          const result = attempt(m, seed, strategies[name]!);
          total += (result.before + result.after) / 2;
          if (result.passed) passes++;
        }
        expect(total / SEEDS.length, m.id).toBeLessThan(0.45);
      }
      expect(passes / (modules.length * SEEDS.length)).toBeLessThanOrEqual(3 * GUESS_PASS_RATE);
    },
  );
});
