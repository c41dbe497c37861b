import { isCalendarDate } from '@attune/sdk/cases';
import type { DateParts } from '../../ui/days';

export const isBlank = (d: DateParts) => ![d.day, d.month, d.year].some((p) => p.trim());

/**
 * The date typed, YYYY-MM-DD, or null when it is not a real date ("31 2 2027", "Feb"): the day
 * and month in one or two digits and the year in four, so "27" is not read as the year 27.
 */
export function readDate(d: DateParts): string | null {
  const [day, month, year] = [d.day.trim(), d.month.trim(), d.year.trim()];
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}
