import { describe, expect, it } from 'vitest';
import { isScored } from '@attune/sdk/questionnaire';
import { motivationCheck as q } from '@attune/sdk/questionnaires/motivation-check';
import { selfRatingItems } from '@attune/sdk/mentoring';

// The motivation and thinking check is read aloud to people who may read poorly and have had bad
// experiences of being assessed: these tests hold its wording to that.

const sentences = (s: string) => s.split(/(?<=[.?!])\s+/).filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** What the person hears or reads: questions, answers and both versions of each. */
const heard = q.items.flatMap((i) => [
  i.text,
  i.easyRead,
  ...(i.hint ? [i.hint] : []),
  ...(i.options ?? []).flatMap((o) => [o.label, o.easyRead ?? '']),
]);

describe('the motivation and thinking check', () => {
  it('asks about each thing the mentoring service works on, in the person’s own view', () => {
    expect(q.sections.map((s) => s.id)).toEqual([
      'situation',
      'confidence',
      'matters',
      'thinking',
      'support',
    ]);
    for (const section of q.sections)
      expect(q.items.filter((i) => i.section === section.id).length).toBeGreaterThan(0);
  });

  it('rates in words, 1 to 5, and leaves room for the person’s own words on each part', () => {
    const ratings = selfRatingItems(q);
    expect(ratings.map((i) => i.id)).toEqual([
      'situation',
      'confidence',
      'thoughts-hold-back',
      'on-my-side',
      'ready',
    ]);
    for (const item of ratings)
      for (const o of item.options!) {
        expect(o.label, item.id).not.toMatch(/\d/);
        expect(o.easyRead, item.id).toBeTruthy();
      }
    for (const section of ['situation', 'confidence', 'matters'])
      expect(
        q.items.some((i) => i.section === section && i.kind === 'text'),
        section,
      ).toBe(true);
  });

  it('scores nothing into levels and puts no diagnostic or risk label on anyone', () => {
    expect(q.domains).toEqual([]);
    expect(q.items.filter(isScored)).toEqual([]);
    expect(q.referrals ?? []).toEqual([]);
    for (const text of heard)
      expect(text).not.toMatch(
        /autis|adhd|dyslex|dyspraxi|disorder|diagnos|condition|symptom|risk|score|deficit|distort/i,
      );
  });

  it('asks nothing about offending', () => {
    for (const text of heard)
      expect(text).not.toMatch(/offen[cs]|crime|criminal|convict|victim|arrest|sentence|charged/i);
  });

  it('is easy to hear read aloud: short sentences, Easy Read shorter still, no symbols or figures', () => {
    for (const item of q.items) {
      for (const s of sentences(item.text)) expect(words(s), s).toBeLessThanOrEqual(22);
      for (const s of sentences(item.easyRead)) expect(words(s), s).toBeLessThanOrEqual(12);
      expect(words(item.easyRead), item.id).toBeLessThanOrEqual(words(item.text));
      expect(item.why.length, item.id).toBeGreaterThan(40);
    }
    for (const text of heard) expect(text).not.toMatch(/[/&()%#*;]|\be\.g\.|\betc\b|\d/);
    for (const s of sentences(q.intro.easyRead)) expect(words(s)).toBeLessThanOrEqual(12);
    for (const s of sentences(q.consent.easyRead)) expect(words(s)).toBeLessThanOrEqual(12);
  });

  it('has an Easy Read version of every question and every answer', () => {
    for (const item of q.items) {
      expect(item.easyRead.length, item.id).toBeGreaterThan(3);
      for (const o of item.options ?? []) expect(o.easyRead, `${item.id}/${o.value}`).toBeTruthy();
    }
  });
});
