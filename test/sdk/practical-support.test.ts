import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { isScored } from '@attune/sdk/questionnaire';
import { practicalSupport as q } from '@attune/sdk/questionnaires/practical-support';
import {
  createScreeningMachine,
  currentQuestion,
  ScreeningRecordSchema,
} from '@attune/sdk/screening';
import {
  createMentoringPlanMachine,
  FIRST_CHANGE_ITEM,
  FIRST_CHANGE_OTHER,
  firstChoiceArea,
} from '@attune/sdk/mentoring';

const AREAS = [
  'id-documents',
  'bank-account',
  'phone',
  'travel',
  'housing',
  'benefits',
  'debts',
  'work-training',
  'health-registration',
  'support-network',
  'peers',
  'drugs-alcohol',
  'public-funds',
];

describe('the practical-support check', () => {
  it('covers every practical area the mentoring service works on, each with scored questions', () => {
    expect(q.domains.map((d) => d.id).sort()).toEqual([...AREAS].sort());
    for (const area of AREAS)
      expect(
        q.items.filter((i) => isScored(i) && i.feeds![area]).length,
        area,
      ).toBeGreaterThanOrEqual(2);
  });

  it('has Easy Read wording and a note for the mentor on every question, and asks what to change first', () => {
    for (const item of q.items) {
      expect(item.easyRead.length, item.id).toBeGreaterThan(3);
      expect(item.why.length, item.id).toBeGreaterThan(20);
    }
    const first = q.items.find((i) => i.id === FIRST_CHANGE_ITEM)!;
    expect(first.options!.map((o) => o.value)).toEqual(
      expect.arrayContaining([...AREAS, FIRST_CHANGE_OTHER]),
    );
  });

  it('names the area to sort first from the answers, and no area for "something else"', () => {
    expect(firstChoiceArea({ [FIRST_CHANGE_ITEM]: 'phone' })).toBe('phone');
    expect(firstChoiceArea({ [FIRST_CHANGE_ITEM]: FIRST_CHANGE_OTHER })).toBeNull();
    expect(firstChoiceArea({})).toBeNull();
  });

  it('runs with the same screening machine, and its record starts a mentoring plan with the person’s first choice first', () => {
    const actor = createActor(createScreeningMachine(q)).start();
    actor.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
    actor.send({ type: 'CONSENT', given: true });
    for (let guard = 0; actor.getSnapshot().value === 'answering' && guard < 100; guard++) {
      const { item, options } = currentQuestion(q, actor.getSnapshot())!;
      if (item.id === 'first-change') actor.send({ type: 'ANSWER', value: 'phone' });
      else if (item.safeguarding)
        actor.send({
          type: 'ANSWER',
          value: options.find((o) => !item.safeguarding!.answers.includes(o.value))!.value,
        });
      else if (item.kind === 'text') actor.send({ type: 'SKIP' });
      else {
        const worst = [...options].sort((a, b) => b.score - a.score)[0]!.value;
        actor.send({ type: 'ANSWER', value: item.kind === 'multiple' ? [worst] : worst });
      }
    }
    actor.send({ type: 'SUBMIT', at: '2026-11-24T10:15:00Z' });
    const record = ScreeningRecordSchema.parse(actor.getSnapshot().output);
    expect(record.flags).toEqual([]);
    const plan = createActor(createMentoringPlanMachine(), { input: { check: record } }).start();
    const areas = plan.getSnapshot().context.suggestedAreas;
    expect(areas[0]).toBe('phone');
    expect(areas.length).toBeGreaterThan(3);
  });
});
