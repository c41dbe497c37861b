import type { CohortSummary } from './cohort.js';
import type { SuppressedRow } from './suppress.js';

const cell = (v: number | null) => (v === null ? '[c]' : String(v));
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The summary as CSV: one line per published count; "[c]" marks a suppressed count, as official statistics do. */
export function cohortCsv(summary: CohortSummary): string {
  const lines = ['table,row,category,count'];
  const add = (table: string, rowName: string, r: SuppressedRow) => {
    for (const [k, v] of Object.entries(r.cells))
      lines.push([table, rowName, k, cell(v)].map(quote).join(','));
    lines.push([table, rowName, 'total', cell(r.total)].map(quote).join(','));
  };
  add('totals', 'all records', summary.totals);
  for (const [d, r] of Object.entries(summary.domains)) add('need level', d, r);
  add('adjustments recommended', 'screenings', summary.adjustments.recommended);
  add('adjustments agreed', 'plans', summary.adjustments.agreed);
  add('diagnosis wanted', 'screenings', summary.diagnosis.wanted);
  add('diagnosis areas', 'screenings', summary.diagnosis.areas);
  add('age band', 'screenings', summary.byAgeBand);
  add('gender', 'screenings', summary.byGender);
  for (const [v, n] of Object.entries(summary.versions))
    lines.push(['questionnaire versions', v, 'records', cell(n)].map(quote).join(','));
  lines.push(['invalid records', 'all', 'total', String(summary.invalid.count)].join(','));
  return `${lines.join('\n')}\n`;
}
