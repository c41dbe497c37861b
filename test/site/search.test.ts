import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { catalogue } from '@attune/sdk/adjustments';
import { newPage, siteUrl, tabTo } from './browser';

/**
 * Words practitioners type, and the pages each must bring up in its first five results. They are
 * written as a probation officer or mentor would search, not in the pages' own words.
 */
const QUERIES: [string, string[]][] = [
  [
    'memory court hearing',
    ['/adjustments/court-breaks-and-familiarisation/', '/adjustments/court-intermediary/'],
  ],
  ['forgetful', ['/adjustments/checklists-and-prompts/']],
  ['letters', ['/adjustments/plain-english-letters/']],
  ['noise', ['/adjustments/lighting-and-noise/']],
  [
    'missed appointments',
    ['/adjustments/missed-appointment-follow-up/', '/adjustments/text-reminders/'],
  ],
  ['reminders', ['/adjustments/text-reminders/', '/adjustments/clear-times-and-dates/']],
  ['easy read', ['/adjustments/easy-read-documents/']],
  [
    'head injury',
    ['/adjustments/needs/head-injury-fatigue/', '/adjustments/brain-injury-referral/'],
  ],
  ['appropriate adult police', ['/adjustments/appropriate-adult/']],
  ['hostel rules', ['/adjustments/hostel-rules-explained/']],
  ['journey bus', ['/adjustments/route-planning-help/']],
  ['release day', ['/adjustments/release-day-plan/']],
  ['waiting room', ['/adjustments/waiting-room-alternatives/']],
  ['budget money', ['/adjustments/money-and-budget-support/']],
];

describe('search for practitioners', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage()));
  afterAll(async () => context?.close());

  const status = () => page.locator('[data-search-status]').innerText();
  const hrefs = () =>
    page
      .locator('[data-search-results] li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  async function search(query: string) {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(status, { timeout: 15_000 }).toMatch(/results? for/);
  }

  it(
    'finds the pages each practitioner query should, in its first five results',
    { timeout: 120_000 },
    async () => {
      const misses: string[] = [];
      const ranks: string[] = [];
      for (const [query, wanted] of QUERIES) {
        await search(query);
        const top = (await hrefs()).slice(0, 5);
        for (const path of wanted) {
          const rank = top.indexOf(path) + 1;
          ranks.push(`${query} → ${path}: ${rank || 'not in top 5'}`);
          if (!rank) misses.push(`${query}: ${path} not in ${top.join(', ')}`);
        }
      }
      console.info(`search ranks:\n${ranks.join('\n')}`);
      expect(misses).toEqual([]);
    },
  );

  it(
    'keeps developer pages out of practitioners’ results, under their own filter',
    { timeout: 30_000 },
    async () => {
      await search('forgetful');
      expect((await hrefs()).filter((h) => h.startsWith('/developers/'))).toEqual([]);
      await page.locator('#search-audience').selectOption('Developers');
      await expect.poll(async () => (await hrefs())[0] ?? '').toMatch(/^\/developers\//);
      expect((await hrefs()).every((h) => h.startsWith('/developers/'))).toBe(true);
      expect(page.url()).toContain('audience=Developers');
    },
  );

  it(
    'reaches every result, and snippets start with the page’s words, not its breadcrumbs',
    { timeout: 60_000 },
    async () => {
      await search('court');
      const total = Number(/^(\d+) results/.exec(await status())?.[1]);
      expect(total).toBeGreaterThan(40);
      expect(await page.locator('[data-search-results] li').count()).toBe(20);
      while (await page.locator('[data-search-more]').isVisible()) {
        const before = await page.locator('[data-search-results] li').count();
        await tabTo(page, '[data-search-more]');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.locator('[data-search-results] li').count())
          .toBeGreaterThan(before);
        // Focus moves to the first new result, so a keyboard user carries on where the list grew.
        const focused = await page.evaluate(() => {
          const item = document.activeElement?.closest('[data-search-results] > li');
          return item ? [...item.parentElement!.children].indexOf(item) : -1;
        });
        expect(focused).toBe(before);
      }
      expect(await page.locator('[data-search-results] li').count()).toBe(total);
      expect(new Set(await hrefs()).size).toBe(total);
      const snippets = await page.locator('[data-search-results] li > p').allInnerTexts();
      expect(
        snippets.filter((s) =>
          /^All |adjustmentsReasonable|^Reasonable adjustment|^Module \d/.test(s),
        ),
      ).toEqual([]);
    },
  );
});

describe('the adjustments library', () => {
  it('filters by need and setting together', { timeout: 30_000 }, async () => {
    const { context, page } = await newPage();
    await page.goto(`${siteUrl()}/adjustments/`);
    await page.locator('#filter-need').selectOption('memory-organisation');
    await page.locator('#filter-setting').selectOption('court');
    await tabTo(page, '[data-adjustment-filter] button[type=submit]');
    await page.keyboard.press('Enter');
    const expected = catalogue
      .filter((a) => a.domains.includes('memory-organisation') && a.settings.includes('court'))
      .map((a) => a.title)
      .sort((a, b) => a.localeCompare(b));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(catalogue.length);
    await expect
      .poll(() => page.locator('[data-adjustment-list] li:visible a').allInnerTexts())
      .toEqual(expected);
    expect(await page.locator('[data-adjustment-count]').innerText()).toBe(
      `${expected.length} adjustments for Memory, organisation and appointments in Court.`,
    );
    expect(page.url()).toContain('need=memory-organisation&setting=court');
    // The address keeps the choice: opening it again shows the same list.
    await page.reload();
    await expect
      .poll(() => page.locator('[data-adjustment-list] li:visible a').allInnerTexts())
      .toEqual(expected);
    await context.close();
  });
});
