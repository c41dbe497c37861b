// The evidence base's closed lists are copies (so its page loads neither the questionnaire nor the
// catalogue); these tests hold each copy to its one source.
import { describe, expect, it } from 'vitest';
import {
  ADJUSTMENT_IDS,
  DIAGNOSIS_AREAS,
  DIAGNOSIS_ITEMS,
  DIAGNOSIS_WISHES,
  DOMAIN_IDS,
  KNOWN_QUESTIONNAIRES,
} from '@attune/sdk/evidence';
import { catalogue } from '@attune/sdk/adjustments';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import { optionsFor } from '@attune/sdk/questionnaire';

describe('the evidence base’s closed lists', () => {
  it('match the needs screening', () => {
    expect([...DOMAIN_IDS]).toEqual(needsScreening.domains.map((d) => d.id));
    const item = (purpose: string) => needsScreening.items.find((i) => i.purpose === purpose)!;
    expect([...DIAGNOSIS_AREAS]).toEqual(optionsFor(item('diagnosis-areas')).map((o) => o.value));
    expect([...DIAGNOSIS_WISHES].sort()).toEqual(
      [...optionsFor(item('diagnosis-wish')).map((o) => o.value), 'unanswered'].sort(),
    );
    expect(DIAGNOSIS_ITEMS).toEqual({
      wish: item('diagnosis-wish').id,
      areas: item('diagnosis-areas').id,
    });
    expect(KNOWN_QUESTIONNAIRES[needsScreening.id as 'attune-needs-screening'].versions).toContain(
      needsScreening.version,
    );
    expect(
      KNOWN_QUESTIONNAIRES[practicalSupport.id as 'attune-practical-support'].versions,
    ).toContain(practicalSupport.version);
  });

  it('match the adjustment catalogue', () => {
    expect([...ADJUSTMENT_IDS]).toEqual(catalogue.map((a) => a.id));
  });
});
