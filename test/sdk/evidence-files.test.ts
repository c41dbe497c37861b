// Every file Attune writes with records in it can be summarised, and a hostile file is counted as
// unusable rather than breaking the summary.
import { describe, expect, it } from 'vitest';
import { MAX_NOISE, readEvidenceText, summariseCohort } from '@attune/sdk/evidence';
import { screeningRecordsCsv } from '@attune/sdk/interop';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { picks, screen } from '../fixtures/run-screening.js';
import fc from 'fast-check';

const records = fc.sample(picks, { numRuns: 12, seed: 4 }).map((p) => screen(needsScreening, p));
const near = (published: number | null | undefined, truth: number) =>
  published !== null && published !== undefined && Math.abs(published - truth) <= MAX_NOISE;

describe('reading the files Attune writes', () => {
  it('reads a pretty-printed single record, as the screening page downloads it', () => {
    const { format, records: read } = readEvidenceText(JSON.stringify(records[0], null, 2));
    expect(format).toBe('json');
    expect(read).toEqual([records[0]]);
  });

  it('reads the note of a declined screening', () => {
    const note = {
      kind: 'screening-ended',
      status: 'declined',
      questionnaire: { id: needsScreening.id, version: needsScreening.version },
      endedAt: '2026-11-24T10:05:00.000Z',
    };
    expect(readEvidenceText(JSON.stringify(note, null, 2)).records).toEqual([note]);
  });

  it('reads a JSON list and NDJSON', () => {
    expect(readEvidenceText(JSON.stringify(records)).records).toEqual(records);
    const ndjson = records.map((r) => JSON.stringify(r)).join('\n');
    expect(readEvidenceText(ndjson)).toEqual({ format: 'ndjson', records });
  });

  it('reads the records CSV and counts it as the JSON is counted', () => {
    const csv = screeningRecordsCsv(records, needsScreening);
    const { format, records: read } = readEvidenceText(csv);
    expect(format).toBe('records-csv');
    expect(read).toHaveLength(records.length);
    const fromCsv = summariseCohort(read);
    expect(fromCsv.invalid.count).toBe(0);
    expect(near(fromCsv.totals.cells.screened, records.length)).toBe(true);
    for (const [i, r] of records.entries()) {
      const row = read[i] as { profile: { domains: { domain: string; level: string }[] } };
      expect(row.profile.domains).toEqual(
        r.profile.domains.map(({ domain, level }) => ({ domain, level })),
      );
    }
  });

  it('counts a line nested 100,000 deep as unusable, and the rest as usual', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepObject = `{"schemaVersion":1,"x":${deep}}`;
    const text = [JSON.stringify(records[0]), deepObject, JSON.stringify(records[1])].join('\n');
    const { records: read } = readEvidenceText(text);
    const s = summariseCohort(read);
    expect(s.invalid.count).toBe(1);
    let nested: Record<string, unknown> = {};
    const root = { ...records[2], extra: nested };
    for (let i = 0; i < 100_000; i++) nested = (nested.a = {}) as Record<string, unknown>;
    expect(() => summariseCohort([root])).not.toThrow();
    expect(
      summariseCohort([root]).invalid.reasons['too large or too deeply nested to read']?.count,
    ).toBe(1);
  });
});
