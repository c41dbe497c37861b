// What a host sends is checked before it is trusted: a bad `at` is refused like a bad answer, and a
// malformed event is caught by the documented guard before it can stop the actor.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  isScreeningEvent,
  ScreeningRecordSchema,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q);
const BAD_TIMES = [
  'yesterday',
  '2026-11-24',
  '2026-11-24 10:00:00Z',
  '2026-02-30T10:00:00Z',
  '2025-02-29T10:00:00Z',
  '2026-11-24T24:00:00Z',
  '2026-11-24T10:60:00Z',
  '2026-11-24T10:00:60Z',
  '2026-13-01T10:00:00Z',
  '2026-11-24T10:00:00+15:00',
  '2026-11-24T10:00:00',
  '',
];

function toReview() {
  const actor = createActor(machine).start();
  for (const e of [
    { type: 'START', at: '2026-11-24T09:00:00Z' },
    { type: 'CONSENT', given: true },
    { type: 'ANSWER', value: 'often' },
    { type: 'ANSWER', value: 'no' },
    { type: 'ANSWER', value: 'no' },
    { type: 'ANSWER', value: ['sport'] },
  ] as ScreeningEvent[])
    actor.send(e);
  return actor;
}

describe('times sent on events', () => {
  it.each(BAD_TIMES)('refuses START at %j with an error in context, and stores nothing', (at) => {
    const actor = createActor(machine).start();
    actor.send({ type: 'START', at });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('intro');
    expect(snap.context.startedAt).toBeNull();
    expect(snap.context.error?.code).toBe('invalid-time');
    actor.send({ type: 'START', at: '2026-02-28T23:59:59.5+01:00' });
    expect(actor.getSnapshot().value).toBe('consent');
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it.each(BAD_TIMES)('refuses SUBMIT at %j, so no record carries it', (at) => {
    const actor = toReview();
    actor.send({ type: 'SUBMIT', at });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.error?.code).toBe('invalid-time');
    actor.send({ type: 'SUBMIT', at: '2024-02-29T10:00:00Z' });
    const record = actor.getSnapshot().output;
    expect(record?.completedAt).toBe('2024-02-29T10:00:00Z');
    expect(ScreeningRecordSchema.safeParse(record).success).toBe(true);
  });

  it('never refuses a withdrawal, whatever time comes with it', () => {
    const actor = toReview();
    actor.send({ type: 'WITHDRAW', at: 'not a time' });
    expect(actor.getSnapshot().value).toBe('withdrawn');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('the record schema refuses a time that is not a real one', () => {
    const record = toReview();
    record.send({ type: 'SUBMIT', at: '2026-11-24T10:00:00Z' });
    for (const at of BAD_TIMES.filter(Boolean))
      expect(
        ScreeningRecordSchema.safeParse({ ...record.getSnapshot().output, completedAt: at })
          .success,
        at,
      ).toBe(false);
  });
});

describe('malformed events', () => {
  const malformed: unknown[] = [
    {},
    { type: 42 },
    null,
    undefined,
    'START',
    [],
    { type: 'CONSENT' },
    { type: 'CONSENT', given: 'yes' },
    { type: 'CHANGE' },
    { type: 'ANSWER' },
    { type: 'START', at: '2026-02-30T10:00:00Z' },
    { type: 'UNKNOWN' },
  ];

  it.each(malformed.map((e) => [JSON.stringify(e) ?? 'undefined', e]))(
    'the guard refuses %s',
    (_name, event) => {
      expect(isScreeningEvent(event)).toBe(false);
    },
  );

  it('without the guard, XState stops the actor for good on {}: why hosts need it', () => {
    const actor = createActor(machine).start();
    actor.subscribe({ error: () => {} });
    actor.send({} as never);
    expect(actor.getSnapshot().status).toBe('error');
  });

  it('any value that passes the guard leaves the actor running', () => {
    const eventLike = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.constantFrom(
            'START',
            'CONSENT',
            'ANSWER',
            'SKIP',
            'BACK',
            'CHANGE',
            'SUBMIT',
            'WITHDRAW',
            'X',
          ),
          given: fc.anything(),
          value: fc.anything(),
          itemId: fc.oneof(fc.string(), fc.constantFrom('letters', 'head', 'crisis')),
          at: fc.oneof(
            fc.string(),
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          ),
        },
        { requiredKeys: ['type'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(eventLike, { maxLength: 30 }), (events) => {
        const actor = createActor(machine).start();
        actor.subscribe({ error: () => {} });
        for (const e of events) if (isScreeningEvent(e)) actor.send(e);
        expect(actor.getSnapshot().status).not.toBe('error');
      }),
      { numRuns: 500 },
    );
  });
});

describe('times in other exports', () => {
  it('an xAPI statement never carries a time that is not a real ISO 8601 date-time: such a time is an error', async () => {
    const { createTrainingMachine, TrainingModuleSchema, xapiStatements, XapiError } =
      await import('@attune/sdk/training');
    const { rawTrainingModule, trainingFolders } = await import('../fixtures/training-content.js');
    const module = TrainingModuleSchema.parse(rawTrainingModule(trainingFolders[0]!).module);
    const context = {
      ...createActor(createTrainingMachine(module)).start().getSnapshot().context,
      registration: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
    };
    const actor = {
      objectType: 'Agent' as const,
      account: { homePage: 'https://lms.example.org', name: 'l-1' },
    };
    // Issue #18: a host's at: 'yesterday' is an error, not a statement.
    for (const at of ['yesterday', '2026-02-30T10:00:00Z'])
      expect(() =>
        xapiStatements(
          module,
          { ...context, read: module.lessons.map((l) => ({ lessonId: l.id, at })) },
          actor,
          'https://attune.example.org/',
        ),
      ).toThrow(XapiError);
    const statements = xapiStatements(
      module,
      {
        ...context,
        read: module.lessons.map((l) => ({ lessonId: l.id, at: '2026-02-28T10:00:00Z' })),
      },
      actor,
      'https://attune.example.org/',
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s.timestamp).toBe('2026-02-28T10:00:00Z');
  });
});
