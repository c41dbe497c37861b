import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { isScored } from '@attune/sdk/questionnaire';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import {
  createScreeningMachine,
  currentQuestion,
  ScreeningRecordSchema,
} from '@attune/sdk/screening';
import { recommendFromCatalogue } from '@attune/sdk/adjustments';

const q = needsScreening;
const required = [
  'reading-writing',
  'numbers-time-money',
  'understanding-processing',
  'expressing',
  'memory-organisation',
  'attention-impulsivity',
  'social-understanding',
  'sensory',
  'coordination-wayfinding',
  'emotions-overload',
  'everyday-living-learning',
  'head-injury-fatigue',
];

describe('the Attune needs screening', () => {
  it('covers every need domain the service screens for, each with several scored questions', () => {
    expect(q.domains.map((d) => d.id).sort()).toEqual([...required].sort());
    for (const domain of required) {
      const feeding = q.items.filter((i) => isScored(i) && i.feeds![domain] !== undefined);
      expect(feeding.length, domain).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every question plain-English wording, an Easy Read version and a "why we ask" note', () => {
    for (const item of q.items) {
      expect(item.easyRead.length, item.id).toBeLessThanOrEqual(item.text.length + 40);
      expect(item.why.length, item.id).toBeGreaterThan(20);
    }
  });

  it('asks for the context the service needs: earlier diagnoses, school, language, strengths, communication and diagnosis wishes', () => {
    const purposes = new Set(q.items.map((i) => i.purpose));
    for (const p of ['strengths', 'communication', 'diagnosis-wish', 'diagnosis-areas', 'context'])
      expect(purposes).toContain(p);
    const text = q.items.map((i) => i.text.toLowerCase()).join(' ');
    for (const word of [
      'school',
      'excluded',
      'first language',
      'assessment',
      'told you that you have',
    ])
      expect(text).toContain(word);
  });

  it('has safeguarding questions for thoughts of suicide, self-harm and exploitation, none of them scored', () => {
    const flagged = q.items.filter((i) => i.safeguarding);
    expect(flagged.map((i) => i.safeguarding!.kind)).toEqual([
      'suicidal-thoughts',
      'self-harm',
      'exploitation',
    ]);
    for (const item of flagged) {
      expect(isScored(item), item.id).toBe(false);
      expect(item.sensitive, item.id).toBe(true);
      expect(item.showIf, item.id).toBeUndefined();
    }
  });

  it('runs end to end from the SDK with the catalogue, giving a valid record with adjustments and referrals', () => {
    const machine = createScreeningMachine(q, { recommend: recommendFromCatalogue });
    const actor = createActor(machine).start();
    actor.send({ type: 'START', at: '2026-11-24T09:00:00Z' });
    actor.send({ type: 'CONSENT', given: true });
    let guard = 0;
    while (actor.getSnapshot().value === 'answering' && guard++ < 200) {
      const { item, options } = currentQuestion(q, actor.getSnapshot())!;
      if (item.kind === 'text') actor.send({ type: 'SKIP' });
      else if (item.id === 'ctx-diagnosis-wish') actor.send({ type: 'ANSWER', value: 'yes' });
      else if (item.id === 'tr-add') actor.send({ type: 'ANSWER', value: 'no' });
      else if (item.id === 'tr-head') actor.send({ type: 'ANSWER', value: ['blow', 'oxygen'] });
      else if (item.id === 'ctx-diagnoses') actor.send({ type: 'ANSWER', value: ['other'] });
      else if (item.kind === 'multiple')
        actor.send({ type: 'ANSWER', value: [options.at(-2)!.value] });
      else if (item.safeguarding) actor.send({ type: 'ANSWER', value: 'no' });
      else
        actor.send({
          type: 'ANSWER',
          value: [...options].sort((a, b) => b.score - a.score)[0]!.value,
        });
    }
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'SUBMIT', at: '2026-11-24T09:25:00Z' });
    const record = ScreeningRecordSchema.parse(actor.getSnapshot().output);
    expect(record.profile.domains.every((d) => d.level === 'strong')).toBe(true);
    // Agreeing with every question worded away from need is shown to the practitioner.
    expect(record.answerPattern?.agreeingWithEverything).toBe(true);
    expect(record.recommendedAdjustments.length).toBeGreaterThan(10);
    expect(record.referrals.length).toBeGreaterThan(0);
    expect(record.flags).toEqual([]);
  });
});
