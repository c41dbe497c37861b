import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { defineQuestionnaire, scoreAnswers, shownItems } from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  ScreeningRecordSchema,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q);

/** The events a person could cause in a snapshot: a few valid answers, an invalid one, skip, back, change… */
function eventsFor(snapshot: any): ScreeningEvent[] {
  const common: ScreeningEvent[] = [{ type: 'WITHDRAW' }];
  switch (snapshot.value) {
    case 'intro':
      return [{ type: 'START', at: '2026-01-01T09:00:00Z' }, ...common];
    case 'consent':
      return [
        { type: 'CONSENT', given: true },
        { type: 'CONSENT', given: false },
        { type: 'BACK' },
        ...common,
      ];
    case 'answering': {
      const item = q.items.find((i) => i.id === snapshot.context.currentItemId)!;
      const values: unknown[] =
        item.kind === 'multiple'
          ? [['sport']]
          : item.kind === 'frequency'
            ? ['never', 'most-of-the-time']
            : ['yes', 'no'];
      return [
        ...values.map((value) => ({ type: 'ANSWER', value }) as ScreeningEvent),
        { type: 'ANSWER', value: 'not-an-option' },
        { type: 'SKIP' },
        { type: 'BACK' },
        ...common,
      ];
    }
    case 'review':
      return [
        { type: 'SUBMIT', at: '2026-01-01T09:30:00Z' },
        { type: 'BACK' },
        ...shownItems(q, snapshot.context.answers).map(
          (i) => ({ type: 'CHANGE', itemId: i.id }) as ScreeningEvent,
        ),
        ...common,
      ];
    default:
      return [];
  }
}

/** What must hold in every state the model reaches, checked on a real actor replaying the path. */
function expectConsistent(snapshot: any, path: readonly ScreeningEvent[]) {
  const ctx = snapshot.context;
  const shown = shownItems(q, ctx.answers).map((i) => i.id);
  for (const id of Object.keys(ctx.answers))
    expect(shown, `answer kept for hidden item ${id}`).toContain(id);
  if (snapshot.value === 'answering') expect(shown).toContain(ctx.currentItemId);
  else expect(ctx.currentItemId).toBeNull();
  if (snapshot.value === 'review') for (const id of shown) expect(ctx.answers).toHaveProperty(id);
  if (snapshot.value === 'declined' || snapshot.value === 'withdrawn') {
    expect(ctx.answers).toEqual({});
    // A safeguarding flag raised before stopping is kept (which flag and when), never the answers.
    for (const f of ctx.flags) expect(f.itemId).toBe('crisis');
    expect(snapshot.output).toBeNull();
  }
  if (snapshot.value === 'complete') {
    expect(path.at(-1)?.type).toBe('SUBMIT');
    const record = ScreeningRecordSchema.parse(snapshot.output);
    expect(record.profile.domains).toEqual(scoreAnswers(q, ctx.answers).domains);
    expect(record.answers).toEqual(ctx.answers);
  }
  const saidYesToCrisis = ctx.answers.crisis === 'yes';
  if (saidYesToCrisis) expect(ctx.flags.map((f: any) => f.itemId)).toContain('crisis');
}

describe('screening machine, model-based', () => {
  const paths = getShortestPaths(machine, {
    events: eventsFor,
    serializeState: (s: any) =>
      JSON.stringify({
        v: s.value,
        a: s.context.answers,
        c: s.context.currentItemId,
        r: s.context.returnToReview,
        f: s.context.flags.length,
      }),
  });

  it('reaches every state of the contract', () => {
    const reached = new Set(paths.map((p) => p.state.value));
    expect([...reached].sort()).toEqual([
      'answering',
      'complete',
      'consent',
      'declined',
      'intro',
      'review',
      'withdrawn',
    ]);
    expect(paths.length).toBeGreaterThan(100);
  });

  it('holds the contract on every generated path, replayed on a real actor', () => {
    for (const path of paths) {
      const actor = createActor(machine).start();
      const events: ScreeningEvent[] = [];
      for (const step of path.steps) {
        if (step.event.type.startsWith('xstate.')) continue;
        actor.send(step.event as ScreeningEvent);
        events.push(step.event as ScreeningEvent);
        expectConsistent(actor.getSnapshot(), events);
      }
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      expect(actor.getSnapshot().context.answers).toEqual(path.state.context.answers);
    }
  });
});
