import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import { CSV_SKIPPED, screeningRecordsCsv } from '@attune/sdk/interop';
import { smallDefinition } from '../fixtures/small-questionnaire.js';
import { picks, screen } from '../fixtures/run-screening.js';

/** An RFC 4180 reader, as a spreadsheet reads the file: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const small = defineQuestionnaire(smallDefinition);

describe('screening records as CSV', () => {
  it('gives one row per record, in the questionnaire’s column order, and every answer reads back', () => {
    for (const q of [needsScreening, practicalSupport, small]) {
      fc.assert(
        fc.property(fc.array(picks, { minLength: 1, maxLength: 4 }), (runs) => {
          const records = runs.map((choices) =>
            screen(q, choices, ['plain', 'a, b and "c"\nnext line', '=HYPERLINK("http://x")']),
          );
          const [header, ...rows] = parseCsv(screeningRecordsCsv(records, q));
          expect(header!.slice(0, 5)).toEqual([
            'reference',
            'questionnaire',
            'version',
            'startedAt',
            'completedAt',
          ]);
          expect(header!.filter((h) => h.startsWith('level:'))).toEqual(
            q.domains.map((d) => `level:${d.id}`),
          );
          expect(rows).toHaveLength(records.length);
          records.forEach((record, r) => {
            const row = Object.fromEntries(header!.map((h, i) => [h, rows[r]![i]!]));
            for (const item of q.items) {
              const value = record.answers[item.id];
              const expected = !(item.id in record.answers)
                ? ''
                : value === null
                  ? CSV_SKIPPED
                  : Array.isArray(value)
                    ? value.join(';')
                    : value!.startsWith('=')
                      ? `'${value}`
                      : value;
              expect(row[item.id]).toBe(expected);
            }
            for (const d of record.profile.domains) expect(row[`level:${d.domain}`]).toBe(d.level);
            expect(row.recommendedAdjustments).toBe(record.recommendedAdjustments.join(';'));
          });
        }),
        { numRuns: 25 },
      );
    }
  });

  it('never lets a typed answer run as a spreadsheet formula', () => {
    const record = screen(small, [{ skip: false, pick: 0 }], ['@SUM(1+1)']);
    const typed = { ...record, reference: '=cmd|"/c calc"!A1', answers: { ...record.answers } };
    const csv = screeningRecordsCsv([typed], small);
    const [, row] = parseCsv(csv);
    expect(row![0]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row!.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('refuses records of another questionnaire instead of mixing columns', () => {
    const record = screen(small, [{ skip: true, pick: 0 }]);
    expect(() => screeningRecordsCsv([record], practicalSupport)).toThrow(
      /Record 0 is from questionnaire "small-test"/,
    );
  });
});
