import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, scrollsSideways, siteUrl, tabTo } from './browser';
import fc from 'fast-check';
import { screeningRecordsCsv } from '@attune/sdk/interop';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { generatedCohort, generatedRecord } from '../fixtures/cohort.js';
import { picks, screen } from '../fixtures/run-screening.js';

const near = (text: string, label: string, truth: number) => {
  const m = new RegExp(`${label}\\s+([\\d,]+|suppressed)`).exec(text);
  if (!m) throw new Error(`${label} not found in ${text}`);
  return m[1] !== 'suppressed' && Math.abs(Number(m[1]!.replace(/,/g, '')) - truth) <= 10;
};

describe('the evidence base page', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'summarises every kind of file Attune writes, shows suppressed counts as suppressed and lists invalid records',
    { timeout: 90_000 },
    async () => {
      const ndjson = [
        ...[...generatedCohort(300, 11)].map((r) => JSON.stringify(r)),
        'not json at all',
        '{"schemaVersion":9}',
        ...Array.from({ length: 6 }, (_, i) =>
          JSON.stringify({
            kind: 'screening-ended',
            status: 'declined',
            endedAt: `2026-11-0${i + 1}T10:00:00Z`,
          }),
        ),
        ...Array.from({ length: 3 }, (_, i) =>
          JSON.stringify({
            kind: 'screening-ended',
            status: 'withdrawn',
            endedAt: `2026-11-0${i + 1}T10:00:00Z`,
          }),
        ),
      ].join('\n');
      const older = JSON.stringify(
        Array.from({ length: 30 }, (_, i) => generatedRecord(i, undefined, '0.9.0')),
      );
      // As the screening page downloads them: one record pretty-printed, the note of a stopped
      // screening, and the records CSV.
      const one = JSON.stringify(generatedRecord(5000), null, 2);
      const note = JSON.stringify(
        {
          kind: 'screening-ended',
          status: 'withdrawn',
          questionnaire: { id: 'attune-needs-screening', version: '1.0.1' },
          endedAt: '2026-11-24T10:05:00.000Z',
        },
        null,
        2,
      );
      const screened = fc
        .sample(picks, { numRuns: 4, seed: 2 })
        .map((p) => screen(needsScreening, p));
      const csvRecords = screeningRecordsCsv(screened, needsScreening);
      await page.goto(`${siteUrl()}/evidence/`);
      expect(await page.locator('[data-testid=file-kinds]').innerText()).toMatch(/CSV/);
      await page.locator('#threshold').fill('nine');
      await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
      // The GOV.UK error summary: focused, linking to each field, and "Error:" in the title.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')))
        .toBe(true);
      const summaryText = await page.locator('[data-error-summary]').innerText();
      expect(summaryText).toMatch(/There is a problem/);
      expect(summaryText).toMatch(/Choose one or more files of records/);
      expect(summaryText).toMatch(/whole number from 1 to 100/);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('#records').getAttribute('aria-describedby')).toContain(
        'records-error',
      );
      for (const v of await axe(page)) throw new Error(v);
      await page.locator('[data-error-summary] a[href="#threshold"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('threshold');
      await page.locator('#threshold').fill('5');
      await page.locator('#records').setInputFiles([
        { name: 'records.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(ndjson) },
        { name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(older) },
        { name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(one) },
        { name: 'stopped.json', mimeType: 'application/json', buffer: Buffer.from(note) },
        { name: 'records.csv', mimeType: 'text/csv', buffer: Buffer.from(csvRecords) },
      ]);
      // Choosing files needs the system dialog, which a headless browser cannot show; the rest is by keyboard.
      await tabTo(page, 'main button[type=submit]');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-status]').innerText())
        .toMatch(/^Finished: 347 records read\./);
      expect(await page.title()).not.toMatch(/^Error: /);
      expect(await page.locator('[data-error-summary]').isHidden()).toBe(true);
      const totals = await page.locator('[data-testid=totals]').innerText();
      expect(near(totals, 'Screened', 335)).toBe(true);
      expect(near(totals, 'All', 345)).toBe(true);
      expect(await page.locator('[data-testid=method]').innerText()).toMatch(/Census 2021/);
      expect(await page.locator('[data-testid=versions]').innerText()).toMatch(/other versions \(/);
      const invalid = await page.locator('[data-testid=invalid]').innerText();
      expect(invalid).toMatch(/1: not a JSON object \(record 301\)/);
      expect(invalid).toMatch(/1: unknown schemaVersion \(record 302\)/);
      expect(await page.locator('[data-testid=domains]').innerText()).toContain(
        'Reading and writing',
      );
      for (const v of await axe(page)) throw new Error(v);

      // Bars keep 3:1 against the page, and turn to system colours when colours are forced.
      const fills = await page.evaluate(() =>
        ['strong', 'some'].map(
          (l) => getComputedStyle(document.querySelector(`.attune-chart__${l}`)!).fill,
        ),
      );
      for (const fill of fills) expect(contrastWithWhite(fill)).toBeGreaterThanOrEqual(3);
      await page.emulateMedia({ forcedColors: 'active' });
      const forced = await page.evaluate(() => ({
        some: getComputedStyle(document.querySelector('.attune-chart__some')!).stroke,
        text: getComputedStyle(document.querySelector('.attune-chart text')!).fill,
        body: getComputedStyle(document.body).color,
      }));
      expect(forced.some).not.toBe('none');
      expect(forced.text).toBe(forced.body);
      await page.emulateMedia({ forcedColors: 'none' });

      if (process.env.SCREENSHOTS)
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.screenshot({ path: `test/.tmp/shots/evidence-${width}.png`, fullPage: true });
        }
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await scrollsSideways(page)).toBe(false);
      await page.setViewportSize({ width: 1280, height: 800 });

      const downloading = page.waitForEvent('download');
      await tabTo(page, '[data-testid=download-csv]');
      await page.keyboard.press('Enter');
      const file = `test/.tmp/${(await downloading).suggestedFilename()}`;
      await (await downloading).saveAs(file);
      const csv = await (await import('node:fs/promises')).readFile(file, 'utf8');
      // What the table shows as suppressed is [c] in the CSV, never 0, and the other way round.
      for (const [label, key] of [
        ['Screened', 'screened'],
        ['Declined', 'declined'],
        ['Withdrew', 'withdrawn'],
      ]) {
        const shown = new RegExp(`${label}\\s+([\\d,]+|suppressed)`).exec(totals)![1]!;
        const line = csv.split('\r\n').find((l) => l.startsWith(`totals,all records,${key},`))!;
        expect(line.split(',')[3]).toBe(shown === 'suppressed' ? '[c]' : shown.replace(/,/g, ''));
      }
      expect(offSite(requests)).toEqual([]);
    },
  );
});

/** The contrast ratio of an rgb() colour against white, as WCAG defines it. */
function contrastWithWhite(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}
