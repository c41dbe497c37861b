import { writeCsv } from '../common/csv.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { ScreeningRecord } from '../screening/record-schema.js';

/** What a cell holds when the person chose "prefer not to say". */
export const CSV_SKIPPED = 'prefer-not-to-say';

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
  return writeCsv([header, ...rows]);
}
