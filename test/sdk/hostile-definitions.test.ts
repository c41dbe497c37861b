// Definitions written to break the checker or the scoring: each is reported as a fault with its
// path, and checkQuestionnaire never throws.
import { describe, expect, it } from 'vitest';
import { checkQuestionnaire, MAX_CONDITION_DEPTH } from '@attune/sdk/questionnaire';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const copy = () => JSON.parse(JSON.stringify(smallDefinition));
const faults = (input: unknown) => {
  let result: ReturnType<typeof checkQuestionnaire> | undefined;
  expect(() => (result = checkQuestionnaire(input))).not.toThrow();
  expect(result!.ok).toBe(false);
  return result!.ok ? [] : result!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('hostile questionnaire definitions', () => {
  it('reports a condition nested 100,000 deep', () => {
    const def = copy();
    let condition: unknown = { item: 'head', equals: 'yes' };
    for (let i = 0; i < 100_000; i++) condition = { not: condition };
    def.items[2].showIf = condition;
    expect(faults(def)).toEqual([
      expect.stringMatching(
        new RegExp(`^items.2.showIf: .*nested more than ${MAX_CONDITION_DEPTH}`),
      ),
    ]);
  });

  it('reports a condition just past the limit, and accepts one at it', () => {
    const nested = (depth: number) => {
      let c: unknown = { item: 'head', equals: 'yes' };
      for (let i = 1; i < depth; i++) c = { all: [c] };
      return c;
    };
    const def = copy();
    def.items[2].showIf = nested(MAX_CONDITION_DEPTH + 1);
    expect(faults(def)[0]).toMatch(/nested more than/);
    def.items[2].showIf = nested(MAX_CONDITION_DEPTH);
    expect(checkQuestionnaire(def).ok).toBe(true);
  });

  it('reports a condition that contains itself, in a display rule or a referral', () => {
    const def = copy();
    const loop: Record<string, unknown> = { all: [{ item: 'head', equals: 'yes' }] };
    (loop.all as unknown[]).push(loop);
    def.items[2].showIf = loop;
    def.referrals = [{ id: 'r', title: 'R', advice: 'A', when: { any: [loop] } }];
    expect(faults(def)).toEqual([
      'items.2.showIf: The condition contains itself',
      'referrals.0.when: The condition contains itself',
    ]);
  });

  it('refuses an option score so large that a domain score overflows', () => {
    const def = copy();
    def.items[4].feeds = { reading: 1 };
    def.items[4].options[0].score = 1e308;
    def.items[4].options[1].score = 1e308;
    expect(faults(def).some((f) => f.startsWith('items.4.options.0.score'))).toBe(true);
  });

  it('refuses weights and thresholds that are not finite or out of range', () => {
    const weighted = copy();
    weighted.items[0].feeds = { reading: 1e308 };
    expect(faults(weighted).some((f) => f.startsWith('items.0.feeds.reading'))).toBe(true);
    for (const strong of [1e308, -1e308]) {
      const def = copy();
      def.domains[0].thresholds = { some: 0.3, strong };
      expect(faults(def).some((f) => f.startsWith('domains.0.thresholds.strong'))).toBe(true);
    }
  });

  it('names a "__proto__" key in feeds instead of dropping it', () => {
    const def = JSON.parse(
      JSON.stringify(copy()).replace(
        '"feeds":{"reading":1}',
        '"feeds":{"reading":1,"__proto__":5}',
      ),
    );
    expect(faults(def)).toEqual(['items.0.feeds.__proto__: "__proto__" cannot be a domain id']);
  });

  it('refuses ids every object already has, which would be read as data', () => {
    const def = copy();
    def.domains[0].id = 'constructor';
    def.items[0].feeds = { constructor: 1 };
    expect(faults(def)).toEqual(['domains.0.id: "constructor" cannot be a domain id']);
  });
});
