import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  createReferralMachine,
  ReferralRecordSchema,
  restoreReferral,
  type ReferralEvent,
} from '@attune/sdk/follow-up';

const machine = createReferralMachine();
const today = '2027-03-01';
const run = (...events: ReferralEvent[]) => {
  const actor = createActor(machine, { input: { today, reference: 'IOM-0042' } }).start();
  for (const e of events) actor.send(e);
  return actor;
};
const send: ReferralEvent = {
  type: 'SEND',
  to: 'adult-adhd-service',
  areas: ['attention-impulsivity'],
  consentOn: '2026-12-01',
  on: '2026-12-03',
};

describe('a referral', () => {
  it('is recorded from sent to accepted to assessed, with the outcome in the person’s words', () => {
    const actor = run(
      send,
      { type: 'ACCEPT', on: '2026-12-20' },
      { type: 'ASSESS', on: '2027-02-14' },
      {
        type: 'OUTCOME',
        text: 'They said I have ADHD and I can try medication',
        personsWords: true,
      },
    );
    expect(actor.getSnapshot().value).toBe('assessed');
    expect(ReferralRecordSchema.parse(actor.getSnapshot().context.record)).toMatchObject({
      to: 'adult-adhd-service',
      consentOn: '2026-12-01',
      status: 'assessed',
      sentOn: '2026-12-03',
      acceptedOn: '2026-12-20',
      assessedOn: '2027-02-14',
      outcome: { personsWords: true },
    });
  });

  it('cannot be assessed before it is sent or accepted', () => {
    const actor = run({ type: 'ASSESS', on: '2026-12-01' });
    expect(actor.getSnapshot().value).toBe('preparing');
    actor.send(send);
    actor.send({ type: 'ASSESS', on: '2026-12-10' });
    expect(actor.getSnapshot().value).toBe('sent');
    expect(actor.getSnapshot().context.record.assessedOn).toBeNull();
  });

  it('refuses a step dated before the one before it, or after today', () => {
    const actor = run(send, { type: 'ACCEPT', on: '2026-12-02' });
    expect(actor.getSnapshot().value).toBe('sent');
    expect(actor.getSnapshot().context.error).toEqual({
      code: 'date',
      message: 'The date cannot be before 3 December 2026, the day of the step before it',
      field: 'on',
    });
    actor.send({ type: 'ACCEPT', on: '2027-03-02' });
    expect(actor.getSnapshot().value).toBe('sent');
    expect(actor.getSnapshot().context.error?.message).toBe('The date cannot be after today');
    actor.send({ type: 'ACCEPT', on: '2026-12-03' });
    expect(actor.getSnapshot().value).toBe('accepted');
  });

  it('is never sent without the person’s consent, dated on or before sending', () => {
    for (const bad of [
      { ...send, consentOn: '' },
      { ...send, consentOn: '2026-12-04' },
      { ...send, to: 'other' as const },
      { ...send, to: 'astrologer' as never },
    ])
      expect(run(bad as ReferralEvent).getSnapshot().value).toBe('preparing');
    expect(
      run({ ...send, to: 'other', otherService: 'Tenancy support' }).getSnapshot().context.record
        .otherService,
    ).toBe('Tenancy support');
  });

  it('ends when not accepted or withdrawn by the person', () => {
    expect(run(send, { type: 'NOT_ACCEPTED', on: '2026-12-09' }).getSnapshot().status).toBe('done');
    const withdrawn = run(
      send,
      { type: 'ACCEPT', on: '2026-12-09' },
      { type: 'WITHDRAW', on: '2027-01-02' },
    );
    expect(withdrawn.getSnapshot().output).toMatchObject({
      status: 'withdrawn',
      closedOn: '2027-01-02',
    });
  });
});

describe('a saved referral', () => {
  it('carries on from where it was, as the machine would have reached it', () => {
    const saved = run(send, { type: 'ACCEPT', on: '2026-12-20' }).getSnapshot().context.record;
    const restored = restoreReferral(JSON.parse(JSON.stringify(saved)), today);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.actor.getSnapshot().value).toBe('accepted');
    restored.actor.send({ type: 'ASSESS', on: '2027-01-30' });
    expect(restored.actor.getSnapshot().value).toBe('assessed');
  });

  it('is refused when forged: assessed before sent, dates out of order, in the future, or not a record', () => {
    const saved = run(
      send,
      { type: 'ACCEPT', on: '2026-12-20' },
      { type: 'ASSESS', on: '2027-01-30' },
    ).getSnapshot().context.record;
    const forgeries = [
      { ...saved, sentOn: '2027-02-01' },
      { ...saved, acceptedOn: null },
      { ...saved, assessedOn: '2027-03-05' },
      { ...saved, status: 'sent' },
      { ...saved, consentOn: null },
      { ...saved, sentOn: '2026-02-30' },
      { ...saved, kind: 'attune.review' },
      'not even an object',
    ];
    for (const forged of forgeries)
      expect(restoreReferral(forged, today).ok, JSON.stringify(forged)).toBe(false);
  });
});

