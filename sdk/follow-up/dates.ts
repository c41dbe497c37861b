import * as z from 'zod/mini';
import { isCalendarDate } from '../common/calendar-date.js';

/**
 * A calendar day, YYYY-MM-DD. Follow-up records keep days, not times: a review, a referral's
 * progress or a consent is dated as a letter would be, and days compare as strings.
 */
export const DaySchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD'),
    z.refine(isCalendarDate, 'Use a real date in the form YYYY-MM-DD'),
  );

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day as an error message says it, "3 December 2026", the same on every host and locale. */
export function dayInWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
