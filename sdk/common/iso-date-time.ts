// Zod-free, so the screening machine can check times without loading zod in the browser.
export const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * True for an ISO 8601 date and time with a zone that names a real moment: 30 February, month 13,
 * hour 24, minute 60 and an offset beyond ±14:00 are refused, not rolled over. Hosts send `at` on
 * events in this form; records, FHIR and xAPI carry only times that pass it.
 */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = 0, , offH = 0, offM = 0] = m
    .slice(1)
    .map((part) => (part === undefined || part === '+' || part === '-' ? undefined : Number(part)));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second <= 59 &&
    offH * 60 + offM <= 14 * 60 &&
    offM <= 59
  );
}
