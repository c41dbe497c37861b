// iCalendar files (RFC 5545) made in the browser, so a person can put dates in their phone without
// anything leaving the device. Only what a reminder needs: VCALENDAR with VEVENTs that are either
// all-day (VALUE=DATE) or at a floating local time. Floating time (no TZID, no Z) is read as the
// wall-clock time wherever the phone is, which for a UK meeting is UK time; it needs no VTIMEZONE
// and no time-zone lookup (RFC 5545 s3.3.5 form 1, s3.2.19).
import { isCalendarDate } from './calendar-date.js';
import { isIsoDateTime } from './iso-date-time.js';

/** The most octets a content line holds before it is folded, the line break not counted (RFC 5545 s3.1). */
export const ICS_LINE_OCTETS = 75;
const CRLF = '\r\n';

/**
 * Escapes a TEXT value (RFC 5545 s3.3.11): backslash, semicolon, comma and newline become `\\`,
 * `\;`, `\,` and `\n`. A CR or CRLF counts as a newline; other control characters cannot appear in
 * TEXT at all, so they are dropped rather than sent to break the file.
 */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** Reads an escaped TEXT value back: the inverse of `escapeIcsText` (`\N` is a newline too). */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** UTF-8 octets in one character (a code point), without TextEncoder, which the SDK's targets may not declare. */
const octets = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line so no physical line is over 75 octets: a CRLF and a space go in before
 * the octet that would pass it, never inside a character (multi-octet UTF-8 stays whole).
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > ICS_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Undoes folding: a CRLF followed by one space or tab is removed (RFC 5545 s3.1). */
export function unfoldIcs(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** One event in a calendar file: a day, or a day and a local time with a length. */
export interface IcsEvent {
  /** Unique and stable: the same event made again gets the same UID, so a calendar updates it instead of adding a copy. */
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** The day, YYYY-MM-DD. */
  date: string;
  /** A local time HH:MM (floating); without it the event is all-day. */
  time?: string | null;
  /** How long a timed event lasts, in minutes (default 60). */
  minutes?: number;
}

/** What a calendar file is stamped with: when it was made (an ISO date-time the caller gives), and who made it. */
export interface IcsOptions {
  /** When the file was made, as an ISO 8601 date-time with a zone; written in UTC as DTSTAMP. */
  now: string;
  /** The PRODID; defaults to Attune's. */
  productId?: string;
}

const compactDate = (day: string) => day.replaceAll('-', '');
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function utcStamp(at: string): string {
  // Date parses an ISO date-time with a zone exactly; this reads no clock.
  const iso = new Date(at).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Makes an iCalendar file (text/calendar) with one VEVENT per event: CRLF line endings, lines
 * folded at 75 octets, TEXT escaped. Throws a RangeError for a date, time, length or `now` that is
 * not real, because a calendar file with a wrong date is worse than none.
 */
export function icsCalendar(events: readonly IcsEvent[], options: IcsOptions): string {
  if (!isIsoDateTime(options.now)) throw new RangeError('now must be an ISO 8601 date-time');
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//Attune//Mentoring plan//EN'}`,
    'CALSCALE:GREGORIAN',
  ];
  for (const e of events) {
    if (!isCalendarDate(e.date)) throw new RangeError(`Not a real day: ${e.date}`);
    const time = e.time ?? null;
    if (time !== null && !TIME.test(time)) throw new RangeError(`Not a time HH:MM: ${time}`);
    const minutes = e.minutes ?? 60;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60)
      throw new RangeError('minutes must be a whole number from 1 to 1440');
    lines.push('BEGIN:VEVENT', `UID:${escapeIcsText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (time === null) {
      // All day: DTEND is exclusive, so the next day makes a one-day event (RFC 5545 s3.6.1).
      lines.push(
        `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      );
    } else {
      lines.push(
        `DTSTART:${compactDate(e.date)}T${time.replace(':', '')}00`,
        `DURATION:PT${minutes}M`,
      );
    }
    lines.push(`SUMMARY:${escapeIcsText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeIcsText(e.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
