import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  defineQuestionnaire,
  evaluateCondition,
  optionsFor,
  type Answers,
  type Item,
  type Questionnaire,
} from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  currentQuestion,
  progress,
  reviewRows,
} from '@attune/sdk/screening';
import { generatedDefinition } from '../fixtures/generated-questionnaire.js';

// The machine and selectors keep what is shown between steps instead of working it out again.
// Here, on generated questionnaires with conditions and random events, every snapshot is read
// the plain way (from its answers alone) and must say the same as the selectors.

function shownFromScratch(q: Questionnaire, answers: Answers): Item[] {
  const visible: Answers = {};
  const shown: Item[] = [];
  for (const item of q.items) {
    if (item.showIf && !evaluateCondition(item.showIf, visible)) continue;
    shown.push(item);
    if (answers[item.id] !== undefined) visible[item.id] = answers[item.id]!;
  }
  return shown;
}

/** Progress counted from the shown list, as the selector did before it kept its counts. */
function progressFromScratch(q: Questionnaire, answers: Answers, currentId: string) {
  const shown = shownFromScratch(q, answers);
  const current = shown.find((i) => i.id === currentId)!;
  const sections = q.sections.filter((s) => shown.some((i) => i.section === s.id));
  const inSection = shown.filter((i) => i.section === current.section);
  return {
    section: sections.findIndex((s) => s.id === current.section) + 1,
    sections: sections.length,
    sectionTitle: q.sections.find((s) => s.id === current.section)!.title,
    question: inSection.indexOf(current) + 1,
    questionsInSection: inSection.length,
    answered: shown.filter((i) => i.id in answers).length,
    shown: shown.length,
  };
}

type Step =
  | { kind: 'answer'; choice: number }
  | { kind: 'skip' }
  | { kind: 'back' }
  | { kind: 'change'; pick: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer'), choice: fc.nat({ max: 63 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'skip' }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'back' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('change'), pick: fc.nat() }) },
) as fc.Arbitrary<Step>;

/** A valid answer for the item being asked, chosen by `choice`. */
function answerFor(item: Item, choice: number): unknown {
  if (item.kind === 'text') return `Answer ${choice}`;
  const values = optionsFor(item).map((o) => o.value);
  if (item.kind === 'multiple') return values.filter((_, i) => (choice >> i) & 1 || i === 0);
  return values[choice % values.length];
}

describe('screening long generated questionnaires', () => {
  it('keeps answers, the current question, progress and review as reading the answers alone gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.array(step, { maxLength: 120 }),
        (size, seed, mix, steps) => {
          const q = defineQuestionnaire(generatedDefinition(size, seed, 0.5, mix));
          const actor = createActor(createScreeningMachine(q)).start();
          actor.send({ type: 'START' });
          actor.send({ type: 'CONSENT', given: true });
          for (const e of steps) {
            const before = actor.getSnapshot();
            if (before.status !== 'active') break;
            if (e.kind === 'answer') {
              const asked = currentQuestion(q, before);
              if (!asked) continue;
              actor.send({ type: 'ANSWER', value: answerFor(asked.item, e.choice) });
            } else if (e.kind === 'change') {
              actor.send({ type: 'CHANGE', itemId: q.items[e.pick % q.items.length]!.id });
            } else actor.send({ type: e.kind === 'skip' ? 'SKIP' : 'BACK' });
            const snap = actor.getSnapshot();
            const { answers, currentItemId } = snap.context;
            const shown = shownFromScratch(q, answers);
            // Only answers of shown items are kept.
            for (const id of Object.keys(answers)) expect(shown.map((i) => i.id)).toContain(id);
            if (snap.value === 'answering') {
              expect(shown.map((i) => i.id)).toContain(currentItemId);
              expect(currentQuestion(q, snap)!.item.id).toBe(currentItemId);
              expect(progress(q, snap)).toEqual(progressFromScratch(q, answers, currentItemId!));
            }
            if (snap.value === 'review')
              expect(reviewRows(q, snap).map((r) => r.item.id)).toEqual(shown.map((i) => i.id));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers a 1,000-item questionnaire straight through, asking every shown question once', () => {
    const q = defineQuestionnaire(generatedDefinition(1000, 7));
    const actor = createActor(createScreeningMachine(q)).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'CONSENT', given: true });
    const asked: string[] = [];
    for (let s = actor.getSnapshot(); s.value === 'answering'; s = actor.getSnapshot()) {
      const { item } = currentQuestion(q, s)!;
      asked.push(item.id);
      actor.send({ type: 'ANSWER', value: answerFor(item, asked.length) });
    }
    const { answers } = actor.getSnapshot().context;
    expect(asked).toEqual(shownFromScratch(q, answers).map((i) => i.id));
    expect(Object.keys(answers)).toEqual(asked);
  });
});
