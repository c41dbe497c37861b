import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { createReferralMachine, sendErrors, type ReferralEvent } from '@attune/sdk/follow-up';

// Issue 13: every event the referral machine cannot take gives an error a page can show (one
// shape, { code, message, field? }), all of a form's problems at once, never silence.

const today = '2027-03-01';
const machine = createReferralMachine();
const start = () => createActor(machine, { input: { today } }).start();
const send: ReferralEvent = { type: 'SEND', to: 'gp', consentOn: '2027-01-02', on: '2027-01-03' };

describe('the referral machine refuses out loud', () => {
  it('gives every problem with sending at once, each on its field', () => {
    const actor = start();
    actor.send({ type: 'SEND', to: '' as never, consentOn: '', on: '2027-13-01' });
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).toEqual([
      'to',
      'consentOn',
      'on',
    ]);
    actor.send({ ...send, to: 'other', otherService: ' ', consentOn: '2027-01-04' });
    expect(actor.getSnapshot().context.errors).toEqual([
      {
        code: 'other-service',
        message: 'Name the other service in 2 to 80 characters',
        field: 'otherService',
      },
      {
        code: 'consent-date',
        message: 'The person must agree to the referral on or before the day it is sent',
        field: 'consentOn',
      },
    ]);
    expect(sendErrors({ ...send, on: '2027-03-02' }, today)[0]?.message).toBe(
      'The day the referral was sent cannot be after today',
    );
  });

  it('says why when a step comes out of order, and clears the error once one is taken', () => {
    const actor = start();
    actor.send({ type: 'ASSESS', on: '2027-01-05' });
    expect(actor.getSnapshot().context.error).toEqual({
      code: 'not-now',
      message: 'The referral cannot be recorded as assessed now: it is not sent yet',
    });
    actor.send({ type: 'OUTCOME', text: 'Seen', personsWords: false });
    expect(actor.getSnapshot().context.error?.message).toMatch(/once the referral is assessed/);
    actor.send(send);
    expect(actor.getSnapshot().context.errors).toEqual([]);
    actor.send(send);
    expect(actor.getSnapshot().context.error?.message).toBe(
      'The referral cannot be recorded as sent now: it is sent',
    );
    actor.send({ type: 'HELLO' } as never);
    expect(actor.getSnapshot().context.error?.code).toBe('not-now');
    actor.send({ type: 'ACCEPT', on: '' });
    expect(actor.getSnapshot().context.error).toEqual({
      code: 'date',
      message: 'Enter the date it happened',
      field: 'on',
    });
  });

  it('an outcome with no words and no say on whose words gives both errors', () => {
    const actor = start();
    for (const e of [
      send,
      { type: 'ACCEPT', on: '2027-01-04' },
      { type: 'ASSESS', on: '2027-01-05' },
    ] as ReferralEvent[])
      actor.send(e);
    actor.send({ type: 'OUTCOME', text: ' ' } as never);
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).toEqual([
      'text',
      'personsWords',
    ]);
  });

  it('any event, in any state it has not ended in, moves it on or gives an error', () => {
    const day = fc.constantFrom('', '2026-12-31', '2027-01-03', '2027-02-01', '2027-03-02', 'x');
    const event: fc.Arbitrary<ReferralEvent> = fc.oneof(
      fc.record({
        type: fc.constant('SEND' as const),
        to: fc.constantFrom('gp', 'other', 'nobody'),
        otherService: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
        consentOn: day,
        on: day,
      }) as fc.Arbitrary<ReferralEvent>,
      fc.record({
        type: fc.constantFrom('ACCEPT', 'NOT_ACCEPTED', 'ASSESS', 'WITHDRAW', 'SHRUG'),
        on: day,
      }) as fc.Arbitrary<ReferralEvent>,
      fc.record({
        type: fc.constant('OUTCOME' as const),
        text: fc.string({ maxLength: 4 }),
        personsWords: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        const actor = start();
        for (const e of events) {
          if (actor.getSnapshot().status === 'done') break;
          const before = JSON.stringify(actor.getSnapshot().context.record);
          actor.send(e);
          const { record, errors, error } = actor.getSnapshot().context;
          const moved = JSON.stringify(record) !== before;
          // Moved on with no error, or stayed put with at least one error to show.
          expect(moved ? errors.length : errors.length > 0 ? 1 : 0).toBe(moved ? 0 : 1);
          expect(error).toEqual(errors[0] ?? null);
          for (const x of errors) expect(x.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 400 },
    );
  });
});
