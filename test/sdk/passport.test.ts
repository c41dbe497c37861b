import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogue } from '@attune/sdk/adjustments';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import {
  addOwnWords,
  draftPassport,
  finishPassport,
  HARD_FOR_ME,
  HELPS_ME,
  MAX_LINES_PER_PART,
  MAX_PASSPORT_CHARACTERS,
  PASSPORT_PARTS,
  PassportSchema,
  SERVICE_ONLY,
  type PassportDraft,
} from '@attune/sdk/follow-up';
import { agreedPlan } from '../fixtures/follow-up.js';
import { screen } from '../fixtures/run-screening.js';

const screening = screen(needsScreening, [{ skip: false, pick: 3 }]);

describe('the person’s passport', () => {
  it('has a first-person line for every need area and every adjustment a person can ask for', () => {
    expect(Object.keys(HARD_FOR_ME).sort()).toEqual(needsScreening.domains.map((d) => d.id).sort());
    // Every catalogue adjustment is either a line the person can show or a service's own job.
    expect([...Object.keys(HELPS_ME), ...SERVICE_ONLY].sort()).toEqual(
      catalogue.map((a) => a.id).sort(),
    );
    for (const line of [
      ...Object.values(HARD_FOR_ME),
      ...Object.values(HELPS_ME).map((h) => h.line),
    ]) {
      // First person or a request to the reader; never the service speaking ("We will…").
      expect(line).toMatch(/\b(I|me|my|Please|Tell|Ask|Give|Let|Say|Help|Break|Show)\b/);
      expect(line).not.toMatch(/\bWe\b|\bwe will\b/);
      expect(line.length).toBeLessThanOrEqual(90);
    }
  });

  it('suggests lines from the screening and the plan, none of them chosen until the person chooses', () => {
    const draft = draftPassport({ screening, plan: agreedPlan });
    expect(draft.helps.map((e) => e.text)).toEqual([
      'A text the day before helps me remember.',
      'Meet after his morning shift',
    ]);
    expect(draft.overwhelmed.map((e) => e.text)).toEqual(['A quiet room helps me stay calm.']);
    // "Not now" in the plan is not suggested.
    expect(JSON.stringify(draft)).not.toContain('weekly timetable');
    expect(draft.hard.length).toBeGreaterThan(0);
    expect(
      Object.values(draft)
        .flat()
        .every((e) => !e.include),
    ).toBe(true);
    expect(
      finishPassport(draft, { madeOn: '2026-12-01', checkAgainOn: '2027-06-01' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('holds only what the person chose, with when it was made and when to check it again', () => {
    let draft = draftPassport({ screening, plan: agreedPlan });
    draft = { ...draft, helps: draft.helps.map((e, i) => ({ ...e, include: i === 0 })) };
    draft = addOwnWords(draft, 'support', 'My mentor Dean, on the number in my phone');
    draft = addOwnWords(draft, 'support', ' ');
    const result = finishPassport(draft, {
      madeOn: '2026-12-01',
      checkAgainOn: '2027-06-01',
      for: ['police-custody', 'solicitor'],
    });
    if (!result.ok) throw new Error(result.error);
    expect(PassportSchema.parse(result.passport)).toMatchObject({
      madeOn: '2026-12-01',
      checkAgainOn: '2027-06-01',
      for: ['police-custody', 'solicitor'],
      parts: {
        about: [],
        hard: [],
        helps: [{ text: 'A text the day before helps me remember.', from: 'plan' }],
        support: [{ text: 'My mentor Dean, on the number in my phone', from: 'own-words' }],
      },
    });
    expect(finishPassport(draft, { madeOn: '2026-12-01', checkAgainOn: '2026-12-01' }).ok).toBe(
      false,
    );
  });

  it('keeps each part short enough for one page', () => {
    let draft = draftPassport();
    for (let n = 0; n < MAX_LINES_PER_PART + 1; n++)
      draft = addOwnWords(draft, 'helps', `Line ${n}`);
    expect(
      finishPassport(draft, { madeOn: '2026-12-01', checkAgainOn: '2027-06-01' }),
    ).toMatchObject({
      ok: false,
      field: 'parts',
      error: `Choose at most ${MAX_LINES_PER_PART} things for each part, so the passport fits on one page`,
    });
  });

  it('keeps the whole passport short enough for one page', () => {
    let draft = draftPassport();
    for (const part of PASSPORT_PARTS)
      for (let n = 0; n < 5; n++) draft = addOwnWords(draft, part.id, 'x'.repeat(51));
    expect(
      finishPassport(draft, { madeOn: '2026-12-01', checkAgainOn: '2027-06-01' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining(`${MAX_PASSPORT_CHARACTERS} characters`),
    });
  });

  it('never carries a line the person did not choose', () => {
    const draft = draftPassport({ screening, plan: agreedPlan });
    const entries = PASSPORT_PARTS.flatMap((p) => draft[p.id].map((_, i) => [p.id, i] as const));
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length }),
        (choices) => {
          const chosen = structuredClone(draft) as PassportDraft;
          entries.forEach(([part, i], n) => (chosen[part][i]!.include = choices[n]!));
          const result = finishPassport(chosen, {
            madeOn: '2026-12-01',
            checkAgainOn: '2027-06-01',
          });
          const perPart = PASSPORT_PARTS.map(
            (p) => entries.filter(([part], n) => part === p.id && choices[n]).length,
          );
          if (!choices.some(Boolean) || perPart.some((n) => n > MAX_LINES_PER_PART)) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(result.error);
          const kept = entries
            .filter((_, n) => choices[n])
            .map(([part, i]) => draft[part][i]!.text);
          expect(
            Object.values(result.passport.parts)
              .flat()
              .map((e) => e.text)
              .sort(),
          ).toEqual(kept.sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
