import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineQuestionnaire } from '../../sdk/questionnaire/define.ts';
import { evaluateCondition } from '../../sdk/questionnaire/conditions.ts';
import { optionsFor } from '../../sdk/questionnaire/options.ts';
import { indexQuestionnaire } from '../../sdk/questionnaire/questionnaire-index.ts';
import {
  isShown,
  nextShown,
  placeInSection,
  previousShown,
  sectionPlace,
  shownList,
} from '../../sdk/questionnaire/layout.ts';
import { answerItem, computeVisibility } from '../../sdk/questionnaire/visibility-state.ts';
import type { Answers, Item, Questionnaire } from '../../sdk/questionnaire/schema.ts';
import { generatedDefinition } from '../fixtures/generated-questionnaire.js';

/** The rule written the plain way, as the oracle: one pass in order, hidden items count as unanswered. */
function oracleShown(q: Questionnaire, answers: Answers): Item[] {
  const visible: Answers = {};
  const shown: Item[] = [];
  for (const item of q.items) {
    if (item.showIf && !evaluateCondition(item.showIf, visible)) continue;
    shown.push(item);
    if (answers[item.id] !== undefined) visible[item.id] = answers[item.id]!;
  }
  return shown;
}

/** Any valid answer for an item, or a skip. */
function valueFor(item: Item, choice: number): string | string[] | null {
  if (choice % 7 === 6) return null;
  if (item.kind === 'text') return `Answer ${choice}`;
  const values = optionsFor(item).map((o) => o.value);
  if (item.kind === 'multiple')
    return values.filter((_, i) => (choice >> i) & 1 || i === choice % values.length);
  return values[choice % values.length]!;
}

// A generated questionnaire (size, seed, share of items with conditions, sections in one run of
// items or mixed) and a sequence of
// answers, each to the shown item picked by the first number, with the value picked by the second.
const runs = fc.record({
  size: fc.integer({ min: 2, max: 80 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  share: fc.constantFrom(0.2, 0.5, 0.9),
  mix: fc.boolean(),
  steps: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 63 })), { maxLength: 60 }),
});

describe('visibility worked out incrementally', () => {
  it('equals a from-scratch computation after every answer, on generated questionnaires with conditions', () => {
    fc.assert(
      fc.property(runs, ({ size, seed, share, mix, steps }) => {
        const q = defineQuestionnaire(generatedDefinition(size, seed, share, mix));
        const index = indexQuestionnaire(q);
        let answers: Answers = {};
        for (const [pick, choice] of steps) {
          const shown = oracleShown(q, answers);
          const item = shown[pick % shown.length]!;
          const value = valueFor(item, choice);
          const outcome = answerItem(index, answers, item.id, value);

          // From scratch: record the answer, then drop every answer whose item is no longer shown.
          const given = { ...answers, [item.id]: value };
          const expectedShown = oracleShown(q, given);
          const kept = new Set(expectedShown.map((i) => i.id));
          const expected = Object.fromEntries(Object.entries(given).filter(([id]) => kept.has(id)));
          expect({ ...outcome.answers }).toEqual(expected);
          expect([...outcome.removed].sort()).toEqual(
            Object.keys(given)
              .filter((id) => !kept.has(id))
              .sort(),
          );
          const { layout, answered } = outcome.visibility;
          expect(shownList(index, layout).map((i) => i.id)).toEqual(expectedShown.map((i) => i.id));
          expect(layout.total).toBe(expectedShown.length);
          expect(answered).toBe(expectedShown.filter((i) => i.id in expected).length);
          // The incremental result and the machine-free computation agree on the new answers too.
          const scratch = computeVisibility(index, expected);
          expect(shownList(index, scratch.layout)).toEqual(shownList(index, layout));
          expect(scratch.layout.sectionCounts).toEqual(layout.sectionCounts);
          expect(scratch.answered).toBe(answered);
          answers = outcome.answers;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds next, previous and places in sections as counting the shown list would', () => {
    fc.assert(
      fc.property(runs, ({ size, seed, share, mix, steps }) => {
        const q = defineQuestionnaire(generatedDefinition(size, seed, share, mix));
        const index = indexQuestionnaire(q);
        const answers = Object.fromEntries(
          steps.map(([pick, choice]) => {
            const item = q.items[pick % q.items.length]!;
            return [item.id, valueFor(item, choice)];
          }),
        );
        const { layout } = computeVisibility(index, answers);
        const shown = oracleShown(q, answers);
        const positions = shown.map((i) => index.position.get(i.id)!);
        const sectionsShown = q.sections.filter((s) => shown.some((i) => i.section === s.id));
        expect(nextShown(layout, -1)).toBe(positions[0] ?? -1);
        expect(previousShown(layout, q.items.length)).toBe(positions.at(-1) ?? -1);
        q.items.forEach((item, at) => {
          expect(isShown(layout, at)).toBe(positions.includes(at));
          expect(nextShown(layout, at)).toBe(positions.find((p) => p > at) ?? -1);
          expect(previousShown(layout, at)).toBe(positions.findLast((p) => p < at) ?? -1);
          if (!isShown(layout, at)) return;
          const inSection = shown.filter((i) => i.section === item.section);
          expect(placeInSection(index, layout, at)).toBe(inSection.indexOf(item) + 1);
          expect(sectionPlace(layout, index.sectionOf[at]!)).toEqual({
            place: sectionsShown.findIndex((s) => s.id === item.section) + 1,
            of: sectionsShown.length,
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
