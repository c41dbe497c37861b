import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { summariseCohort } from '@attune/sdk/evidence';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import {
  createScreeningMachine,
  currentQuestion,
  restoreScreening,
  saveScreening,
  ScreeningRecordSchema,
  type ScreeningRecord,
} from '@attune/sdk/screening';

/** Answers every shown question with its first option, stopping after `stopAfter` answers if given. */
function run(recordId: string | undefined, stopAfter = Infinity) {
  const actor = createActor(createScreeningMachine(needsScreening), {
    input: recordId === undefined ? {} : { recordId },
  }).start();
  actor.send({ type: 'START', at: '2026-11-24T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  for (let n = 0; actor.getSnapshot().value === 'answering' && n < stopAfter; n++) {
    const { item, options } = currentQuestion(needsScreening, actor.getSnapshot())!;
    if (item.kind === 'text') actor.send({ type: 'SKIP' });
    else
      actor.send({
        type: 'ANSWER',
        value: item.kind === 'multiple' ? [options[0]!.value] : options[0]!.value,
      });
  }
  return actor;
}

function finish(actor: ReturnType<typeof run>): ScreeningRecord {
  while (actor.getSnapshot().value === 'answering') actor.send({ type: 'SKIP' });
  actor.send({ type: 'SUBMIT', at: '2026-11-24T09:30:00Z' });
  return actor.getSnapshot().output!;
}

describe('a screening record carries the id its host gave the run', () => {
  it('puts the id on the record, valid against the record schema', () => {
    const record = finish(run('0b6a1c8e-5f7d-4c1e-9a57-3d2f8b1e6c40'));
    expect(record.id).toBe('0b6a1c8e-5f7d-4c1e-9a57-3d2f8b1e6c40');
    expect(ScreeningRecordSchema.safeParse(record).success).toBe(true);
  });

  it('makes no id of its own, so a run stays deterministic, and ignores an id that is too long', () => {
    expect(finish(run(undefined)).id).toBeUndefined();
    expect(finish(run('x'.repeat(101))).id).toBeUndefined();
  });

  it('keeps the id through a save and restore mid-way', () => {
    const actor = run('case-77-run-2', 5);
    const saved = saveScreening(needsScreening, actor.getPersistedSnapshot());
    const restored = restoreScreening(needsScreening, JSON.parse(JSON.stringify(saved)));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const again = createActor(createScreeningMachine(needsScreening), {
      snapshot: restored.snapshot,
    }).start();
    expect(finish(again).id).toBe('case-77-run-2');
  });

  it('lets the evidence base count a record imported twice once, and two runs with the same answers twice', () => {
    const a = finish(run('run-a'));
    const b = finish(run('run-b'));
    const summary = summariseCohort([a, a, b]);
    expect(summary.duplicates).toBe(1);
    // Same answers, different ids: two people, not one record twice.
    expect(summariseCohort([a, b]).duplicates).toBe(0);
  });
});
