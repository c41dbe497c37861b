/** Today on this device, as YYYY-MM-DD: the SDK never reads the clock, so a page passes it in. */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A day some months after another, for default review dates. */
export function monthsAfter(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The three boxes of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A date as typed in a date input, for a rule to judge: "" when nothing was typed. */
export function typedDate(date: DateParts): string {
  const { day, month, year } = date;
  return [year, month, day].some((p) => p.trim())
    ? `${year.trim().padStart(4, '0')}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`
    : '';
}

/** A YYYY-MM-DD day as the boxes of a date input show it: 2027-03-05 is 5, 3, 2027. */
export function dateParts(day: string): DateParts {
  const [year = '', month = '', d = ''] = day.split('-');
  return { day: d ? String(Number(d)) : '', month: month ? String(Number(month)) : '', year };
}
