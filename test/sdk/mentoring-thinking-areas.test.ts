import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  createMentoringPlanMachine,
  THINKING_AREAS,
  thinkingArea,
  ThinkingAreaSchema,
} from '@attune/sdk/mentoring';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';

// The thinking areas are SDK data in the practical areas' shape, so a host's plan and the site
// offer the same ones and the machine knows a thinking goal when it sees one.

describe('thinking areas as data', () => {
  it('are valid, each once, and never share an id with a practical area', () => {
    for (const a of THINKING_AREAS) expect(ThinkingAreaSchema.parse(a)).toEqual(a);
    const ids = THINKING_AREAS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of practicalSupport.domains) expect(ids).not.toContain(d.id);
    expect(ids).toEqual(['beliefs', 'decisions', 'resilience', 'motivation']);
  });

  it('have Easy Read wording shorter than the plain description, in short sentences', () => {
    for (const a of THINKING_AREAS) {
      expect(a.easyRead.length, a.id).toBeLessThan(a.description.length);
      for (const sentence of a.easyRead.split(/(?<=\.)\s+/))
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(10);
    }
  });

  it('make a goal about thinking in the plan, and any other area a practical one', () => {
    const a = createActor(createMentoringPlanMachine()).start();
    a.send({ type: 'ADD_GOAL', area: 'beliefs', title: 'Stop telling myself I always fail' });
    a.send({ type: 'ADD_GOAL', area: 'bank-account', title: 'Open a bank account' });
    expect(a.getSnapshot().context.goals.map((g) => [g.area, g.kind])).toEqual([
      ['beliefs', 'thinking'],
      ['bank-account', 'practical'],
    ]);
    expect(thinkingArea('beliefs')?.label).toBe('A belief that holds me back');
    expect(thinkingArea('bank-account')).toBeUndefined();
  });
});
