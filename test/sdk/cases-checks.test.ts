import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  CASE_SCHEMA_VERSION,
  CaseSchema,
  caseBundle,
  caseBundleRecords,
  runEntryKind,
  summariseCase,
  whatIsDue,
  type Case,
  type CaseEntry,
} from '@attune/sdk/cases';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import {
  createScreeningMachine,
  currentQuestion,
  screeningEndedNote,
  type ScreeningRecord,
} from '@attune/sdk/screening';
import { screeningRecord } from '../fixtures/caseload';

// A practical-support check run inside a case is kept as a check, never as the person's
// screening: it must not clear "not yet screened", yet its safeguarding flags must still be seen.

/** A finished check, every question answered with its first option (which may raise a flag). */
function checkRecord(): ScreeningRecord {
  const actor = createActor(createScreeningMachine(practicalSupport), {
    input: { reference: 'IOM-DELTA' },
  }).start();
  actor.send({ type: 'START', at: '2026-02-02T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    const { item, options } = currentQuestion(practicalSupport, actor.getSnapshot())!;
    if (item.kind === 'text' || !options[0]) actor.send({ type: 'SKIP' });
    else
      actor.send({
        type: 'ANSWER',
        value: item.kind === 'multiple' ? [options[0].value] : options[0].value,
      });
  }
  actor.send({ type: 'SUBMIT', at: '2026-02-02T09:20:00Z' });
  return actor.getSnapshot().output as ScreeningRecord;
}

const check = checkRecord();
const screening = screeningRecord('IOM-DELTA');
const caseWith = (...entries: CaseEntry[]): Case => ({
  schemaVersion: CASE_SCHEMA_VERSION,
  kind: 'attune.case',
  id: 'case-1',
  reference: 'IOM-DELTA',
  displayName: null,
  openedOn: '2026-02-01',
  closedOn: null,
  updatedAt: null,
  entries,
});

describe('a practical-support check in a case', () => {
  it('is kept as a check, and the case schema refuses a screening filed as one', () => {
    const entry: CaseEntry = { id: 'c1', on: '2026-02-02', kind: 'check', record: check };
    expect(CaseSchema.safeParse(caseWith(entry)).success).toBe(true);
    const misfiled = { ...entry, record: screening } as CaseEntry;
    expect(CaseSchema.safeParse(caseWith(misfiled)).success).toBe(false);
  });

  it('names the right kind for each record a run can end with', () => {
    expect(runEntryKind(check)).toBe('check');
    expect(runEntryKind(screening)).toBe('screening');
    const actor = createActor(createScreeningMachine(practicalSupport)).start();
    actor.send({ type: 'START', at: '2026-02-02T09:00:00Z' });
    actor.send({ type: 'CONSENT', given: false });
    const ended = screeningEndedNote(actor.getSnapshot(), '2026-02-02T09:01:00Z');
    expect(runEntryKind(ended)).toBe('check-ended');
    const c = caseWith({ id: 'e1', on: '2026-02-02', kind: 'check-ended', record: ended });
    expect(CaseSchema.safeParse(c).success).toBe(true);
  });

  it('does not count as a screening: the person is still “not yet screened”, and a declined check is not a declined screening', () => {
    const today = '2026-02-10';
    const done = caseWith({ id: 'c1', on: '2026-02-02', kind: 'check', record: check });
    expect(whatIsDue(done, { today }).map((d) => d.kind)).toContain('not-screened');
    const actor = createActor(createScreeningMachine(practicalSupport)).start();
    actor.send({ type: 'START', at: '2026-02-02T09:00:00Z' });
    actor.send({ type: 'CONSENT', given: false });
    const declined = caseWith({
      id: 'e1',
      on: '2026-02-02',
      kind: 'check-ended',
      record: screeningEndedNote(actor.getSnapshot(), null),
    });
    expect(whatIsDue(declined, { today }).map((d) => d.kind)).toEqual(['not-screened']);
  });

  it('keeps a safeguarding flag from a check due until an action answers it, in the case and its summary', () => {
    const flagged = { ...check, flags: [{ itemId: 'x', message: 'Ask if they are safe now.' }] };
    const c = caseWith({ id: 'c1', on: '2026-02-02', kind: 'check', record: flagged });
    const today = '2026-02-10';
    expect(whatIsDue(c, { today })[0]).toMatchObject({ kind: 'safeguarding-open', entryId: 'c1' });
    expect(whatIsDue(summariseCase(c), { today })).toEqual(whatIsDue(c, { today }));
    const answered = caseWith(...c.entries, {
      id: 'a1',
      on: today,
      kind: 'safeguarding-action',
      about: 'c1',
      action: 'Told the safeguarding lead',
    });
    expect(CaseSchema.safeParse(answered).success).toBe(true);
    expect(whatIsDue(answered, { today }).map((d) => d.kind)).toEqual(['not-screened']);
  });

  it('goes to the evidence base from a case bundle as the check it is', () => {
    const bundle = caseBundle(
      [caseWith({ id: 'c1', on: '2026-02-02', kind: 'check', record: check })],
      '2026-02-10T09:00:00Z',
    );
    const records = caseBundleRecords(JSON.parse(JSON.stringify(bundle)));
    expect(records).toHaveLength(1);
    expect((records![0] as ScreeningRecord).questionnaire.id).toBe('attune-practical-support');
  });
});
