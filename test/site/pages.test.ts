import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, scrollsSideways, siteUrl } from './browser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlPages(full);
    return name === 'index.html'
      ? ['/' + relative(dist, dir).split('\\').join('/') + (dir === dist ? '' : '/')]
      : [];
  });
}
const pages = htmlPages(dist)
  .map((p) => p.replace(/^\/\//, '/'))
  .sort();

// One test per page, so a slow page fails alone rather than timing out every page after it.
describe('each page of the built site', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it.each(pages)(
    '%s has no WCAG 2.2 AA violations (axe-core), no request off the site and no sideways scroll at 320 or 1280px',
    { timeout: 60_000 },
    async (path) => {
      requests.length = 0;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(siteUrl() + path, { waitUntil: 'load' });
      expect(await axe(page)).toEqual([]);
      expect(offSite(requests)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await page.setViewportSize({ width: 320, height: 900 });
      expect(await scrollsSideways(page)).toBe(false);
    },
  );
});

describe('the built site', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => Promise.all(opened.map((c) => c.close())));

  it('includes the pages people arrive at', () => {
    for (const p of [
      '/',
      '/screening/',
      '/privacy/',
      '/accessibility/',
      '/adjustments/',
      '/adjustments/text-reminders/',
      '/sources/',
    ])
      expect(pages).toContain(p);
  });

  it('sends a Content-Security-Policy that allows only the site itself', async () => {
    const { context, page } = await newPage();
    opened.push(context);
    await page.goto(siteUrl() + '/');
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  it('keeps reading preferences on the device across pages', async () => {
    const { context, page } = await newPage();
    opened.push(context);
    await page.goto(siteUrl() + '/');
    await page.locator('summary', { hasText: 'Reading preferences' }).click();
    await page.locator('#pref-text-size-largest').check();
    await page.locator('#pref-tint-cream').check();
    await page.locator('#pref-font-legible').check();
    await page.goto(siteUrl() + '/privacy/');
    const attrs = await page.evaluate(() => ({
      size: document.documentElement.dataset.textSize,
      tint: document.documentElement.dataset.tint,
      font: document.documentElement.dataset.font,
      px: getComputedStyle(document.querySelector('h1')!).fontFamily,
    }));
    expect(attrs).toMatchObject({ size: 'largest', tint: 'cream', font: 'legible' });
    expect(attrs.px).toContain('Atkinson');
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Delete everything saved on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () => Object.keys(localStorage).filter((k) => k.startsWith('attune.')).length,
        ),
      )
      .toBe(0);
  });
});
