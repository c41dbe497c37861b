import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { createActor } from 'xstate';
import {
  createMentoringPlanMachine,
  MENTORING_PLAN_SCHEMA_VERSION,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
  MentoringPlanRecordV3Schema,
} from '@attune/sdk/mentoring';
import { CaseSchema } from '@attune/sdk/cases';
import { jsonSchemaFor } from '@attune/sdk/interop';
import { yearCase } from '../fixtures/caseload';

// A plan as version 1 of the SDK wrote it (made by that version's machine, kept as a file), so
// plans people already hold keep opening after the record's shape changed.
const v1 = JSON.parse(
  readFileSync(new URL('../fixtures/mentoring-plan-v1.json', import.meta.url), 'utf8'),
);

describe('mentoring plans saved before version 2', () => {
  it('read as the current version, with nothing guessed and nothing lost', () => {
    expect(v1.schemaVersion).toBe(1);
    const plan = MentoringPlanRecordSchema.parse(v1);
    expect(plan.schemaVersion).toBe(MENTORING_PLAN_SCHEMA_VERSION);
    expect(MentoringPlanRecordV3Schema.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({
      reference: v1.reference,
      mentor: null,
      nextMeeting: null,
      ownAdjustments: [],
      selfRatings: [],
      agreedAt: v1.agreedAt,
      check: v1.check,
    });
    expect(plan.goals.map((g) => [g.kind, g.area, g.title])).toEqual(
      v1.goals.map((g: { area: string; title: string }) => ['practical', g.area, g.title]),
    );
    expect(plan.goals.flatMap((g) => g.steps.map((s) => s.chosenBy))).toEqual([null, null]);
    expect(
      plan.meetings.map((m) => ({
        at: m.at,
        updates: m.updates.map(({ because: _b, ...u }) => u),
      })),
    ).toEqual(v1.meetings);
    expect(plan.meetings.flatMap((m) => m.updates.map((u) => u.because))).toEqual([null, null]);
    expect(plan.meetings.map((m) => m.view)).toEqual([null]);
  });

  it('open in the machine where they were left and carry on at the next meeting', () => {
    const a = createActor(createMentoringPlanMachine(), {
      input: { plan: MentoringPlanRecordSchema.parse(v1) },
    }).start();
    expect(a.getSnapshot().value).toBe('active');
    a.send({
      type: 'RECORD_MEETING',
      at: '2026-10-29T10:00:00Z',
      updates: [{ goal: 1, step: 0, status: 'done' }],
      view: 'Got the certificate in the end.',
    });
    const record = mentoringPlanRecord(a.getSnapshot().context);
    expect(record.schemaVersion).toBe(MENTORING_PLAN_SCHEMA_VERSION);
    expect(record.goals[1]!.steps[0]!.status).toBe('done');
    expect(record.meetings).toHaveLength(2);
  });

  it('open from a case that holds one, so a caseload saved before the change still unlocks', () => {
    const c = yearCase(0);
    const withOld = {
      ...c,
      entries: [
        ...c.entries,
        { id: 'old-plan', on: '2026-10-01', kind: 'mentoring-plan', record: v1 },
      ],
    };
    const parsed = CaseSchema.parse(JSON.parse(JSON.stringify(withOld)));
    const entry = parsed.entries.find((e) => e.id === 'old-plan');
    expect(entry?.kind === 'mentoring-plan' && entry.record.schemaVersion).toBe(
      MENTORING_PLAN_SCHEMA_VERSION,
    );
  });

  it('still validate against the published JSON Schema, as do new ones; unknown versions do not', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(jsonSchemaFor('mentoring-plan'));
    expect(validate(v1)).toBe(true);
    expect(validate(MentoringPlanRecordSchema.parse(v1))).toBe(true);
    expect(validate({ ...v1, schemaVersion: MENTORING_PLAN_SCHEMA_VERSION + 1 })).toBe(false);
    // A version 1 plan with version 2's fields is neither: refused, not half-read.
    expect(validate({ ...v1, selfRatings: [] })).toBe(false);
    expect(MentoringPlanRecordSchema.safeParse({ ...v1, selfRatings: [] }).success).toBe(false);
  });
});
