import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { needsScreeningV1 } from '@attune/sdk/questionnaires/needs-screening-1';
import { PROFILE_LEVEL_WORDS, profileSummary } from '@attune/sdk/screening';
import { picks, screen } from '../fixtures/run-screening.js';
import {
  needsEverywhere,
  noNeeds,
  runPattern,
  twoAreas,
} from '../fixtures/needs-screening-patterns.js';

describe('profileSummary', () => {
  it('agrees with the record for generated screenings: every area once, in order, level kept', () => {
    fc.assert(
      fc.property(picks, fc.constantFrom(needsScreening, needsScreeningV1), (choices, q) => {
        const record = screen(q, choices);
        const summary = profileSummary(record, q);
        expect(summary.areas.map((a) => a.domain)).toEqual(
          record.profile.domains.map((d) => d.domain),
        );
        expect(summary.areas.map((a) => a.domain)).toEqual(q.domains.map((d) => d.id));
        summary.areas.forEach((area, i) => {
          const d = record.profile.domains[i]!;
          expect(area.label).toBe(q.domains[i]!.label);
          expect(area.levelWords).toBe(PROFILE_LEVEL_WORDS[area.level]);
          // A strength is only ever an area the record calls "none", with nothing at all hard.
          if (area.strength) {
            expect(area.level).toBe('strength');
            expect([d.level, d.score, d.skipped, d.confidence]).toEqual(['none', 0, 0, 'full']);
          } else expect(area.level).toBe(d.level);
          expect(area.need).toBe(d.level === 'some' || d.level === 'strong');
          // Nothing the record cannot say is drawn: not enough answers stays that.
          if (d.level === 'unknown') expect(area.level).toBe('unknown');
        });
        expect(summary.namedStrengths).toEqual(record.strengths);
      }),
      { numRuns: 60 },
    );
  });

  it('shows a person with no needs as strengths everywhere, and needs where they are', () => {
    const none = profileSummary(runPattern(needsScreening, noNeeds).record, needsScreening);
    expect(none.areas.every((a) => a.strength)).toBe(true);
    expect(none.namedStrengths).toEqual(['Practical, hands-on work']);

    const two = profileSummary(runPattern(needsScreening, twoAreas).record, needsScreening);
    expect(two.areas.filter((a) => a.need).map((a) => a.domain)).toEqual([
      'reading-writing',
      'memory-organisation',
    ]);

    const all = profileSummary(runPattern(needsScreening, needsEverywhere).record, needsScreening);
    expect(all.areas.some((a) => a.strength)).toBe(false);
  });

  it('names an area by its id when the questionnaire given does not know it', () => {
    const record = runPattern(needsScreening, noNeeds).record;
    expect(profileSummary(record, { domains: [] }).areas[0]!.label).toBe('reading-writing');
  });
});
