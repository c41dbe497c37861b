import type { Questionnaire } from '../questionnaire/schema.js';
import type { ScreeningRecord } from '../screening/record-schema.js';

/** What a cell holds when the person chose "prefer not to say". */
export const CSV_SKIPPED = 'prefer-not-to-say';

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) starts with an
// apostrophe instead: free-text answers come from people, and a CSV is opened in Excel.
const defuse = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const cell = (s: string) => quote(defuse(s));

/**
 * Screening records as CSV for a spreadsheet or a statistics package: one row per record, with
 * the questionnaire and times, each domain's level, each question's answer (option values, several
 * joined by ";"; {@link CSV_SKIPPED} for "prefer not to say"; empty when not asked), then the
 * adjustments recommended. Columns follow the questionnaire's order, so files from one version
 * line up. Records of another questionnaire are refused rather than mixed in.
 */
export function screeningRecordsCsv(
  records: readonly ScreeningRecord[],
  questionnaire: Questionnaire,
): string {
  const wrong = records.findIndex((r) => r.questionnaire.id !== questionnaire.id);
  if (wrong >= 0)
    throw new Error(
      `Record ${wrong} is from questionnaire "${records[wrong]!.questionnaire.id}", not "${questionnaire.id}"`,
    );
  const header = [
    'reference',
    'questionnaire',
    'version',
    'startedAt',
    'completedAt',
    ...questionnaire.domains.map((d) => `level:${d.id}`),
    ...questionnaire.items.map((i) => i.id),
    'recommendedAdjustments',
    'safeguardingFlags',
  ];
  const rows = records.map((r) => {
    const level = (id: string) => r.profile.domains.find((d) => d.domain === id)?.level ?? '';
    const answer = (id: string) => {
      if (!(id in r.answers)) return '';
      const value = r.answers[id];
      return value === null || value === undefined
        ? CSV_SKIPPED
        : Array.isArray(value)
          ? value.join(';')
          : value;
    };
    return [
      r.reference ?? '',
      r.questionnaire.id,
      r.questionnaire.version,
      r.startedAt ?? '',
      r.completedAt ?? '',
      ...questionnaire.domains.map((d) => level(d.id)),
      ...questionnaire.items.map((i) => answer(i.id)),
      r.recommendedAdjustments.join(';'),
      String(r.flags.length),
    ];
  });
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
