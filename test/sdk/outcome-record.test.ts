// The outcome record: each measure optional, checked by its schema, attached to a case over time,
// and the change from the first record to the latest read the same way everywhere.
import { describe, expect, it } from 'vitest';
import { emptyOutcome, OutcomeRecordSchema, outcomeChanges } from '@attune/sdk/follow-up';
import {
  caseBundle,
  CaseSchema,
  encryptCaseBundle,
  newCase,
  readCaseBundle,
  timeline,
} from '@attune/sdk/cases';
import { sampleOutcome } from '../fixtures/outcomes';

describe('an outcome record', () => {
  it('may leave every measure unrecorded', () => {
    const empty = emptyOutcome('2027-01-10');
    expect(OutcomeRecordSchema.safeParse(empty).success).toBe(true);
    expect(outcomeChanges(empty, sampleOutcome())).toEqual({
      attendance: null,
      enforcement: null,
      'education-training-work': null,
      'stable-accommodation': null,
    });
  });

  it('refuses negative, fractional or text counts, impossible dates and unknown fields', () => {
    const good = sampleOutcome();
    for (const bad of [
      { ...good, appointments: { kept: -1, missed: 0 } },
      { ...good, enforcement: { warnings: 1.5, breaches: 0, recalls: 0 } },
      { ...good, enforcement: { warnings: '2', breaches: 0, recalls: 0 } },
      { ...good, on: '2027-02-30' },
      { ...good, educationTrainingWork: 'yes' },
      { ...good, name: 'Sam Example' },
    ])
      expect(OutcomeRecordSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('reads change from first to latest: more kept, fewer actions, into work and housing is better', () => {
    const first = sampleOutcome({
      appointments: { kept: 4, missed: 4 },
      enforcement: { warnings: 2, breaches: 1, recalls: 0 },
      educationTrainingWork: false,
      stableAccommodation: true,
    });
    const latest = sampleOutcome({
      appointments: { kept: 9, missed: 1 },
      enforcement: { warnings: 0, breaches: 0, recalls: 0 },
      educationTrainingWork: true,
      stableAccommodation: false,
    });
    expect(outcomeChanges(first, latest)).toEqual({
      attendance: 'better',
      enforcement: 'better',
      'education-training-work': 'better',
      'stable-accommodation': 'worse',
    });
    expect(outcomeChanges(latest, first).attendance).toBe('worse');
    expect(outcomeChanges(first, first).enforcement).toBe('same');
  });
});

describe('outcomes in a case', () => {
  const withOutcomes = () => {
    const c = newCase({ id: 'c1', reference: 'IOM-0042', openedOn: '2026-11-01' });
    c.entries.push(
      { id: 'o2', on: '2027-02-24', kind: 'outcome', record: sampleOutcome({ on: '2027-02-24' }) },
      { id: 'o1', on: '2026-11-24', kind: 'outcome', record: sampleOutcome({ on: '2026-11-24' }) },
    );
    return CaseSchema.parse(c);
  };

  it('sit on the timeline in date order', () => {
    expect(timeline(withOutcomes()).map((e) => e.id)).toEqual(['o1', 'o2']);
  });

  it('round-trip through a plain and an encrypted case bundle unchanged', async () => {
    const c = withOutcomes();
    const plain = await readCaseBundle(JSON.stringify(caseBundle([c])));
    expect(plain.ok && plain.cases).toEqual([c]);
    const sealed = await encryptCaseBundle(caseBundle([c]), 'correct horse battery', {
      iterations: 100_000,
    });
    expect(JSON.stringify(sealed)).not.toContain('attune.outcome');
    const opened = await readCaseBundle(JSON.stringify(sealed), 'correct horse battery');
    expect(opened.ok && opened.cases).toEqual([c]);
  });

  it('a case bundle with a malformed outcome is refused whole', async () => {
    const c = withOutcomes();
    const bad = JSON.parse(JSON.stringify(caseBundle([c])));
    bad.cases[0].entries[0].record.appointments.kept = -3;
    const read = await readCaseBundle(bad);
    expect(!read.ok && read.error.code).toBe('invalid');
  });
});
