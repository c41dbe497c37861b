import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  restoreScreening,
  saveScreening,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

// While a person answers, `context.answers` is a read-only view over the machine's answer store
// rather than a fresh plain object each step. Hosts read it as they read a plain object; these
// tests hold it to that, and hold a finished run's answers and record to being plain data.

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q);
const begin: ScreeningEvent[] = [
  { type: 'START', at: '2026-11-24T10:00:00Z' },
  { type: 'CONSENT', given: true },
];
function run(...events: ScreeningEvent[]) {
  const actor = createActor(machine).start();
  for (const e of [...begin, ...events]) actor.send(e);
  return actor;
}

describe('the answers a host reads while a screening runs', () => {
  const snapshot = run(
    { type: 'ANSWER', value: 'often' },
    { type: 'ANSWER', value: 'yes' },
    { type: 'SKIP' },
  ).getSnapshot();
  const answers = snapshot.context.answers;

  it('read like a plain object: properties, in, keys, entries, spread and JSON', () => {
    expect(answers.letters).toBe('often');
    expect(answers.headaches).toBeNull();
    expect(answers.crisis).toBeUndefined();
    expect('head' in answers).toBe(true);
    expect('crisis' in answers).toBe(false);
    expect(Object.hasOwn(answers, 'letters')).toBe(true);
    expect(Object.keys(answers)).toEqual(['letters', 'head', 'headaches']);
    expect(Object.entries(answers)).toEqual([
      ['letters', 'often'],
      ['head', 'yes'],
      ['headaches', null],
    ]);
    expect({ ...answers }).toEqual({ letters: 'often', head: 'yes', headaches: null });
    expect(JSON.parse(JSON.stringify(answers))).toEqual({
      letters: 'often',
      head: 'yes',
      headaches: null,
    });
    expect(answers).toEqual({ letters: 'often', head: 'yes', headaches: null });
  });

  it('cannot be changed, as a snapshot cannot', () => {
    expect(() => {
      (answers as Record<string, unknown>).letters = 'never';
    }).toThrow(TypeError);
    expect(() => {
      delete (answers as Record<string, unknown>).head;
    }).toThrow(TypeError);
    expect(answers.letters).toBe('often');
  });

  it('stay as they were in an earlier snapshot after later answers and changes', () => {
    const actor = run({ type: 'ANSWER', value: 'often' }, { type: 'ANSWER', value: 'yes' });
    const earlier = actor.getSnapshot();
    actor.send({ type: 'ANSWER', value: 'sometimes' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER', value: 'no' }); // hides "headaches" and drops its answer
    expect(actor.getSnapshot().context.answers).toEqual({ letters: 'often', head: 'no' });
    expect(actor.getSnapshot().context.removed).toEqual(['headaches']);
    expect(earlier.context.answers).toEqual({ letters: 'often', head: 'yes' });
  });

  it('print as the answers in Node, not as an empty object', () => {
    expect(inspect(answers)).toContain("letters: 'often'");
  });

  it('are plain data in a persisted snapshot, which a host can clone or store as it is', () => {
    const actor = run({ type: 'ANSWER', value: 'often' }, { type: 'ANSWER', value: 'yes' });
    const persisted = actor.getPersistedSnapshot() as unknown as { context: { answers: object } };
    expect(Object.getPrototypeOf(persisted.context.answers)).toBe(Object.prototype);
    expect(structuredClone(persisted)).toEqual(JSON.parse(JSON.stringify(persisted)));
  });

  it('save and restore as plain JSON, and the restored run carries on', () => {
    const actor = run({ type: 'ANSWER', value: 'often' }, { type: 'ANSWER', value: 'yes' });
    const saved = JSON.parse(JSON.stringify(saveScreening(q, actor.getPersistedSnapshot())));
    const restored = restoreScreening(q, saved);
    if (!restored.ok) throw restored.error;
    const again = createActor(machine, { snapshot: restored.snapshot }).start();
    again.send({ type: 'ANSWER', value: 'sometimes' });
    expect(again.getSnapshot().context.answers).toEqual({
      letters: 'often',
      head: 'yes',
      headaches: 'sometimes',
    });
  });
});

describe('a finished screening', () => {
  it('hands back plain answers and a record a host can clone or store as they are', () => {
    const actor = run(
      { type: 'ANSWER', value: 'often' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: ['sport'] },
      { type: 'SUBMIT', at: '2026-11-24T10:20:00Z' },
    );
    const { context, output } = actor.getSnapshot();
    expect(Object.getPrototypeOf(context.answers)).toBe(Object.prototype);
    // structuredClone refuses proxies, so this fails if anything the run hands back is a view.
    expect(structuredClone(output)).toEqual(output);
    expect(structuredClone(context.answers)).toEqual({
      letters: 'often',
      head: 'no',
      crisis: 'no',
      'good-at': ['sport'],
    });
  });
});
