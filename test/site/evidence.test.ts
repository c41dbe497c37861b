import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, scrollsSideways, siteUrl, tabTo } from './browser';
import { generatedCohort, generatedRecord } from '../fixtures/cohort.js';

describe('the evidence base page', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'summarises generated record files in the browser, suppresses small counts and lists invalid records',
    { timeout: 60_000 },
    async () => {
      const ndjson = [
        ...[...generatedCohort(300, 11)].map((r) => JSON.stringify(r)),
        'not json at all',
        '{"schemaVersion":9}',
        ...Array(6).fill('{"kind":"screening-ended","status":"declined"}'),
        ...Array(3).fill('{"kind":"screening-ended","status":"withdrawn"}'),
      ].join('\n');
      const older = JSON.stringify(
        Array.from({ length: 30 }, (_, i) => generatedRecord(i, undefined, '0.9.0')),
      );
      await page.goto(`${siteUrl()}/evidence/`);
      await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
      await expect
        .poll(() => page.locator('[data-error]').innerText())
        .toMatch(/Choose one or more record files/);
      await page.locator('#records').setInputFiles([
        { name: 'records.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(ndjson) },
        { name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(older) },
      ]);
      // Choosing files needs the system dialog, which a headless browser cannot show; the rest is by keyboard.
      await tabTo(page, 'main button[type=submit]');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-status]').innerText())
        .toMatch(/^Finished: 341 records read\./);
      const totals = await page.locator('[data-testid=totals]').innerText();
      expect(totals).toMatch(/Screened\s+330/);
      // 3 withdrew: below 5, so hidden; the 6 who declined are hidden too, or 3 = 339 − 330 − 6.
      expect(totals).toMatch(/Withdrew\s+suppressed/);
      expect(totals).toMatch(/Declined\s+suppressed/);
      expect(totals).toMatch(/All\s+339/);
      expect(await page.locator('[data-testid=versions]').innerText()).toContain(
        'attune-needs-screening@0.9.0 (30)',
      );
      const invalid = await page.locator('[data-testid=invalid]').innerText();
      expect(invalid).toMatch(/1: not a JSON object \(record 301\)/);
      expect(invalid).toMatch(/1: unknown schemaVersion \(record 302\)/);
      expect(await page.locator('[data-testid=domains]').innerText()).toContain(
        'Reading and writing',
      );
      for (const v of await axe(page)) throw new Error(v);
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
      expect(csv).toContain('totals,all records,screened,330');
      expect(csv).toContain('totals,all records,withdrawn,[c]');
      expect(csv).toContain('totals,all records,declined,[c]');
      expect(offSite(requests)).toEqual([]);
    },
  );
});
