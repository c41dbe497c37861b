import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { CHANGE_WORDS, compareScreenings, type ComparableScreening } from '@attune/sdk/follow-up';
import { picks, screen } from '../fixtures/run-screening.js';

const record = (
  levels: Record<string, 'none' | 'some' | 'strong' | 'unknown'>,
  completedAt: string,
  version = '1.0.1',
): ComparableScreening => ({
  questionnaire: { id: 'attune-needs-screening', version },
  reference: 'IOM-0042',
  completedAt,
  profile: { domains: Object.entries(levels).map(([domain, level]) => ({ domain, level })) },
});

describe('comparing two screenings of the same person', () => {
  it('says what changed in each area in plain words, earlier to later whatever the order given', () => {
    const before = record(
      {
        a: 'strong',
        b: 'some',
        c: 'none',
        d: 'some',
        e: 'some',
        f: 'none',
        g: 'unknown',
        h: 'some',
      },
      '2026-06-01T10:00:00Z',
    );
    const after = record(
      {
        a: 'some',
        b: 'strong',
        c: 'none',
        d: 'none',
        e: 'some',
        f: 'strong',
        g: 'some',
        i: 'some',
      },
      '2026-12-01T10:00:00Z',
      '2.0.0',
    );
    const result = compareScreenings(after, before);
    if (!result.ok) throw new Error(result.error);
    expect(result.comparison.versions).toEqual({ earlier: '1.0.1', later: '2.0.0' });
    expect(Object.fromEntries(result.comparison.domains.map((d) => [d.domain, d.change]))).toEqual({
      a: 'shows-less',
      b: 'shows-more',
      c: 'no-need-either-time',
      d: 'no-longer-shows',
      e: 'still-a-need',
      f: 'newly-shows',
      g: 'cannot-compare',
      i: 'asked-once',
      h: 'asked-once',
    });
  });

  it('never reports a score or a number, only words', () => {
    fc.assert(
      fc.property(picks, picks, (p1, p2) => {
        const a = { ...screen(needsScreening, p1), completedAt: '2026-06-01T10:00:00Z' };
        const b = { ...screen(needsScreening, p2), completedAt: '2026-12-01T10:00:00Z' };
        const result = compareScreenings(a, b);
        if (!result.ok) throw new Error(result.error);
        expect(result.comparison.domains.map((d) => d.domain)).toEqual(
          needsScreening.domains.map((d) => d.id),
        );
        for (const d of result.comparison.domains) {
          expect(d.words).toBe(CHANGE_WORDS[d.change]);
          expect(JSON.stringify(d)).not.toMatch(/\d|score/);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses to compare different questionnaires, unknown versions, different people or unfinished screenings', () => {
    const a = record({ a: 'some' }, '2026-06-01T10:00:00Z');
    expect(
      compareScreenings(a, { ...a, questionnaire: { id: 'other', version: '1.0.0' } }),
    ).toEqual({
      ok: false,
      error: 'different-questionnaires',
    });
    expect(
      compareScreenings(a, record({ a: 'some' }, '2026-12-01T10:00:00Z', '3.0.0')),
    ).toMatchObject({
      error: 'unknown-version',
    });
    expect(compareScreenings(a, { ...a, reference: 'IOM-0099' })).toMatchObject({
      error: 'different-people',
    });
    expect(compareScreenings(a, { ...a, completedAt: null })).toMatchObject({
      error: 'not-completed',
    });
  });
});
