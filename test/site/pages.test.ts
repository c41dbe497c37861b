import { afterAll, describe, expect, it } from 'vitest';
import { newPage, scrollsSideways, siteUrl } from './browser';
import { pages } from './every-page/check';

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
