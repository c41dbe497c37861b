import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, offSite, siteUrl, tabTo } from './browser';

describe('the adjustments library and search', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  const results = () =>
    page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => a.textContent?.trim() ?? ''));

  it('browses by need and by setting to an adjustment, by keyboard, each page linking back to its needs and settings', async () => {
    const follow = async (href: string) => {
      await tabTo(page, `main a[href="${href}"]`);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${href}`);
    };
    await page.goto(`${siteUrl()}/adjustments/`);
    await follow('/adjustments/needs/sensory/');
    expect(await page.locator('h1').innerText()).toBe('Sensory experience');
    await follow('/adjustments/quiet-room/');
    expect(page.url()).toMatch(/\/adjustments\/quiet-room\/$/);
    await follow('/adjustments/settings/group-work/');
    expect(await page.locator('h1').innerText()).toBe('Group work');
    expect(await page.locator('main li a').count()).toBeGreaterThanOrEqual(5);
  });

  it('finds an adjustment by a word from its body, not only its title, and opens it', async () => {
    // "landmark" is in the guidance text of "Text reminders before appointments", not in its title.
    await page.goto(`${siteUrl()}/`);
    await tabTo(page, '#header-search');
    await page.keyboard.type('landmark');
    await page.keyboard.press('Enter');
    // The first search loads Pagefind's index, which takes a moment on a busy machine.
    await expect.poll(results, { timeout: 15_000 }).toContain('Text reminders before appointments');
    await tabTo(page, '[data-search-results] a[href="/adjustments/text-reminders/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/adjustments/text-reminders/');
    expect(page.url()).toMatch(/\/adjustments\/text-reminders\/$/);
  });

  it('narrows results with the need and setting filters', { timeout: 60_000 }, async () => {
    await page.goto(`${siteUrl()}/search/?q=court`);
    // The first search loads Pagefind's index, which takes a moment on a busy machine.
    await expect.poll(async () => (await results()).length, { timeout: 15_000 }).toBeGreaterThan(3);
    const all = (await results()).length;
    await page.locator('#search-setting').selectOption('Police custody and interview');
    await expect.poll(async () => (await results()).length).toBeLessThan(all);
    const inCustody = await results();
    await page.locator('#search-need').selectOption('Sensory experience');
    await expect.poll(() => page.url()).toContain('need=Sensory+experience');
    expect(page.url()).toContain('setting=Police+custody+and+interview');
    // A fresh load with both filters in the address, so the links below come from that search alone.
    await page.goto(
      `${siteUrl()}/search/?q=court&need=Sensory+experience&setting=Police+custody+and+interview`,
    );
    await expect
      .poll(() => page.locator('[data-search-status]').innerText())
      .toMatch(/^\d+ results? for “court”/);
    expect((await results()).length).toBeLessThanOrEqual(inCustody.length);
    // The results really are tagged with both filters.
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs.slice(0, 3)) {
      await page.goto(siteUrl() + href);
      const summary = await page.locator('.govuk-summary-list').innerText();
      expect(summary).toContain('Sensory experience');
      expect(summary).toContain('Police custody and interview');
    }
  });

  it('loads search code only on the search page, and only from the site', async () => {
    await page.goto(`${siteUrl()}/adjustments/`);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(loaded.some((u) => u.includes('pagefind'))).toBe(false);
    expect(offSite(requests)).toEqual([]);
  });
});
