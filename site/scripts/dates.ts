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