describe('a referral, model-based', () => {
  it('reaches every state by its shortest path, with its dates in order', () => {
    const paths = getShortestPaths(machine, {
      input: { today },
      events: [
        send,
        { ...send, consentOn: '2027-01-01' },
        { type: 'ACCEPT', on: '2026-12-20' },
        { type: 'NOT_ACCEPTED', on: '2026-12-21' },
        { type: 'ASSESS', on: '2027-02-01' },
        { type: 'ASSESS', on: '2026-11-01' },
        { type: 'OUTCOME', text: 'Assessed: no diagnosis, support offered', personsWords: false },
        { type: 'WITHDRAW', on: '2027-01-05' },
      ],
      serializeState: (s: any) =>
        JSON.stringify([s.value, !!s.context.record.outcome, !!s.context.error]),
    });
    const reached = new Set(paths.map((p) => p.state.value));
    expect([...reached].sort()).toEqual(
      ['accepted', 'assessed', 'notAccepted', 'preparing', 'sent', 'withdrawn'].sort(),
    );
    for (const path of paths) {
      const actor = createActor(machine, { input: { today } }).start();
      for (const step of path.steps)
        if (!step.event.type.startsWith('xstate.')) actor.send(step.event as ReferralEvent);
      const r = ReferralRecordSchema.parse(actor.getSnapshot().context.record);
      const days = [r.consentOn, r.sentOn, r.acceptedOn, r.assessedOn, r.closedOn].filter(Boolean);
      expect(days).toEqual([...days].sort());
      if (r.assessedOn) expect(r.sentOn && r.acceptedOn).toBeTruthy();
    }
  });
});

describe('a referral, properties', () => {
  const day = fc
    .date({
      min: new Date('2026-10-01T00:00:00Z'),
      max: new Date('2027-04-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const anyEvent: fc.Arbitrary<ReferralEvent> = fc.oneof(
    fc.record({
      type: fc.constant('SEND' as const),
      to: fc.constantFrom('gp', 'other', 'liaison-and-diversion'),
      otherService: fc.option(fc.string({ maxLength: 90 }), { nil: undefined }),
      consentOn: day,
      on: day,
    }),
    fc.record({
      type: fc.constantFrom('ACCEPT', 'NOT_ACCEPTED', 'ASSESS', 'WITHDRAW'),
      on: day,
    }) as fc.Arbitrary<ReferralEvent>,
    fc.record({
      type: fc.constant('OUTCOME' as const),
      text: fc.string({ maxLength: 1100 }),
      personsWords: fc.boolean(),
    }),
  );
  // Forward is preparing → sent → accepted → assessed; not accepted and withdrawn end it.
  const rank = (s: string) =>
    ({ preparing: 0, sent: 1, accepted: 2, assessed: 3, 'not-accepted': 4, withdrawn: 4 })[s]!;

  it('only ever moves forward, with every date in order and none after today', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 25 }), (events) => {
        const actor = createActor(machine, { input: { today } }).start();
        let last = 'preparing';
        for (const e of events) {
          actor.send(e);
          const r = actor.getSnapshot().context.record;
          expect(actor.getSnapshot().status).not.toBe('error');
          expect(rank(r.status)).toBeGreaterThanOrEqual(rank(last));
          if (rank(last) === 4) expect(r.status).toBe(last);
          last = r.status;
          const days = [r.consentOn, r.sentOn, r.acceptedOn, r.assessedOn, r.closedOn].filter(
            (d): d is string => d !== null,
          );
          expect(days).toEqual([...days].sort());
          for (const d of days) expect(d <= today).toBe(true);
          if (r.assessedOn !== null) expect(r.acceptedOn !== null && r.sentOn !== null).toBe(true);
          // What the machine holds, a restore accepts: the two never disagree.
          expect(restoreReferral(r, today).ok).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
