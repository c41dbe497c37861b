import { describe, expect, it } from 'vitest';
import {
  catalogue,
  rankAdjustments,
  recommendAdjustments,
  type Adjustment,
} from '@attune/sdk/adjustments';
import type { NeedsProfile } from '@attune/sdk/questionnaire';

const need = (
  domain: string,
  level: 'none' | 'some' | 'strong' | 'unknown',
  items: string[] = [],
): NeedsProfile['domains'][number] => ({
  domain,
  level,
  score: level === 'unknown' ? null : 0.5,
  answered: 2,
  skipped: 0,
  confidence: 'full',
  items,
});
const entry = (
  id: string,
  domains: string[],
  effort: Adjustment['effort'],
  settings: Adjustment['settings'] = ['court'],
): Adjustment => ({
  id,
  title: id,
  summary: 'A summary line.',
  easyRead: 'Easy words.',
  domains,
  settings,
  effort,
  sources: [{ title: 'T', publisher: 'P', year: 2020 }],
});

describe('recommendAdjustments', () => {
  const small = [
    entry('a', ['memory'], 'high'),
    entry('b', ['memory', 'sensory'], 'low'),
    entry('c', ['sensory'], 'low', ['mentoring']),
    entry('d', ['reading'], 'low'),
  ];
  const profile: NeedsProfile = {
    domains: [
      need('memory', 'strong', ['m1', 'm2']),
      need('sensory', 'some', ['s1']),
      need('reading', 'none'),
      need('other', 'unknown'),
    ],
  };

  it('ranks by how strongly the needs it serves showed, then by least effort, each adjustment once', () => {
    const ranked = rankAdjustments(small, profile);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(ranked[0]).toEqual({
      id: 'b',
      weight: 3,
      reasons: [
        { domain: 'memory', level: 'strong', items: ['m1', 'm2'] },
        { domain: 'sensory', level: 'some', items: ['s1'] },
      ],
    });
  });

  it('never suggests anything for needs that are absent or unknown', () => {
    expect(
      rankAdjustments(small, { domains: [need('reading', 'none'), need('memory', 'unknown')] }),
    ).toEqual([]);
  });

  it('keeps to a setting, leaves out what the person declined and what takes too much effort', () => {
    expect(rankAdjustments(small, profile, { setting: 'mentoring' }).map((r) => r.id)).toEqual([
      'c',
    ]);
    expect(
      rankAdjustments(small, profile, { preferences: { declined: ['b'] } }).map((r) => r.id),
    ).toEqual(['a', 'c']);
    expect(
      rankAdjustments(small, profile, { preferences: { maxEffort: 'low' } }).map((r) => r.id),
    ).toEqual(['b', 'c']);
    expect(rankAdjustments(small, profile, { limit: 1 }).map((r) => r.id)).toEqual(['b']);
  });

  it('uses the built-in catalogue, with reasons that name the answers behind each suggestion', () => {
    const result = recommendAdjustments(
      { domains: [need('head-injury-fatigue', 'strong', ['hi-tired'])] },
      { setting: 'supervision-appointment' },
    );
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) {
      expect(catalogue.find((a) => a.id === r.id)!.settings).toContain('supervision-appointment');
      expect(r.reasons).toEqual([
        { domain: 'head-injury-fatigue', level: 'strong', items: ['hi-tired'] },
      ]);
    }
    expect(result.map((r) => r.id)).toContain('fatigue-aware-scheduling');
  });
});
