import { describe, expect, it } from 'vitest';
import {
  checkQuestionnaire,
  defineQuestionnaire,
  QuestionnaireDefinitionError,
  formatPath,
} from '@attune/sdk/questionnaire';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

type Mutable = ReturnType<typeof clone>;
const clone = () => structuredClone(smallDefinition) as any;

function faultsOf(def: unknown): string[] {
  const result = checkQuestionnaire(def);
  if (result.ok) return [];
  return result.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

describe('defineQuestionnaire', () => {
  it('accepts a well-formed definition and returns it typed', () => {
    const q = defineQuestionnaire(clone());
    expect(q.items.map((i) => i.id)).toEqual(['letters', 'head', 'headaches', 'crisis', 'good-at']);
  });

  const rejected: [string, (d: Mutable) => void, RegExp][] = [
    [
      'a condition on an unknown item',
      (d) => (d.items[2].showIf = { item: 'nowhere', equals: 'yes' }),
      /items\[2\]\.showIf: .*unknown item "nowhere"/,
    ],
    [
      'a condition on a later item',
      (d) => (d.items[1].showIf = { item: 'headaches', equals: 'often' }),
      /items\[1\]\.showIf: .*"headaches", which is not asked before/,
    ],
    [
      'a condition on the item itself',
      (d) => (d.items[0].showIf = { item: 'letters', equals: 'often' }),
      /not asked before/,
    ],
    [
      'a condition on a value the item does not offer',
      (d) => (d.items[2].showIf = { item: 'head', equals: 'maybe' }),
      /"maybe" is not an answer item "head" offers/,
    ],
    [
      'a display condition on a domain level',
      (d) => (d.items[2].showIf = { domain: 'injury', atLeast: 'some' }),
      /cannot depend on a domain level/,
    ],
    [
      'duplicate item ids',
      (d) => (d.items[1].id = 'letters'),
      /items\[1\]\.id: Duplicate item id "letters"/,
    ],
    [
      'an option score on an item that feeds no domain',
      (d) => (d.items[4].options[0].score = 2),
      /items\[4\]\.options\[0\]\.score: Option has a score but the item feeds no domain/,
    ],
    [
      'a "some" threshold above "strong"',
      (d) => (d.domains[0].thresholds = { some: 0.7, strong: 0.5 }),
      /domains\[0\]\.thresholds: Threshold "some" \(0\.7\) must be below "strong"/,
    ],
    [
      'a threshold out of range',
      (d) => (d.domains[1].thresholds = { some: 0.3, strong: 1.5 }),
      /domains\[1\]\.thresholds\.strong: .*at most 1/,
    ],
    [
      'an empty domain',
      (d) =>
        d.domains.push({
          id: 'empty',
          label: 'Empty',
          description: 'Nothing.',
          thresholds: { some: 0.3, strong: 0.6 },
        }),
      /domains\[2\]: Domain "empty" is empty/,
    ],
    [
      'an item feeding an unknown domain',
      (d) => (d.items[0].feeds = { nowhere: 1 }),
      /items\[0\]\.feeds\.nowhere: Unknown domain/,
    ],
    [
      'an unknown section',
      (d) => (d.items[0].section = 'nowhere'),
      /items\[0\]\.section: Unknown section/,
    ],
    [
      'a safeguarding answer the item does not offer',
      (d) => (d.items[3].safeguarding.answers = ['perhaps']),
      /items\[3\]\.safeguarding\.answers\[0\]/,
    ],
    [
      'a referral rule on an unknown domain',
      (d) => (d.referrals[0].when = { domain: 'nowhere', atLeast: 'some' }),
      /referrals\[0\]\.when: .*unknown domain "nowhere"/,
    ],
    ['a missing Easy Read wording', (d) => delete d.items[0].easyRead, /items\[0\]\.easyRead/],
    ['a version that is not semver', (d) => (d.version = 'one'), /version: Use a semantic version/],
    [
      'a choice item with one option',
      (d) => d.items[4].options.pop(),
      /items\[4\]\.options: A multiple choice item needs at least 2 options/,
    ],
  ];

  it.each(rejected)('rejects %s, naming the path', (_name, mutate, expected) => {
    const def = clone();
    mutate(def);
    const faults = faultsOf(def);
    expect(faults.join('\n')).toMatch(expected);
    expect(() => defineQuestionnaire(def)).toThrow(QuestionnaireDefinitionError);
  });

  it('lists every fault at once, not only the first', () => {
    const def = clone();
    def.items[1].id = 'letters';
    def.items[4].options[0].score = 1;
    def.domains[0].thresholds = { some: 0.9, strong: 0.2 };
    try {
      defineQuestionnaire(def);
      expect.unreachable();
    } catch (error) {
      const e = error as QuestionnaireDefinitionError;
      expect(e.issues.length).toBeGreaterThanOrEqual(3);
      expect(e.message).toContain('items[1].id');
      expect(e.message).toContain('items[4].options[0].score');
      expect(e.message).toContain('domains[0].thresholds');
    }
  });

  it.each([null, 42, 'text', [], {}])('rejects malformed input %j without crashing', (input) => {
    const result = checkQuestionnaire(input);
    expect(result.ok).toBe(false);
  });
});
