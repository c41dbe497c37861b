import { readdirSync, readFileSync } from 'node:fs';
import { rawTrainingModule, trainingFolders } from '../fixtures/training-content.js';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createActor } from 'xstate';
import { jsonSchemaFor, SCHEMA_NAMES } from '@attune/sdk/interop';
import {
  catalogue,
  createAdjustmentPlanMachine,
  recommendFromCatalogue,
} from '@attune/sdk/adjustments';
import { createMentoringPlanMachine, mentoringPlanRecord } from '@attune/sdk/mentoring';
import {
  createReferralMachine,
  createReviewMachine,
  draftPassport,
  emptyConsent,
  finishPassport,
  recordConsent,
} from '@attune/sdk/follow-up';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import { createScreeningMachine, currentQuestion, saveScreening } from '@attune/sdk/screening';
import { caseBundle, encryptCaseBundle } from '@attune/sdk/cases';
import { yearCase } from '../fixtures/caseload';
import { sampleOutcome } from '../fixtures/outcomes';

/** A completed needs screening, answered "often" to every frequency question and each other question's first option. */
function completed() {
  const actor = createActor(
    createScreeningMachine(needsScreening, { recommend: recommendFromCatalogue }),
    { input: { demographics: { ageBand: '25-34' } } },
  ).start();
  actor.send({ type: 'START', at: '2026-11-24T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    const { item, options } = currentQuestion(needsScreening, actor.getSnapshot())!;
    actor.send(
      item.kind === 'text'
        ? { type: 'SKIP' }
        : {
            type: 'ANSWER',
            value:
              item.kind === 'multiple'
                ? [options[0]!.value]
                : item.kind === 'frequency'
                  ? 'often'
                  : options[0]!.value,
          },
    );
  }
  actor.send({ type: 'SUBMIT', at: '2026-11-24T09:25:00Z' });
  return actor;
}

/** A real adjustment plan, agreed from the completed screening above. */
function agreedPlan() {
  const actor = createActor(createAdjustmentPlanMachine(catalogue), {
    input: { screening: completed().getSnapshot().output!, setting: 'supervision-appointment' },
  }).start();
  actor.send({ type: 'DECIDE', decision: 'agreed' });
  actor.send({
    type: 'DECIDE',
    decision: 'not-now',
    reason: 'He wants to try the first one for a month',
  });
  while (actor.getSnapshot().value === 'reviewing')
    actor.send({ type: 'DECIDE', decision: 'agreed' });
  actor.send({ type: 'ADD_OWN', title: 'Meet after his morning shift' });
  actor.send({ type: 'NEXT' });
  actor.send({
    type: 'CONFIRM',
    agreedWithPerson: true,
    reviewDate: '2027-02-24',
    at: '2026-11-24T11:00:00Z',
  });
  expect(actor.getSnapshot().value).toBe('complete');
  return actor.getSnapshot().output!;
}

/** A real mentoring plan: one goal, two steps, a meeting where one step got stuck, then closed. */
function mentoringPlan() {
  const actor = createActor(createMentoringPlanMachine(), {
    input: { agreedAdjustments: ['text-reminders'], reference: 'IOM-0042' },
  }).start();
  actor.send({ type: 'ADD_GOAL', area: 'id-documents', title: 'Get a photo ID' });
  actor.send({ type: 'NEXT' });
  actor.send({
    type: 'ADD_STEP',
    goal: 0,
    text: 'Find the birth certificate form',
    who: 'both',
    by: '2026-12-01',
    at: '2026-11-24T10:00:00Z',
  });
  actor.send({
    type: 'ADD_STEP',
    goal: 0,
    text: 'Book the photo booth',
    who: 'person',
    by: '2026-12-08',
    at: '2026-11-24T10:00:00Z',
  });
  actor.send({ type: 'NEXT', at: '2026-11-24T10:30:00Z' });
  actor.send({
    type: 'RECORD_MEETING',
    at: '2026-12-02T10:00:00Z',
    updates: [
      { goal: 0, step: 0, status: 'done' },
      { goal: 0, step: 1, status: 'stuck', why: 'No money for the booth yet' },
    ],
  });
  actor.send({ type: 'CLOSE', at: '2026-12-20T10:00:00Z' });
  expect(actor.getSnapshot().status).toBe('done');
  return mentoringPlanRecord(actor.getSnapshot().output!);
}

/** Real follow-up records: a plan reviewed, a referral assessed, consent and a passport. */
function followUpRecords(): [(typeof SCHEMA_NAMES)[number], unknown][] {
  const plan = agreedPlan();
  const review = createActor(createReviewMachine(plan), { input: { today: '2027-02-24' } }).start();
  while (review.getSnapshot().value === 'reviewing')
    review.send({ type: 'RECORD', inPlace: 'partly', helped: 'helped-a-bit', next: 'keep' });
  review.send({ type: 'APPOINTMENTS', kept: 6, missed: 2 });
  review.send({ type: 'CONFIRM', nextReviewOn: '2027-05-24' });
  const referral = createActor(createReferralMachine(), { input: { today: '2027-02-24' } }).start();
  referral.send({ type: 'SEND', to: 'gp', consentOn: '2026-11-24', on: '2026-11-25' });
  referral.send({ type: 'ACCEPT', on: '2026-12-01' });
  referral.send({ type: 'ASSESS', on: '2027-01-10' });
  const consent = recordConsent(emptyConsent('IOM-0042'), {
    recipient: 'gp',
    label: 'GP',
    agreed: true,
    on: '2026-11-24',
    reviewBy: '2027-11-24',
  }).consent;
  const draft = draftPassport({ screening: completed().getSnapshot().output!, plan });
  // A passport holds at most six lines a part; a screening 2.0 run can suggest more.
  draft.hard = draft.hard.map((e, i) => ({ ...e, include: i < 3 }));
  const passport = finishPassport(draft, { madeOn: '2026-11-24', checkAgainOn: '2027-05-24' });
  expect(passport.ok).toBe(true);
  return [
    ['review', review.getSnapshot().output!.review],
    ['adjustment-plan', review.getSnapshot().output!.plan],
    ['referral', referral.getSnapshot().context.record],
    ['outcome', sampleOutcome()],
    ['consent-to-share', consent],
    ['passport', passport.ok && passport.passport],
  ];
}

const trainingModules = trainingFolders.map((folder) => ({
  folder,
  module: rawTrainingModule(folder).module,
}));

describe('published JSON Schemas', () => {
  // Formats on, so source URLs and times are checked as a host's validator would.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  // Each schema has its own $id, and Ajv keeps one compiled schema per $id.
  const validator = (name: (typeof SCHEMA_NAMES)[number]) =>
    ajv.getSchema(`/schemas/${name}.json`) ?? ajv.compile(jsonSchemaFor(name));

  it('are valid draft 2020-12 schemas for every published name, each with its own address', () => {
    expect(SCHEMA_NAMES).toEqual([
      'questionnaire',
      'screening-record',
      'saved-screening',
      'screening-ended',
      'adjustment-catalogue',
      'adjustment-plan',
      'training-module',
      'mentoring-plan',
      'case',
      'case-bundle',
      'case-bundle-encrypted',
      'review',
      'referral',
      'outcome',
      'consent-to-share',
      'passport',
    ]);
    for (const name of SCHEMA_NAMES) {
      expect(jsonSchemaFor(name)).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `/schemas/${name}.json`,
        title: name,
      });
      expect(() => validator(name)).not.toThrow();
    }
  });

  it('are published by the site at their $id, exactly as the package generates them', () => {
    // The test run builds the site first; dist/ is what gets deployed.
    const published = readdirSync(new URL('../../dist/schemas/', import.meta.url)).sort();
    expect(published).toEqual(SCHEMA_NAMES.map((name) => `${name}.json`).sort());
    for (const name of SCHEMA_NAMES) {
      const file = JSON.parse(
        readFileSync(new URL(`../../dist/schemas/${name}.json`, import.meta.url), 'utf8'),
      );
      // The site stamps its own address on $id (astro.config.mjs `site` and `base`).
      const $id = String(file.$id);
      expect($id).toMatch(new RegExp(`^https://[^/]+/(.+/)?schemas/${name}\\.json$`));
      const base = $id.slice(0, -`/schemas/${name}.json`.length);
      expect(file, name).toEqual(jsonSchemaFor(name, { base }));
    }
  });

  it('accept the built-in questionnaires, a real record, a saved run, the catalogue and cases', async () => {
    const actor = completed();
    const cases: [(typeof SCHEMA_NAMES)[number], unknown][] = [
      ['questionnaire', needsScreening],
      ['questionnaire', practicalSupport],
      ['screening-record', actor.getSnapshot().output],
      ['saved-screening', saveScreening(needsScreening, actor.getPersistedSnapshot())],
      // As the screening page's "note for the evidence base" writes it (site/flows/screening/ended.ts).
      [
        'screening-ended',
        {
          kind: 'screening-ended',
          status: 'declined',
          questionnaire: { id: needsScreening.id, version: needsScreening.version },
          endedAt: '2026-11-24T10:05:00.000Z',
        },
      ],
      ['adjustment-catalogue', catalogue],
      ['adjustment-plan', agreedPlan()],
      ['mentoring-plan', mentoringPlan()],
      ['case', yearCase(1)],
      ['case-bundle', caseBundle([yearCase(1), yearCase(2)])],
      ['case-bundle-encrypted', await encryptCaseBundle(caseBundle([]), 'a passphrase')],
      ...followUpRecords(),
      ...trainingModules.map(
        ({ module }) => ['training-module', module] as [(typeof SCHEMA_NAMES)[number], unknown],
      ),
    ];
    expect(trainingModules.length).toBeGreaterThanOrEqual(13);
    for (const [name, data] of cases) {
      const validate = validator(name);
      expect(
        validate(JSON.parse(JSON.stringify(data))),
        `${name} ${(data as { id?: string }).id ?? ''}: ${ajv.errorsText(validate.errors)}`,
      ).toBe(true);
    }
  });

  it('reject an ended-screening note that carries answers or an unknown status', () => {
    const validate = validator('screening-ended');
    const note = {
      kind: 'screening-ended',
      status: 'withdrawn',
      questionnaire: { id: 'attune-needs-screening', version: '1.0.0' },
      endedAt: null,
    };
    expect(validate(note)).toBe(true);
    expect(validate({ ...note, answers: { 'ctx-feeling': 'good' } })).toBe(false);
    expect(validate({ ...note, status: 'paused' })).toBe(false);
  });

  it('reject a record a host has got wrong', () => {
    const record = JSON.parse(JSON.stringify(completed().getSnapshot().output));
    const validate = validator('screening-record');
    expect(
      validate({
        ...record,
        profile: { domains: [{ ...record.profile.domains[0], level: 'severe' }] },
      }),
    ).toBe(false);
    expect(validate({ ...record, name: 'A. Person' })).toBe(false);
    expect(validate({ ...record, completedAt: 'yesterday' })).toBe(false);
  });

  it('reject an adjustment plan that was not agreed with the person or has no real review date', () => {
    const plan = JSON.parse(JSON.stringify(agreedPlan()));
    const validate = validator('adjustment-plan');
    expect(plan.suggestions.map((s: { decision: string }) => s.decision)).toContain('not-now');
    expect(validate({ ...plan, agreedWithPerson: false })).toBe(false);
    expect(validate({ ...plan, reviewDate: 'in three months' })).toBe(false);
    expect(
      validate({ ...plan, suggestions: [{ ...plan.suggestions[0], decision: 'maybe' }] }),
    ).toBe(false);
  });

  it('reject a mentoring plan with a step nobody owns, a bad date or a name in it', () => {
    const record = JSON.parse(JSON.stringify(mentoringPlan()));
    const validate = validator('mentoring-plan');
    const goal = record.goals[0];
    expect(goal.steps[1]).toMatchObject({ status: 'stuck', why: 'No money for the booth yet' });
    expect(
      validate({ ...record, goals: [{ ...goal, steps: [{ ...goal.steps[0], who: 'nobody' }] }] }),
    ).toBe(false);
    expect(
      validate({ ...record, goals: [{ ...goal, steps: [{ ...goal.steps[0], by: 'next week' }] }] }),
    ).toBe(false);
    expect(validate({ ...record, name: 'A. Person' })).toBe(false);
    expect(validate({ ...record, schemaVersion: 4 })).toBe(false);
  });

  it('reject a training module with too few questions or a lesson without a slug', () => {
    const { module } = trainingModules[0]!;
    const validate = validator('training-module');
    expect(validate({ ...module, questions: (module.questions as unknown[]).slice(0, 5) })).toBe(
      false,
    );
    expect(
      validate({ ...module, lessons: [{ ...(module.lessons as object[])[0], id: 'Not A Slug' }] }),
    ).toBe(false);
    expect(validate({ ...module, sources: [] })).toBe(false);
  });
});
