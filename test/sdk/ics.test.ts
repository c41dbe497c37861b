import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  createMentoringPlanMachine,
  escapeIcsText,
  foldIcsLine,
  icsCalendar,
  mentoringCalendar,
  mentoringCalendarEvents,
  unescapeIcsText,
  unfoldIcs,
  type IcsEvent,
} from '@attune/sdk/mentoring';

// Checked against RFC 5545: s3.1 (CRLF, fold at 75 octets with CRLF + one space), s3.3.11 (TEXT
// escapes \\ \; \, \n), s3.6.1 (UID and DTSTAMP required), s3.2.19 (no TZID on DATE; local time
// without TZID is floating).

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const NOW = '2026-11-24T10:15:00+00:00';
const anyText = fc.string({ unit: 'grapheme', maxLength: 300 });
/** Text as a TEXT value can hold it: line breaks as \n, no other control characters. */
const representable = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
/** The value of each property in a file, after unfolding, for reading it back. */
const properties = (file: string) =>
  unfoldIcs(file)
    .split('\r\n')
    .filter(Boolean)
    .map((l) => {
      const colon = l.indexOf(':');
      return [l.slice(0, colon), l.slice(colon + 1)] as const;
    });

describe('TEXT escaping', () => {
  it('round-trips any text through escape and unescape', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const escaped = escapeIcsText(text);
        expect(unescapeIcsText(escaped)).toBe(representable(text));
        // Nothing that ends a line or a value is left bare.
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped.replace(/\\[\\;,n]/g, '')).not.toMatch(/[\\;,]/);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes the four characters the RFC names, and reads \\N as a newline too', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(unescapeIcsText('one\\Ntwo')).toBe('one\ntwo');
  });
});

describe('folding', () => {
  it('never leaves a line over 75 octets, never splits a character, and unfolds to the same line', () => {
    fc.assert(
      // Text that already holds U+FFFD is left out: the check below looks for it as the sign of
      // a character split in two (fast-check can generate it, seed 1111599782).
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }).filter((v) => !v.includes('\uFFFD')),
        (value) => {
          const line = `DESCRIPTION:${escapeIcsText(value)}`;
          const folded = foldIcsLine(line);
          for (const physical of folded.split('\r\n')) {
            expect(octets(physical)).toBeLessThanOrEqual(75);
            expect(physical).not.toContain('\uFFFD');
          }
          expect(unfoldIcs(folded)).toBe(line);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('a calendar file', () => {
  const event = fc.record({
    uid: fc.uuid().map((u) => `${u}@attune`),
    summary: anyText,
    description: fc.option(anyText, { nil: undefined }),
    location: fc.option(anyText, { nil: undefined }),
    date: fc
      .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    time: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      { nil: null },
    ),
  });

  it('is CRLF throughout, folded at 75 octets, and gives back every event’s words', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 5 }), (events: IcsEvent[]) => {
        const file = icsCalendar(events, { now: NOW });
        expect(file.endsWith('\r\n')).toBe(true);
        expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of file.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const props = properties(file);
        const summaries = props.filter(([k]) => k === 'SUMMARY').map(([, v]) => unescapeIcsText(v));
        expect(summaries).toEqual(events.map((e) => representable(e.summary)));
        expect(props.filter(([k]) => k === 'UID').map(([, v]) => v)).toEqual(
          events.map((e) => e.uid),
        );
        expect(
          props.filter(([k]) => k === 'DTSTAMP').every(([, v]) => v === '20261124T101500Z'),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes days as all-day DATE values and times as floating local times, stamped in UTC', () => {
    const file = icsCalendar(
      [
        { uid: 'a@attune', summary: 'Step', date: '2026-12-31' },
        { uid: 'b@attune', summary: 'Meet', date: '2027-03-28', time: '14:30', minutes: 45 },
      ],
      { now: '2026-11-24T11:15:00+01:00' },
    );
    expect(file).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(file).toContain('\r\nDTSTART:20270328T143000\r\nDURATION:PT45M\r\n');
    expect(file).not.toMatch(/TZID|VTIMEZONE/);
    expect(file).toContain('DTSTAMP:20261124T101500Z');
    expect(file.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  });

  it('refuses a day, time or stamp that is not real, rather than write a wrong date', () => {
    const ok: IcsEvent = { uid: 'u', summary: 's', date: '2026-12-01' };
    expect(() => icsCalendar([{ ...ok, date: '2026-02-30' }], { now: NOW })).toThrow(RangeError);
    expect(() => icsCalendar([{ ...ok, time: '24:00' }], { now: NOW })).toThrow(RangeError);
    expect(() => icsCalendar([ok], { now: 'today' })).toThrow(RangeError);
  });
});

describe('the mentoring plan’s calendar', () => {
  const plan = () => {
    const a = createActor(createMentoringPlanMachine(), {
      input: { mentor: { name: 'Dev', contact: '07700 900123' } },
    }).start();
    const at = '2026-11-24T10:00:00Z';
    a.send({ type: 'ADD_GOAL', area: 'bank-account', title: 'Open a bank account' });
    a.send({ type: 'NEXT' });
    for (const [text, by] of [
      ['Ask the bank, which ID; they accept', '2026-12-01'],
      ['Take the letter to the bank', '2026-12-08'],
    ])
      a.send({ type: 'ADD_STEP', goal: 0, text: text!, who: 'person', by: by!, at });
    a.send({ type: 'NEXT', at });
    a.send({
      type: 'SET_NEXT_MEETING',
      date: '2026-12-01',
      time: '14:00',
      place: 'Library, High St',
      at,
    });
    return a;
  };

  it('has the next meeting and every step not yet done, with the same UIDs each time it is made', () => {
    const a = plan();
    const first = mentoringCalendarEvents(a.getSnapshot().context);
    expect(first.map((e) => [e.summary, e.date, e.time ?? null])).toEqual([
      ['Meet Dev (mentor)', '2026-12-01', '14:00'],
      ['Step: Ask the bank, which ID; they accept', '2026-12-01', null],
      ['Step: Take the letter to the bank', '2026-12-08', null],
    ]);
    expect(new Set(first.map((e) => e.uid)).size).toBe(3);
    expect(mentoringCalendarEvents(a.getSnapshot().context)).toEqual(first);

    a.send({ type: 'RECORD_MEETING', updates: [{ goal: 0, step: 0, status: 'done' }] });
    const later = mentoringCalendarEvents(a.getSnapshot().context);
    expect(later.map((e) => e.uid)).toEqual([first[0]!.uid, first[2]!.uid]);

    const file = mentoringCalendar(a.getSnapshot().context, { now: NOW });
    expect(file).toContain('LOCATION:Library\\, High St');
    expect(file).toContain('DESCRIPTION:Your mentor: Dev. Contact: 07700 900123.');
  });
});
