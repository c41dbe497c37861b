import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { practicalSupport as q } from '@attune/sdk/questionnaires/practical-support';
import {
  practicalSupportSignposting as signposting,
  signpostsFor,
} from '@attune/sdk/questionnaires/practical-support-signposting';
import {
  createScreeningMachine,
  currentQuestion,
  type ScreeningRecord,
} from '@attune/sdk/screening';

/** Runs the check answering `answers` where given, the no-barrier answer elsewhere, skipping text. */
function check(answers: Record<string, string>): ScreeningRecord {
  const a = createActor(createScreeningMachine(q)).start();
  a.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
  a.send({ type: 'CONSENT', given: true });
  for (let guard = 0; a.getSnapshot().value === 'answering' && guard < 100; guard++) {
    const { item, options } = currentQuestion(q, a.getSnapshot())!;
    if (item.id in answers)
      a.send({
        type: 'ANSWER',
        value: item.kind === 'multiple' ? [answers[item.id]!] : answers[item.id]!,
      });
    else if (item.kind === 'text' || item.kind === 'multiple') a.send({ type: 'SKIP' });
    else if (item.safeguarding)
      a.send({
        type: 'ANSWER',
        value: options.find((o) => !item.safeguarding!.answers.includes(o.value))!.value,
      });
    else
      a.send({ type: 'ANSWER', value: [...options].sort((x, y) => x.score - y.score)[0]!.value });
  }
  a.send({ type: 'SUBMIT', at: '2026-11-24T10:15:00Z' });
  return a.getSnapshot().output as ScreeningRecord;
}
const levelOf = (r: ScreeningRecord, area: string) =>
  r.profile.domains.find((d) => d.domain === area)?.level;

describe('the practical-support check’s exploitation answers', () => {
  it('raise an exploitation safeguarding flag, with the same guidance shape the needs screening uses', () => {
    for (const id of ['bank-control', 'debts-person']) {
      const item = q.items.find((i) => i.id === id)!;
      expect(item.safeguarding).toMatchObject({ kind: 'exploitation', answers: ['yes'] });
      expect(item.safeguarding!.response!.tellToday).toMatch(/Care Act 2014, section 42/);
    }
    const record = check({ 'bank-have': 'yes', 'bank-control': 'yes', 'debts-person': 'yes' });
    expect(record.flags.map((f) => [f.itemId, f.kind])).toEqual([
      ['bank-control', 'exploitation'],
      ['debts-person', 'exploitation'],
    ]);
    expect(check({ 'bank-have': 'yes', 'bank-control': 'no', 'debts-person': 'no' }).flags).toEqual(
      [],
    );
  });
});

describe('the new areas: groups and peers, drink and drugs, immigration status and public funds', () => {
  it('find no barrier when nothing is in the way', () => {
    const r = check({});
    for (const area of ['peers', 'drugs-alcohol', 'public-funds'])
      expect(levelOf(r, area), area).toBe('none');
  });

  it('score as their threshold notes say', () => {
    expect(levelOf(check({ 'peers-belong': 'no' }), 'peers')).toBe('some');
    expect(levelOf(check({ 'peers-belong': 'no', 'peers-pulled-back': 'yes' }), 'peers')).toBe(
      'strong',
    );
    expect(levelOf(check({ 'substances-in-way': 'sometimes' }), 'drugs-alcohol')).toBe('some');
    expect(
      levelOf(
        check({ 'substances-help': 'yes', 'substances-in-way': 'sometimes' }),
        'drugs-alcohol',
      ),
    ).toBe('strong');
    expect(levelOf(check({ 'funds-told': 'not-sure' }), 'public-funds')).toBe('some');
    expect(levelOf(check({ 'funds-told': 'yes' }), 'public-funds')).toBe('some');
    expect(
      levelOf(check({ 'funds-told': 'not-sure', 'funds-papers': 'yes' }), 'public-funds'),
    ).toBe('strong');
  });
});

describe('signposting from the practical-support check', () => {
  it('has what to do next for every area of the check, and nothing for areas it does not have', () => {
    expect(signposting.areas.map((a) => a.area).sort()).toEqual(q.domains.map((d) => d.id).sort());
  });

  it('names a listed source for every fact or point of law, and lists no source it does not use', () => {
    const ids = new Set(signposting.sources.map((s) => s.id));
    const used = new Set<string>();
    for (const a of signposting.areas)
      for (const step of a.next) {
        for (const id of step.sources) {
          expect(ids.has(id), id).toBe(true);
          used.add(id);
        }
        // A figure, a date, a law or a duty in a step needs a source.
        if (/\d|Act\b|Regulations|law|duty|must|right|offence|section/.test(step.text))
          expect(step.sources.length, step.text).toBeGreaterThan(0);
      }
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
    for (const s of signposting.sources) expect(s.url, s.id).toMatch(/^https:\/\//);
  });

  it('covers what the issue asked for: bank ID, spent convictions and DBS, the duty to refer, GP without ID, prison leavers, debt advice', () => {
    const text = (area: string) =>
      signposting.areas
        .find((a) => a.area === area)!
        .next.map((s) => s.text)
        .join(' ');
    expect(text('bank-account')).toMatch(/basic bank account[\s\S]*ID/);
    expect(text('work-training')).toMatch(/Rehabilitation of Offenders Act 1974[\s\S]*DBS/);
    expect(text('housing')).toMatch(/duty to refer/);
    expect(text('health-registration')).toMatch(/identity, address or immigration status/);
    expect(text('benefits')).toMatch(/prison work coach/);
    expect(text('debts')).toMatch(/debt advice/);
  });

  it('shows the person’s first choice first, then big barriers, then some, with sources written out', () => {
    const r = check({ 'first-change': 'travel', 'bank-have': 'no', 'peers-belong': 'no' });
    const shown = signpostsFor(r);
    expect(shown.map((s) => [s.area, s.level])).toEqual([
      ['travel', null],
      ['bank-account', 'strong'],
      ['peers', 'some'],
    ]);
    expect(shown[1]!.next[0]!.sources[0]).toMatchObject({
      publisher: expect.stringMatching(/Treasury/),
    });
  });
});
