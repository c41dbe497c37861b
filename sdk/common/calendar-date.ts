/**
 * True for a real calendar day written YYYY-MM-DD: 2026-13-01 and 2026-02-30 are refused, not
 * rolled over, and nothing throws. The plan machines check step and review dates with it; a
 * host can check a form with it before sending the event.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}
