import { describe, expect, it } from 'vitest';
import {
  defineQuestionnaire,
  evaluateCondition,
  scoreAnswers,
  shownItems,
  pruneHidden,
  validateAnswer,
} from '@attune/sdk/questionnaire';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const domain = (answers: Record<string, string | string[] | null>, id: string) =>
  scoreAnswers(q, answers).domains.find((d) => d.domain === id)!;

describe('scoring', () => {
  it('gives a strong need when answers reach the strong threshold, with the items behind it', () => {
    const r = domain({ letters: 'most-of-the-time' }, 'reading');
    expect(r).toMatchObject({
      level: 'strong',
      score: 1,
      answered: 1,
      items: ['letters'],
      confidence: 'full',
    });
  });

  it('gives none when answers show no difficulty', () => {
    expect(domain({ letters: 'never' }, 'reading').level).toBe('none');
  });

  it('uses the threshold boundaries as stated: at "some" is some, just below is none', () => {
    // letters "sometimes" scores 1 of 3 (0.333), above the 0.3 threshold
    expect(domain({ letters: 'sometimes' }, 'reading').level).toBe('some');
    const strict = defineQuestionnaire({
      ...smallDefinition,
      domains: [
        { ...smallDefinition.domains[0], thresholds: { some: 0.34, strong: 0.6 } },
        smallDefinition.domains[1],
      ],
    });
    expect(scoreAnswers(strict, { letters: 'sometimes' }).domains[0]!.level).toBe('none');
  });

  it('never counts a skipped question as "no": all skipped gives unknown, not none', () => {
    const r = domain({ letters: null }, 'reading');
    expect(r).toMatchObject({ level: 'unknown', score: null, skipped: 1, confidence: 'none' });
  });

  it('gives "not enough answers" (unknown) when too few of the shown questions were answered', () => {
    const answered = domain({ head: 'yes', headaches: 'most-of-the-time' }, 'injury');
    const oneSkipped = domain({ head: 'yes', headaches: null }, 'injury');
    expect(answered.level).toBe('strong');
    // One of two answered is below the minimum share: the lone "yes" is not called a need.
    expect(oneSkipped).toMatchObject({ level: 'unknown', confidence: 'none', skipped: 1 });
  });

  it('ignores answers to questions that are no longer shown', () => {
    expect(domain({ head: 'no', headaches: 'most-of-the-time' }, 'injury')).toMatchObject({
      level: 'none',
      answered: 1,
    });
  });
});

describe('display conditions', () => {
  it('shows a follow-up only when its condition holds', () => {
    expect(shownItems(q, {}).map((i) => i.id)).not.toContain('headaches');
    expect(shownItems(q, { head: 'yes' }).map((i) => i.id)).toContain('headaches');
    expect(shownItems(q, { head: null }).map((i) => i.id)).not.toContain('headaches');
  });

  it('drops the answers of questions an earlier answer hides', () => {
    expect(pruneHidden(q, { head: 'no', headaches: 'often', letters: 'never' })).toEqual({
      answers: { head: 'no', letters: 'never' },
      removed: ['headaches'],
    });
  });

  it('evaluates all, any, not, includes and domain leaves', () => {
    const answers = { a: 'yes', m: ['x', 'y'] };
    expect(
      evaluateCondition(
        {
          all: [
            { item: 'a', equals: 'yes' },
            { item: 'm', includes: 'y' },
          ],
        },
        answers,
      ),
    ).toBe(true);
    expect(
      evaluateCondition(
        { any: [{ item: 'a', equals: 'no' }, { not: { item: 'm', includes: 'z' } }] },
        answers,
      ),
    ).toBe(true);
    expect(evaluateCondition({ item: 'b', answered: false }, answers)).toBe(true);
    expect(evaluateCondition({ domain: 'd', atLeast: 'some' }, answers, { d: 'strong' })).toBe(
      true,
    );
    expect(evaluateCondition({ domain: 'd', atLeast: 'strong' }, answers, { d: 'some' })).toBe(
      false,
    );
    expect(evaluateCondition({ domain: 'd', atLeast: 'some' }, answers, { d: 'unknown' })).toBe(
      false,
    );
  });
});

describe('answer validation', () => {
  const item = (id: string) => q.items.find((i) => i.id === id)!;
  it('accepts an offered value and rejects others with a message that says what to do', () => {
    expect(validateAnswer(item('letters'), 'often')).toEqual({ ok: true, value: 'often' });
    const bad = validateAnswer(item('letters'), 'always');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toMatchObject({
        code: 'invalid-option',
        message: 'Choose from the answers shown',
      });
  });
  it('requires at least one choice for multiple choice and keeps option order', () => {
    expect(validateAnswer(item('good-at'), []).ok).toBe(false);
    expect(validateAnswer(item('good-at'), ['music', 'sport', 'music'])).toEqual({
      ok: true,
      value: ['sport', 'music'],
    });
  });
  it.each([undefined, null, 3, {}, ['often']])('rejects %j for a single choice', (value) => {
    expect(validateAnswer(item('letters'), value).ok).toBe(false);
  });
});
