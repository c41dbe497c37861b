import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  createAdjustmentPlanMachine,
  type Adjustment,
  type AdjustmentPlanEvent,
} from '@attune/sdk/adjustments';

// The plan machine never ignores an event it refuses: it says what is wrong, every problem at
// once, each naming its field, in the one error shape every machine uses.
const entry = (id: string): Adjustment => ({
  id,
  title: id,
  summary: `Summary of ${id}`,
  easyRead: `Easy ${id}.`,
  domains: ['memory'],
  settings: ['supervision-appointment'],
  effort: 'low',
  sources: [{ title: 'T', publisher: 'P', year: 2021 }],
});
const machine = createAdjustmentPlanMachine([entry('reminders'), entry('plain-letters')]);
const start = (...events: AdjustmentPlanEvent[]) => {
  const actor = createActor(machine, {
    input: { needs: [{ domain: 'memory', level: 'strong' }] },
  }).start();
  for (const e of events) actor.send(e);
  return actor;
};
const at = '2026-11-28T10:00:00Z';

describe('errors from the adjustment plan machine', () => {
  it('refuses a reason over 300 characters with a message, where it used to stay silent', () => {
    const actor = start({ type: 'DECIDE', decision: 'not-now', reason: 'x'.repeat(301) });
    expect(actor.getSnapshot().value).toBe('reviewing');
    expect(actor.getSnapshot().context.errors).toEqual([
      { code: 'reason-length', message: 'Say why in 300 characters or fewer', field: 'reason' },
    ]);
  });

  it('puts the "say why" error on the reason, not on the choice', () => {
    const actor = start({ type: 'DECIDE', decision: 'not-wanted', reason: '  ' });
    expect(actor.getSnapshot().context.error).toMatchObject({
      code: 'reason-required',
      field: 'reason',
    });
  });

  it.each([
    ['', 'Enter the date to look at the plan again'],
    ['--', 'Enter the date to look at the plan again'],
    ['2027-02-31', 'The review date must be a real date, like 24 2 2027'],
    ['2027-Feb-03', 'The review date must be a real date, like 24 2 2027'],
    ['2026-11-28', 'The review date must be in the future'],
  ])(
    'says what is wrong with the review date %j, with every other problem',
    (reviewDate, message) => {
      const actor = start({ type: 'NEXT' }, { type: 'NEXT' });
      actor.send({ type: 'CONFIRM', agreedWithPerson: false, reviewDate, at });
      expect(actor.getSnapshot().context.errors).toEqual([
        { code: 'review-date', message, field: 'reviewDate' },
        {
          code: 'not-agreed',
          message: 'Confirm that you agreed this plan with the person',
          field: 'agreedWithPerson',
        },
      ]);
    },
  );

  it('an adjustment the person names follows the record’s own rule for its title', () => {
    const actor = start({ type: 'NEXT' }, { type: 'ADD_OWN', title: 'ab' });
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).toEqual(['title']);
    actor.send({ type: 'ADD_OWN', title: 'Meet at the gym', detail: 'd'.repeat(501) });
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).toEqual(['detail']);
    actor.send({ type: 'ADD_OWN', title: '  Meet at the gym  ' });
    expect(actor.getSnapshot().context).toMatchObject({
      errors: [],
      own: [{ title: 'Meet at the gym', detail: null }],
    });
  });

  it('any decision either moves on or leaves at least one error: never silence', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('agreed', 'not-now', 'not-wanted'), fc.string()),
        fc.option(fc.string({ maxLength: 400 }), { nil: undefined }),
        (decision, reason) => {
          const actor = start({ type: 'DECIDE', decision, reason } as AdjustmentPlanEvent);
          const { value, context } = actor.getSnapshot();
          const movedOn = value !== 'reviewing' || context.index === 1;
          expect(movedOn !== context.errors.length > 0).toBe(true);
        },
      ),
    );
  });
});
