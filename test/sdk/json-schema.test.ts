import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createActor } from 'xstate';
import { jsonSchemaFor, SCHEMA_NAMES } from '@attune/sdk/interop';
import { catalogue, recommendFromCatalogue } from '@attune/sdk/adjustments';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import { createScreeningMachine, currentQuestion, saveScreening } from '@attune/sdk/screening';

/** A completed needs screening, answered with each question's first option. */
function completed() {
  const actor = createActor(createScreeningMachine(needsScreening, { recommend: recommendFromCatalogue }), { input: { demographics: { ageBand: '25-34' } } }).start();
  actor.send({ type: 'START', at: '2026-11-24T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    const { item, options } = currentQuestion(needsScreening, actor.getSnapshot())!;
    actor.send(item.kind === 'text' ? { type: 'SKIP' } : { type: 'ANSWER', value: item.kind === 'multiple' ? [options[0]!.value] : options[0]!.value });
  }
  actor.send({ type: 'SUBMIT', at: '2026-11-24T09:25:00Z' });
  return actor;
}

describe('published JSON Schemas', () => {
  // Formats on, so source URLs and times are checked as a host's validator would.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  const validator = (name: (typeof SCHEMA_NAMES)[number]) => ajv.compile(jsonSchemaFor(name));

  it('are valid draft 2020-12 schemas for every published name', () => {
    expect(SCHEMA_NAMES).toEqual(['questionnaire', 'screening-record', 'saved-screening', 'adjustment-catalogue']);
    for (const name of SCHEMA_NAMES) expect(() => validator(name)).not.toThrow();
  });

  it('accept the built-in questionnaires, a real record, a saved run and the catalogue', () => {
    const actor = completed();
    const cases: [(typeof SCHEMA_NAMES)[number], unknown][] = [
      ['questionnaire', needsScreening],
      ['questionnaire', practicalSupport],
      ['screening-record', actor.getSnapshot().output],
      ['saved-screening', saveScreening(needsScreening, actor.getPersistedSnapshot())],
      ['adjustment-catalogue', catalogue],
    ];
    for (const [name, data] of cases) {
      const validate = validator(name);
      expect(validate(JSON.parse(JSON.stringify(data))), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('reject a record a host has got wrong', () => {
    const record = JSON.parse(JSON.stringify(completed().getSnapshot().output));
    const validate = validator('screening-record');
    expect(validate({ ...record, profile: { domains: [{ ...record.profile.domains[0], level: 'severe' }] } })).toBe(false);
    expect(validate({ ...record, name: 'A. Person' })).toBe(false);
    expect(validate({ ...record, completedAt: 'yesterday' })).toBe(false);
  });
});
