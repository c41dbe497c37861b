import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  currentQuestion,
  progress,
  reviewRows,
  removedQuestions,
  ScreeningRecordSchema,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q, {
  recommend: (profile) =>
    profile.domains.filter((d) => d.level === 'strong').map((d) => `help-with-${d.domain}`),
});
function run(...events: ScreeningEvent[]) {
  const actor = createActor(machine, { input: { reference: 'case-7' } }).start();
  for (const e of events) actor.send(e);
  return actor;
}
const begin: ScreeningEvent[] = [
  { type: 'START', at: '2026-11-24T10:00:00Z' },
  { type: 'CONSENT', given: true },
];

describe('a screening run', () => {
  it('goes intro → consent → answering → review → complete and outputs a valid record', () => {
    const actor = run(
      ...begin,
      { type: 'ANSWER', value: 'most-of-the-time' },
      { type: 'ANSWER', value: 'yes' },
      { type: 'ANSWER', value: 'often' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: ['music'] },
    );
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'SUBMIT', at: '2026-11-24T10:25:00Z' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('complete');
    const record = ScreeningRecordSchema.parse(snap.output);
    expect(record).toMatchObject({
      questionnaire: { id: 'small-test', version: '1.0.0' },
      reference: 'case-7',
      startedAt: '2026-11-24T10:00:00Z',
      completedAt: '2026-11-24T10:25:00Z',
      strengths: ['Music'],
      flags: [],
      recommendedAdjustments: ['help-with-reading', 'help-with-injury'],
      referrals: [{ id: 'injury-gp' }],
    });
    expect(record.profile.domains.map((d) => d.level)).toEqual(['strong', 'strong']);
  });

  it('asks the current question with its wording and options, and shows progress by section', () => {
    const actor = run(...begin);
    const snap = actor.getSnapshot();
    expect(snap.context.currentItemId).toBe('letters');
    const current = currentQuestion(q, snap)!;
    expect(current.item.text).toBe('Are letters hard to read?');
    expect(current.options.map((o) => o.value)).toEqual([
      'never',
      'sometimes',
      'often',
      'most-of-the-time',
    ]);
    expect(progress(q, snap)).toMatchObject({
      section: 1,
      sections: 2,
      question: 1,
      questionsInSection: 2,
      sectionTitle: 'Everyday life',
    });
  });

  it('keeps the machine on the question with an error for an invalid answer', () => {
    const actor = run(...begin, { type: 'ANSWER', value: 'always' });
    const snap = actor.getSnapshot();
    expect(snap.context.currentItemId).toBe('letters');
    expect(snap.context.error).toMatchObject({ itemId: 'letters', code: 'invalid-option' });
    expect(snap.context.answers).toEqual({});
    actor.send({ type: 'ANSWER', value: 'never' });
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('records a skip as "prefer not to say" and moves on', () => {
    const actor = run(...begin, { type: 'SKIP' });
    expect(actor.getSnapshot().context.answers).toEqual({ letters: null });
    expect(actor.getSnapshot().context.currentItemId).toBe('head');
  });

  it('goes back to the previous shown question, keeping its answer', () => {
    const actor = run(
      ...begin,
      { type: 'ANSWER', value: 'often' },
      { type: 'ANSWER', value: 'no' },
      { type: 'BACK' },
    );
    const snap = actor.getSnapshot();
    expect(snap.context.currentItemId).toBe('head');
    expect(currentQuestion(q, snap)!.answer).toBe('no');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('consent');
  });

  it('changing an answer from review that hides a follow-up drops its answer, says so and returns to review', () => {
    const actor = run(
      ...begin,
      { type: 'ANSWER', value: 'never' },
      { type: 'ANSWER', value: 'yes' },
      { type: 'ANSWER', value: 'often' },
      { type: 'ANSWER', value: 'no' },
      { type: 'SKIP' },
    );
    expect(reviewRows(q, actor.getSnapshot()).map((r) => r.item.id)).toEqual([
      'letters',
      'head',
      'headaches',
      'crisis',
      'good-at',
    ]);
    actor.send({ type: 'CHANGE', itemId: 'head' });
    expect(actor.getSnapshot().context.currentItemId).toBe('head');
    actor.send({ type: 'ANSWER', value: 'no' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('review');
    expect(snap.context.answers).not.toHaveProperty('headaches');
    expect(removedQuestions(q, snap).map((i) => i.id)).toEqual(['headaches']);
    expect(reviewRows(q, snap).find((r) => r.item.id === 'good-at')).toMatchObject({
      skipped: true,
      labels: [],
    });
  });

  it('changing an answer that reveals a follow-up asks it before returning to review', () => {
    const actor = run(
      ...begin,
      { type: 'ANSWER', value: 'never' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'no' },
      { type: 'SKIP' },
    );
    actor.send({ type: 'CHANGE', itemId: 'head' });
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(actor.getSnapshot().context.currentItemId).toBe('headaches');
    actor.send({ type: 'ANSWER', value: 'sometimes' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('raises a safeguarding flag at once without ending the screening', () => {
    const actor = run(
      ...begin,
      { type: 'ANSWER', value: 'never' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'yes' },
    );
    const snap = actor.getSnapshot();
    expect(snap.context.flags).toEqual([
      { itemId: 'crisis', message: 'Follow your safeguarding procedure now.', raisedAt: null },
    ]);
    expect(snap.value).toBe('answering');
    expect(snap.context.currentItemId).toBe('good-at');
  });

  it('keeps no answers when the person declines or withdraws', () => {
    expect(run({ type: 'START' }, { type: 'CONSENT', given: false }).getSnapshot()).toMatchObject({
      value: 'declined',
      status: 'done',
      output: null,
    });
    const withdrawn = run(
      ...begin,
      { type: 'ANSWER', value: 'often' },
      { type: 'ANSWER', value: 'yes' },
      { type: 'WITHDRAW' },
    ).getSnapshot();
    expect(withdrawn).toMatchObject({ value: 'withdrawn', status: 'done', output: null });
    expect(withdrawn.context.answers).toEqual({});
    expect(withdrawn.context.flags).toEqual([]);
  });

  it('ignores unknown events and events that do not apply', () => {
    const actor = run(
      { type: 'SUBMIT' } as ScreeningEvent,
      { type: 'NONSENSE' } as unknown as ScreeningEvent,
      { type: 'CHANGE', itemId: 'letters' },
    );
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'START' });
    actor.send({ type: 'CONSENT', given: true });
    actor.send({ type: 'CHANGE', itemId: 'letters' });
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
  });

  it('is deterministic: the same events give the same record', () => {
    const events: ScreeningEvent[] = [
      ...begin,
      { type: 'ANSWER', value: 'often' },
      { type: 'SKIP' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: ['sport'] },
      { type: 'SUBMIT', at: '2026-11-24T11:00:00Z' },
    ];
    expect(run(...events).getSnapshot().output).toEqual(run(...events).getSnapshot().output);
  });
});
