import { describe, expect, it } from 'vitest';
import { newCase } from '@attune/sdk/cases';
import * as make from '../../site/flows/cases/entries';
import { readDate } from '../../site/flows/cases/dates';
import { dateParts } from '../../site/ui/days';
import { setCatalogue } from '../../site/ui/messages';
import enGB from '../../site/ui/messages/en-GB.json';
import { screeningRecord } from '../fixtures/caseload';

// What each form on a case makes of what was typed: every problem at once, each linked to its
// own field (a date to its day box), in words that say what to do; and a good form's entry is
// one the case's own schema accepts.
setCatalogue(enGB);
const c = newCase({ id: 'case-1', reference: 'IOM-1', openedOn: '2026-02-10' });
const d = (day: string, month: string, year: string) => ({ day, month, year });
const fields = (m: make.Made<unknown>) => (m.ok ? [] : m.errors.map((e) => e.field));

describe('dates typed into three boxes', () => {
  it('reads a real date and refuses an impossible, partial or worded one', () => {
    expect(readDate(d('7', '3', '2026'))).toBe('2026-03-07');
    expect(readDate(d(' 07 ', '03', '2026'))).toBe('2026-03-07');
    for (const bad of [
      d('31', '2', '2027'),
      d('', '', ''),
      d('1', 'Feb', '2027'),
      d('1', '2', '27'),
    ])
      expect(readDate(bad)).toBeNull();
    expect(dateParts('2026-03-07')).toEqual(d('7', '3', '2026'));
  });
});

describe('forms on a case', () => {
  it('a referral names every problem at once, the date linked to its day box', () => {
    const m = make.referral({ to: 'G', on: d('31', '2', '2027'), consent: false });
    expect(fields(m)).toEqual(['referral-to', 'referral-on-day']);
    const ok = make.referral({ to: ' GP ', on: d('1', '3', '2026'), consent: true });
    expect(ok.ok && ok.value).toMatchObject({ kind: 'referral', to: 'GP', consentToShare: true });
  });

  it('a plan review needs a date and an answer; the next review may be empty but not wrong', () => {
    expect(
      fields(make.planReview(c, 'p', { on: d('', '', ''), outcome: '', next: d('', '', '') })),
    ).toEqual(['review-on-day', 'review-working']);
    const m = make.planReview(c, 'p', {
      on: d('1', '3', '2026'),
      outcome: 'working',
      next: d('1', '13', '2026'),
    });
    expect(!m.ok && m.errors[0]!.message).toBe(
      'Enter a real date for the next review, or leave it empty',
    );
  });

  it('a case cannot close before it opened', () => {
    const m = make.closing(c, d('9', '2', '2026'));
    expect(!m.ok && m.errors[0]).toMatchObject({
      field: 'close-on-day',
      message: 'Enter a real date on or after 10 February 2026',
    });
    expect(make.closing(c, d('10', '2', '2026'))).toEqual({ ok: true, value: '2026-02-10' });
  });

  it('an outcome count is a whole number from 0 to 500 or blank, and a blank is never 0', () => {
    const words = (k: string) => k;
    const bad = make.outcome(
      'IOM-1',
      {
        on: d('1', '3', '2026'),
        counts: { kept: 'ten', missed: '501', warnings: '-1' },
        etw: '',
        housing: '',
      },
      words,
    );
    expect(fields(bad)).toEqual(['outcome-kept', 'outcome-missed', 'outcome-warnings']);
    const ok = make.outcome(
      'IOM-1',
      { on: d('1', '3', '2026'), counts: { kept: '10' }, etw: 'no', housing: '' },
      words,
    );
    expect(ok.ok && ok.value).toMatchObject({
      kind: 'outcome',
      record: {
        appointments: { kept: 10, missed: null },
        educationTrainingWork: false,
        stableAccommodation: null,
      },
    });
  });

  it('a safeguarding action says what was done, in 3 to 500 characters', () => {
    expect(fields(make.safeguardingAction('e1', '  ok ', '2026-03-01'))).toEqual(['action-e1']);
    expect(make.safeguardingAction('e1', 'Told the duty manager', '2026-03-01').ok).toBe(true);
  });

  it('takes a record file only when it is a record Attune could have written', async () => {
    const file = (body: string) => new File([body], 'record.json', { type: 'application/json' });
    const on = d('1', '3', '2026');
    expect(fields(await make.recordFile(c, { file: null, on: d('', '', '') }))).toEqual([
      'record-file',
      'record-on-day',
    ]);
    for (const body of ['not json', '{"profile": true}', '{}'])
      expect(fields(await make.recordFile(c, { file: file(body), on }))).toEqual(['record-file']);
    const ok = await make.recordFile(c, {
      file: file(JSON.stringify(screeningRecord('IOM-1'))),
      on,
    });
    expect(ok.ok && ok.value.kind).toBe('screening');
  });
});
