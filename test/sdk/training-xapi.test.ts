import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createActor } from 'xstate';
import {
  createTrainingMachine,
  readTrainingImport,
  xapiStatements,
  XapiError,
  type TrainingContext,
  type TrainingEvent,
} from '@attune/sdk/training';
import { fixtureModule as module } from '../fixtures/training-module.js';

// The xAPI 1.0.3 rules a learning record store checks on every statement Attune makes.
const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i);
const uuid4 = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const languageMap = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/), z.string().min(1));
const activity = z.strictObject({
  objectType: z.literal('Activity'),
  id: iri,
  definition: z.strictObject({
    name: languageMap,
    type: iri,
    interactionType: z.literal('choice').optional(),
    choices: z
      .array(z.strictObject({ id: z.string().min(1), description: languageMap }))
      .optional(),
    correctResponsesPattern: z.array(z.string()).optional(),
  }),
});
const StatementSchema = z
  .strictObject({
    id: uuid4,
    // An account only: no name, no mbox, so nothing identifies the learner outside the service.
    actor: z.strictObject({
      objectType: z.literal('Agent'),
      account: z.strictObject({ homePage: iri, name: z.string().min(1) }),
    }),
    verb: z.strictObject({ id: iri, display: languageMap }),
    object: activity,
    result: z
      .strictObject({
        success: z.boolean().optional(),
        completion: z.boolean().optional(),
        response: z.string().optional(),
        score: z
          .strictObject({
            scaled: z.number().min(-1).max(1),
            raw: z.number(),
            min: z.number(),
            max: z.number(),
          })
          .refine((s) => s.min <= s.raw && s.raw <= s.max, 'raw between min and max')
          .optional(),
        extensions: z.record(iri, z.unknown()).optional(),
      })
      .optional(),
    context: z.strictObject({
      registration: uuid4,
      contextActivities: z.strictObject({
        parent: z.array(activity).min(1),
        grouping: z.array(activity).min(1),
      }),
      extensions: z.record(iri, z.unknown()).optional(),
    }),
    timestamp: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((s, ctx) => {
    const d = s.object.definition;
    if (d.type.endsWith('cmi.interaction')) {
      // A choice interaction names its choices, and the response is one of their ids.
      if (d.interactionType !== 'choice' || !d.choices?.length)
        ctx.addIssue({ code: 'custom', message: 'interaction without choice and choices' });
      const ids = new Set(d.choices?.map((c) => c.id));
      if (ids.size !== d.choices?.length)
        ctx.addIssue({ code: 'custom', message: 'duplicate ids' });
      if (s.result?.response !== undefined && !ids.has(s.result.response))
        ctx.addIssue({ code: 'custom', message: 'response is not a choice id' });
      for (const p of d.correctResponsesPattern ?? [])
        if (!ids.has(p)) ctx.addIssue({ code: 'custom', message: 'pattern is not a choice id' });
    }
  });

const REG = '0b7e9a52-3c1d-4f6e-8a90-b1c2d3e4f5a6';
const learner = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://lms.example.org', name: 'a1b2c3d4-learner' },
};
const at = (m: number) => `2026-11-24T09:${String(m).padStart(2, '0')}:00Z`;
function progress(registration = REG): TrainingContext {
  const actor = createActor(createTrainingMachine(module)).start();
  const events: TrainingEvent[] = [
    { type: 'START', seed: 8, registration, at: at(0) },
    { type: 'RATE', ratings: [2, 2, 2] },
    ...Array.from({ length: 6 }, (_, i): TrainingEvent => ({
      type: 'ANSWER',
      optionId: i % 2 ? 'a' : 'b',
      at: at(1 + i),
    })),
    { type: 'MARK_READ', lessonId: 'one', at: at(10) },
    { type: 'MARK_READ', lessonId: 'two', at: at(11) },
    { type: 'BEGIN_CHECK' },
    ...Array.from({ length: 6 }, (_, i): TrainingEvent[] => [
      { type: 'ANSWER', optionId: i < 3 ? 'a' : 'c', at: at(20 + i) },
      { type: 'NEXT', at: at(20 + i) },
    ]).flat(),
    { type: 'RETRY', seed: 5 },
    ...Array.from({ length: 6 }, (): TrainingEvent[] => [
      { type: 'ANSWER', optionId: 'a', at: at(40) },
      { type: 'NEXT', at: at(41) },
    ]).flat(),
    { type: 'NEXT' },
    { type: 'RATE', ratings: [4, 4, 5], at: at(50) },
  ];
  for (const e of events) actor.send(e);
  return actor.getSnapshot().context;
}

describe('xAPI statements a learning record store accepts', () => {
  const statements = xapiStatements(module, progress(), learner, 'https://attune.example.org/');

  it('meets the specification on every statement: UUID v4 ids, account actor, context with registration, parent and grouping', () => {
    for (const s of statements) StatementSchema.parse(s);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.map((s) => s.context.registration))).toEqual(new Set([REG]));
  });

  it('records the lessons, the test before, each check and completion, in order', () => {
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual([
      'experienced',
      'experienced',
      ...Array(6).fill('answered'),
      ...Array(6).fill('answered'),
      'failed',
      ...Array(6).fill('answered'),
      'passed',
      'completed',
    ]);
    const failed = statements.find((s) => s.verb.id.endsWith('failed'))!;
    expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.5, raw: 3, max: 6 } });
  });

  it('answers a question with the chosen option id, as a choice interaction with its choices', () => {
    const answer = statements.find((s) => s.verb.id.endsWith('answered'))!;
    expect(answer.object.definition).toMatchObject({ interactionType: 'choice' });
    expect(answer.object.definition.choices!.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(answer.object.definition.correctResponsesPattern).toEqual(['a']);
    expect(['a', 'b']).toContain(answer.result!.response);
    expect(answer.context.contextActivities.parent[0]!.id).toBe(
      'https://attune.example.org/training/fixture',
    );
    expect(answer.context.contextActivities.grouping[0]!.id).toBe(
      'https://attune.example.org/training',
    );
  });

  it('gives the same ids on every export of a run, and different ids to another run', () => {
    expect(xapiStatements(module, progress(), learner, 'https://attune.example.org')).toEqual(
      statements,
    );
    const other = xapiStatements(
      module,
      progress('9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'),
      learner,
      'https://attune.example.org',
    );
    const ids = new Set(statements.map((s) => s.id));
    expect(other.some((s) => ids.has(s.id))).toBe(false);
  });

  it('carries the completion record on the completed statement, which a team import reads back', () => {
    const imported = readTrainingImport(statements);
    expect(imported.records).toHaveLength(1);
    expect(imported.records[0]).toMatchObject({
      learner: 'a1b2c3d4-learner',
      moduleId: 'fixture',
      knowledgeBefore: 0.5,
      knowledgeAfter: 0.5,
      bestScore: 1,
      attempts: 2,
      passed: true,
      confidenceBefore: [2, 2, 2],
      confidenceAfter: [4, 4, 5],
    });
  });
});

describe('xAPI statements refuse what they cannot state truthfully', () => {
  const good = progress();
  const make = (p: TrainingContext, actor: unknown = learner) =>
    xapiStatements(module, p, actor as typeof learner, 'https://attune.example.org');

  it('throws on a time that is not ISO 8601, naming the field, instead of making a statement', () => {
    const forged = { ...good, read: [{ lessonId: 'one', at: 'yesterday' }, ...good.read.slice(1)] };
    expect(() => make(forged)).toThrow(XapiError);
    expect(() => make(forged)).toThrow(/read\[0\]\.at/);
  });

  it('throws on an actor with a name or email, or without an account on a web homePage', () => {
    expect(() => make(good, { ...learner, name: 'Sam Okafor' })).toThrow(/account only/);
    expect(() =>
      make(good, { objectType: 'Agent', account: { homePage: 'lms', name: 'x' } }),
    ).toThrow(/homePage/);
    expect(() =>
      make(good, { objectType: 'Agent', account: { homePage: 'https://a.example', name: ' ' } }),
    ).toThrow(/account\.name/);
  });

  it('throws when the run has no registration', () => {
    expect(() => make({ ...good, registration: null })).toThrow(/registration/);
  });
});
