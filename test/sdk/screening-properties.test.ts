import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { defineQuestionnaire, shownItems, STEP_ERROR_CODES } from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  restoreScreening,
  saveScreening,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q);

const anyValue = fc.constantFrom<unknown>(
  'never',
  'sometimes',
  'often',
  'most-of-the-time',
  'yes',
  'no',
  ['sport'],
  ['sport', 'music'],
  [],
  'bogus',
  42,
  null,
  '',
);
const anyEvent: fc.Arbitrary<ScreeningEvent> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ type: 'START' } as ScreeningEvent) },
  {
    weight: 1,
    arbitrary: fc.boolean().map((given) => ({ type: 'CONSENT', given }) as ScreeningEvent),
  },
  { weight: 8, arbitrary: anyValue.map((value) => ({ type: 'ANSWER', value }) as ScreeningEvent) },
  { weight: 2, arbitrary: fc.constant({ type: 'SKIP' } as ScreeningEvent) },
  { weight: 2, arbitrary: fc.constant({ type: 'BACK' } as ScreeningEvent) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('letters', 'head', 'headaches', 'crisis', 'good-at', 'nope')
      .map((itemId) => ({ type: 'CHANGE', itemId }) as ScreeningEvent),
  },
  {
    weight: 1,
    arbitrary: fc.constant({ type: 'SUBMIT', at: '2026-01-01T10:00:00Z' } as ScreeningEvent),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'WITHDRAW' } as ScreeningEvent) },
  { weight: 1, arbitrary: fc.constant({ type: 'UNKNOWN' } as unknown as ScreeningEvent) },
);
// Most runs should get past consent, so a third of sequences start with START and CONSENT, and a
// third finish a whole screening first, so saving and restoring a completed run is exercised too.
const completed: ScreeningEvent[] = [
  { type: 'START', at: '2026-01-01T09:00:00Z' },
  { type: 'CONSENT', given: true },
  { type: 'ANSWER', value: 'often' },
  { type: 'ANSWER', value: 'yes' },
  { type: 'ANSWER', value: 'sometimes' },
  { type: 'ANSWER', value: 'no' },
  { type: 'ANSWER', value: ['sport'] },
  { type: 'SUBMIT', at: '2026-01-01T09:20:00Z' },
];
const sequences = fc.oneof(
  fc.array(anyEvent, { maxLength: 40 }),
  fc
    .array(anyEvent, { maxLength: 40 })
    .map((rest) => [
      { type: 'START' } as ScreeningEvent,
      { type: 'CONSENT', given: true } as ScreeningEvent,
      ...rest,
    ]),
  fc
    .tuple(fc.integer({ min: 0, max: completed.length }), fc.array(anyEvent, { maxLength: 10 }))
    .map(([cut, rest]) => [...completed.slice(0, cut), ...rest, ...completed.slice(cut)]),
);

const visible = (snap: any) => new Set(shownItems(q, snap.context.answers).map((i) => i.id));
const settings = { numRuns: 1000 };
/** Finished actors ignore events (and XState warns), so runs stop sending once done. */
const live = (actor: { getSnapshot(): { status: string } }) =>
  actor.getSnapshot().status === 'active';

describe('screening machine properties over random event sequences', () => {
  it('never throws and never ends in an error state', () => {
    fc.assert(
      fc.property(sequences, (events) => {
        const actor = createActor(machine).start();
        for (const e of events) if (live(actor)) actor.send(e);
        expect(actor.getSnapshot().status).not.toBe('error');
      }),
      settings,
    );
  });

  it('never loses an answer that is still shown, except the one being answered', () => {
    fc.assert(
      fc.property(sequences, (events) => {
        const actor = createActor(machine).start();
        for (const e of events) {
          if (!live(actor)) break;
          const before = actor.getSnapshot();
          actor.send(e);
          const after = actor.getSnapshot();
          if (after.value === 'withdrawn' || after.value === 'declined') continue;
          const stillShown = visible(after);
          for (const [id, value] of Object.entries(before.context.answers)) {
            if (id === before.context.currentItemId || !stillShown.has(id)) continue;
            expect(after.context.answers[id]).toEqual(value);
          }
        }
      }),
      settings,
    );
  });

  it('never reaches complete without passing review', () => {
    fc.assert(
      fc.property(sequences, (events) => {
        const actor = createActor(machine).start();
        let previous = actor.getSnapshot().value;
        for (const e of events) {
          if (!live(actor)) break;
          actor.send(e);
          const now = actor.getSnapshot().value;
          if (now === 'complete' && previous !== 'complete') expect(previous).toBe('review');
          previous = now;
        }
      }),
      settings,
    );
  });

  // Issue 13: every event a machine cannot accept gives an error the page shows, never silence.
  // A safeguarding disclosure that breaks the lists above all must not vanish.
  it('never ignores an event: each one moves the run on or sets an error', () => {
    const withSafeguarding = fc.oneof(
      { weight: 6, arbitrary: anyEvent },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('self-harm', 'made-up')
          .map((kind) => ({ type: 'RECORD_DISCLOSURE', kind }) as unknown as ScreeningEvent),
      },
    );
    fc.assert(
      fc.property(fc.array(withSafeguarding, { maxLength: 40 }), (events) => {
        const actor = createActor(machine).start();
        for (const e of events) {
          if (!live(actor)) break;
          const before = actor.getSnapshot();
          const was = JSON.stringify([before.value, { ...before.context, error: null }]);
          actor.send(e);
          const after = actor.getSnapshot();
          if (!live(actor)) continue;
          const now = JSON.stringify([after.value, { ...after.context, error: null }]);
          if (now === was)
            expect(after.context.error, `${String(before.value)} ${e.type}`).not.toBeNull();
        }
      }),
      settings,
    );
  });

  it('continues identically after a save and restore at any step', () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (events, at) => {
        const split = events.length === 0 ? 0 : at % (events.length + 1);
        const straight = createActor(machine).start();
        for (const e of events) if (live(straight)) straight.send(e);

        const first = createActor(machine).start();
        for (const e of events.slice(0, split)) if (live(first)) first.send(e);
        const saved = JSON.stringify(saveScreening(q, first.getPersistedSnapshot()));
        const restored = restoreScreening(q, saved);
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        const second = createActor(machine, { snapshot: restored.snapshot }).start();
        for (const e of events.slice(split)) if (live(second)) second.send(e);

        const a = straight.getSnapshot();
        const b = second.getSnapshot();
        expect(b.value).toEqual(a.value);
        // A refusal of the step itself (an event the step cannot take) is not saved: the host
        // sends again. Everything else must be the same.
        const kept = (c: typeof a.context) => ({
          ...c,
          error: c.error && STEP_ERROR_CODES.includes(c.error.code) ? null : c.error,
        });
        expect(kept(b.context)).toEqual(kept(a.context));
        expect(b.output).toEqual(a.output);
      }),
      settings,
    );
  });
});
