import { writeCsv } from '../common/csv.js';
import type { CohortSummary, SuppressedRow } from './cohort.js';

const cell = (v: number | null) => (v === null ? '[c]' : String(v));

/**
 * The summary as CSV: one line per published count; "[c]" marks a suppressed count, as official
 * statistics do. Every count has had noise added (see `disclosure`), so rows need not add up.
 */
export function cohortCsv(summary: CohortSummary): string {
  const rows: string[][] = [['table', 'row', 'category', 'count']];
  const add = (table: string, rowName: string, r: SuppressedRow) => {
    for (const [k, v] of Object.entries(r.cells)) rows.push([table, rowName, k, cell(v)]);
    rows.push([table, rowName, 'total', cell(r.total)]);
  };
  add('totals', 'all records', summary.totals);
  add('other records', 'all records', summary.otherRecords);
  for (const [d, r] of Object.entries(summary.domains)) add('need level', d, r);
  add('adjustments recommended', 'screenings', summary.adjustments.recommended);
  add('adjustments agreed', 'plans', summary.adjustments.agreed);
  add('diagnosis wanted', 'screenings', summary.diagnosis.wanted);
  add('diagnosis areas', 'screenings', summary.diagnosis.areas);
  add('age band', 'screenings', summary.byAgeBand);
  add('gender', 'screenings', summary.byGender);
  for (const [v, n] of Object.entries(summary.versions))
    rows.push(['questionnaire versions', v, 'records', cell(n)]);
  rows.push(['duplicate records', 'all', 'total', String(summary.duplicates)]);
  rows.push(['invalid records', 'all', 'total', String(summary.invalid.count)]);
  return writeCsv(rows);
}
