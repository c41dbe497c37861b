import { isCalendarDate } from '@attune/sdk/cases';

/** A date as typed into a date input's three boxes. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Today on this device, YYYY-MM-DD: the day a practitioner means by "today". */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A day (YYYY-MM-DD) as the boxes show it, "7", "3", "2026"; empty boxes for none. */
export function dateParts(value: string | null): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  const [year, month, day] = value.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

export const isBlank = (d: DateParts) => ![d.day, d.month, d.year].some((p) => p.trim());

/** The date typed, YYYY-MM-DD, or null when it is not a real date ("31 2 2027", "Feb"). */
export function readDate(d: DateParts): string | null {
  const [day, month, year] = [d.day.trim(), d.month.trim(), d.year.trim()];
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}
