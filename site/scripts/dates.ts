/**
 * A date as people say it, "3 March 2027". A day written YYYY-MM-DD (a review date, a step's
 * "by") is shown as that day; a moment (an ISO time, or a Date) as the day it was on this device.
 */
export function longDate(value: string | Date): string {
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(day ? `${value}T00:00:00Z` : value).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(day ? { timeZone: 'UTC' } : {}),
  });
}

/** Today on this device, YYYY-MM-DD: the SDK never reads the clock, so a page passes it in. */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A day some months after another, YYYY-MM-DD, for a suggested next date. */
export function monthsAfter(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The parts of a GOV.UK date input, as typed. */
export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

/** A day as the boxes of a date input show it: 2027-03-05 is 5, 3 and 2027. */
export function dateParts(day: string): TypedDate {
  const [year = '', month = '', d = ''] = day.split('-');
  return { day: d ? String(Number(d)) : '', month: month ? String(Number(month)) : '', year };
}

/**
 * A date as typed, YYYY-MM-DD, for a machine's rule to judge: "" when nothing was typed, and
 * never corrected here ("31 2 2027" stays 2027-02-31 so the rule can say it is not a real day).
 */
export function typedDate({ day, month, year }: TypedDate): string {
  return [year, month, day].some((p) => p.trim())
    ? `${year.trim().padStart(4, '0')}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`
    : '';
}
