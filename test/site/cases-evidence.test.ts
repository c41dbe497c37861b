import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { caseBundle } from '@attune/sdk/cases';
import { newPage, offSite, siteUrl } from './browser';
import { sampleParts, yearCase } from '../fixtures/caseload';

describe('the evidence page takes a case bundle', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it('counts the screenings and plans inside a plain bundle as /cases/ exports it', async () => {
    const parts = sampleParts();
    const bundle = caseBundle(Array.from({ length: 7 }, (_, i) => yearCase(i, parts)));
    await page.goto(`${siteUrl()}/evidence/`);
    await page.locator('#records').setInputFiles({
      name: 'attune-caseload-2026-12-01-NOT-ENCRYPTED.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`${JSON.stringify(bundle)}\n`),
    });
    await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
    // 7 screenings and 14 adjustment plans; the case's own reviews and referrals are not records.
    await expect
      .poll(() => page.locator('[data-status]').innerText())
      .toMatch(/^Finished: 21 records read\./);
    // Published counts carry cell-key noise to protect people (at most ±10, see sdk/evidence/cell-key.ts).
    const screened = /Screened\s+(\d+)/.exec(
      await page.locator('[data-testid=totals]').innerText(),
    );
    expect(Math.abs(Number(screened?.[1]) - 7)).toBeLessThanOrEqual(10);
    expect(await page.locator('[data-testid=invalid]').innerText()).toContain('None');
    expect(offSite(requests)).toEqual([]);
  });
});
