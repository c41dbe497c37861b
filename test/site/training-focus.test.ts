import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';

// What axe cannot see on the training pages, in real Chromium.
let context: BrowserContext;
let page: Page;
beforeAll(async () => ({ context, page } = await newPage({ width: 320, height: 640 })));
afterAll(async () => context?.close());

describe('training pages', () => {
  it('a module page takes no focus on load: the skip link is first and the h1 stays in view', async () => {
    await page.goto(`${siteUrl()}/training/autism/`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300); // the module's script has drawn
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Skip/);
  });

  it('the certificate is not read out again on every key of the name', async () => {
    await page.goto(`${siteUrl()}/training/certificate/`);
    expect(await page.locator('[data-certificate]').getAttribute('aria-live')).toBeNull();
    expect(
      await page.locator('[data-certificate]').evaluate((box) => box.closest('[aria-live]')),
    ).toBeNull();
  });
});
