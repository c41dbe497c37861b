import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('every page of the built site', () => {
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
    ])
      expect(pages).toContain(p);
  });

  it(
    'has no WCAG 2.2 AA violations found by axe-core, and makes no request off the site',
    { timeout: 300_000 },
    async () => {
      const { context, page, requests } = await newPage();
      opened.push(context);
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(siteUrl() + path, { waitUntil: 'load' });
        for (const v of await axe(page)) failures.push(`${path}: ${v}`);
      }
      expect(failures).toEqual([]);
      expect(offSite(requests)).toEqual([]);
    },
  );

  it.each([320, 1280])(
    'never scrolls sideways at %ipx wide',
    { timeout: 300_000 },
    async (width) => {
      const { context, page } = await newPage({ width });
      opened.push(context);
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(siteUrl() + path, { waitUntil: 'load' });
        if (await scrollsSideways(page)) wide.push(path);
      }
      expect(wide).toEqual([]);
    },
  );

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
