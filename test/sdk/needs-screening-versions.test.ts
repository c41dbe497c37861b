import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import {
  needsScreeningForVersion,
  needsScreeningV1,
} from '@attune/sdk/questionnaires/needs-screening-1';
import {
  createScreeningMachine,
  currentQuestion,
  restoreScreening,
  saveScreening,
  ScreeningRecordSchema,
} from '@attune/sdk/screening';
import { summariseCohort } from '@attune/sdk/evidence';
import {
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} from '@attune/sdk/interop/fhir';
import type { Questionnaire } from '@attune/sdk/questionnaire';

/** A completed run of a definition, "often" to every frequency question and the first option elsewhere. */
function completed(q: Questionnaire) {
  const actor = createActor(createScreeningMachine(q)).start();
  actor.send({ type: 'START', at: '2026-11-28T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    const { item, options } = currentQuestion(q, actor.getSnapshot())!;
    if (item.kind === 'text') actor.send({ type: 'SKIP' });
    else if (item.kind === 'multiple') actor.send({ type: 'ANSWER', value: [options[0]!.value] });
    else
      actor.send({
        type: 'ANSWER',
        value: item.kind === 'frequency' ? 'often' : options[0]!.value,
      });
  }
  actor.send({ type: 'SUBMIT', at: '2026-11-28T09:30:00Z' });
  return actor;
}

describe('records of version 1.x stay readable everywhere', () => {
  const v1 = ScreeningRecordSchema.parse(completed(needsScreeningV1).getSnapshot().output);
  const v2 = ScreeningRecordSchema.parse(completed(needsScreening).getSnapshot().output);

  it('finds the definition a record was made with by its version', () => {
    expect(needsScreeningForVersion(v1.questionnaire.version)).toBe(needsScreeningV1);
    expect(needsScreeningForVersion(v2.questionnaire.version)).toBe(needsScreening);
    expect(needsScreeningForVersion('9.9.9')).toBeNull();
  });

  it('counts 1.x and 2.0 records together in the evidence base, by version', () => {
    const summary = summariseCohort([v1, v2], { threshold: 1 });
    // Counts are protected (perturbed) in the summary, so check the versions are both known.
    expect(Object.keys(summary.versions)).toEqual(expect.arrayContaining(['1.0.1', '2.0.0']));
    expect(summary.versions.other ?? 0).toBe(0);
  });

  it('exports and imports a 1.x record as FHIR with its own definition, and says so when given the wrong one', () => {
    const response = toFhirQuestionnaireResponse(v1, needsScreeningV1);
    const back = fromFhirQuestionnaireResponse(
      response,
      needsScreeningForVersion(v1.questionnaire.version)!,
    );
    expect(back).toMatchObject({ ok: true, answers: v1.answers });
    const wrong = fromFhirQuestionnaireResponse(response, needsScreening);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('different-version');
  });

  it('gives a clear message, not a crash or a silent reset, when resuming a 1.x save', () => {
    const actor = createActor(createScreeningMachine(needsScreeningV1)).start();
    actor.send({ type: 'START', at: '2026-11-28T09:00:00Z' });
    actor.send({ type: 'CONSENT', given: true });
    const saved = saveScreening(needsScreeningV1, actor.getPersistedSnapshot());
    const result = restoreScreening(needsScreening, saved);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('different-version');
      expect(result.error.message).toMatch(/version 1\.0\.1 of the questions.*version 2\.0\.0/);
    }
  });
});
