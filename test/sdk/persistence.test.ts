import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import { createScreeningMachine, restoreScreening, saveScreening } from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q);

function savedMidway() {
  const actor = createActor(machine).start();
  actor.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  actor.send({ type: 'ANSWER', value: 'often' });
  actor.send({ type: 'ANSWER', value: 'yes' });
  return saveScreening(q, actor.getPersistedSnapshot());
}

describe('saving and restoring a screening', () => {
  it('restores a run mid-way, stamped with the questionnaire id and version', () => {
    const saved = savedMidway();
    expect(saved.questionnaire).toEqual({ id: 'small-test', version: '1.0.0' });
    const result = restoreScreening(q, JSON.stringify(saved));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const actor = createActor(machine, { snapshot: result.snapshot }).start();
    expect(actor.getSnapshot().context.currentItemId).toBe('headaches');
    expect(actor.getSnapshot().context.answers).toEqual({ letters: 'often', head: 'yes' });
  });

  const cases: [string, (text: string) => unknown, string][] = [
    ['text that is not JSON', (t) => t.slice(0, 40), 'corrupted'],
    ['an empty object', () => ({}), 'corrupted'],
    [
      'a run in an unknown state',
      (t) => ({ ...JSON.parse(t), run: { ...JSON.parse(t).run, state: 'somewhere' } }),
      'corrupted',
    ],
    ['an answer edited after saving', (t) => t.replace('"often"', '"never"'), 'tampered'],
    [
      'another questionnaire',
      (t) => ({ ...JSON.parse(t), questionnaire: { id: 'other', version: '1.0.0' } }),
      'different-questionnaire',
    ],
    [
      'an older version of the questions',
      (t) => ({ ...JSON.parse(t), questionnaire: { id: 'small-test', version: '0.9.0' } }),
      'different-version',
    ],
  ];

  it.each(cases)('explains %s with a typed error instead of crashing', (_name, damage, code) => {
    const result = restoreScreening(q, damage(JSON.stringify(savedMidway())));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/Delete it and start again/);
  });

  it('rejects a consistent-looking snapshot whose answers do not fit the questions', () => {
    const saved = savedMidway();
    const forged = saveScreening(q, {
      value: saved.run.state,
      context: { ...saved.run, answers: { letters: 'loudly', head: 'yes' } },
    });
    const result = restoreScreening(q, forged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('inconsistent');
  });
});

describe('restoring a completed screening', () => {
  function savedComplete() {
    const actor = createActor(machine).start();
    for (const e of [
      { type: 'START' },
      { type: 'CONSENT', given: true },
      { type: 'ANSWER', value: 'often' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: ['music'] },
      { type: 'SUBMIT', at: '2026-11-24T10:00:00Z' },
    ] as const)
      actor.send(e as never);
    return saveScreening(q, actor.getPersistedSnapshot());
  }
  it('restores the outcome with its record', () => {
    const result = restoreScreening(q, savedComplete());
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(
        createActor(machine, { snapshot: result.snapshot }).start().getSnapshot().output,
      ).toMatchObject({ strengths: ['Music'] });
  });
  it('keeps a finished run as answers and times only, and rebuilds its record', () => {
    const saved = savedComplete();
    expect(Object.keys(saved.run)).not.toContain('record');
    expect(JSON.stringify(saved)).not.toContain('"profile"');
  });
});
