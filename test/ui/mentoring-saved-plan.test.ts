import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  createMentoringPlanMachine,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
} from '@attune/sdk/mentoring';
import { readSavedPlan, SAVED_PLAN_FORMAT } from '../../site/flows/mentoring/saved-plan';
import { generatedPlan } from '../fixtures/mentoring-plans';

// A mentor's plan kept on the device by an earlier version of the page still opens after the
// record's version 3 (the person's words at each check) and the machine's errors changed shape.

const machine = createMentoringPlanMachine();
const STATES = ['choosingGoals', 'planningSteps', 'active', 'closed'];
// What the page writes: the machine's persisted snapshot (an agreed plan's), with this context.
const agreed = createActor(machine, {
  input: { plan: MentoringPlanRecordSchema.parse({ ...generatedPlan(5), closedAt: null }) },
})
  .start()
  .getPersistedSnapshot();
const saved = (context: object, value = 'active') =>
  JSON.stringify({ format: SAVED_PLAN_FORMAT, snapshot: { ...agreed, value, context } });

describe('a plan saved on this device', () => {
  it('saved by the version 2 page (a string error, checks without words) opens as it was', () => {
    const { schemaVersion: _v, kind: _k, ...v2 } = { ...generatedPlan(5), closedAt: null };
    v2.selfRatings = [{ at: '2026-12-02T10:00:00Z', ratings: { confidence: 2 } }];
    const read = readSavedPlan(
      saved({ ...v2, error: 'Add at least one step for every goal' }),
      STATES,
    ) as {
      context: Record<string, unknown>;
    };
    expect(read.context).toMatchObject({
      errors: [],
      error: null,
      selfRatings: [{ at: '2026-12-02T10:00:00Z', ratings: { confidence: 2 }, words: {} }],
      goals: v2.goals,
      meetings: v2.meetings,
    });
    const a = createActor(machine, { snapshot: read as never }).start();
    expect(a.getSnapshot().value).toBe('active');
    a.send({
      type: 'RECORD_SELF_RATING',
      ratings: { confidence: 3 },
      words: { 'situation-words': 'Better' },
    });
    expect(a.getSnapshot().context.selfRatings).toHaveLength(2);
  });

  it('saved now, with errors showing, opens without them and loses nothing else', () => {
    const a = createActor(machine).start();
    a.send({ type: 'ADD_GOAL', area: 'beliefs', title: 'x' });
    a.send({ type: 'ADD_GOAL', area: 'beliefs', title: 'Stop telling myself I always fail' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    const persisted = a.getPersistedSnapshot() as unknown as { context: object; value: string };
    expect(a.getSnapshot().context.errors).not.toEqual([]);
    const read = readSavedPlan(saved(persisted.context, persisted.value), STATES) as {
      context: { errors: unknown[] };
    };
    expect(read.context.errors).toEqual([]);
    const { errors: _e, error: _f, ...plan } = read.context as unknown as Record<string, unknown>;
    expect(
      MentoringPlanRecordSchema.parse({ schemaVersion: 3, kind: 'attune.mentoring-plan', ...plan }),
    ).toEqual(mentoringPlanRecord(a.getSnapshot().context));
  });
});
