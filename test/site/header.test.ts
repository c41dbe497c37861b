import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl, tabTo } from './browser';

/** How far down the page the main heading starts, in CSS pixels. */
const headingTop = async (page: Page) =>
  (await page.locator('main h1').first().boundingBox())?.y ?? Infinity;

describe('the header on a narrow screen', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage({ width: 320, height: 640 })));
  afterAll(async () => context?.close());

  it('folds the sections and search behind a Menu button, so the heading is in the first screen', async () => {
    await page.goto(`${siteUrl()}/adjustments/quiet-room/`);
    const toggle = page.locator('button[data-attune-menu-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#navigation').isVisible()).toBe(false);
    expect(await page.locator('#header-search').isVisible()).toBe(false);
    expect(await headingTop(page)).toBeLessThan(320);
  });

  it('opens by keyboard to every section and the search box, and closes again', async () => {
    await tabTo(page, 'button[data-attune-menu-toggle]');
    await page.keyboard.press('Enter');
    expect(
      await page.locator('button[data-attune-menu-toggle]').getAttribute('aria-expanded'),
    ).toBe('true');
    await tabTo(page, '#navigation a[href="/mentoring/"]');
    await tabTo(page, '#header-search');
    await page.keyboard.type('court');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=court');
    await page.locator('button[data-attune-menu-toggle]').click();
    await page.locator('button[data-attune-menu-toggle]').click();
    expect(await page.locator('#navigation').isVisible()).toBe(false);
  });

  it('shows everything, with no Menu button, on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The page lays itself out again after the resize; wait for that rather than read mid-way.
    await expect
      .poll(() => page.locator('button[data-attune-menu-toggle]').isVisible())
      .toBe(false);
    await expect.poll(() => page.locator('#navigation').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#header-search').isVisible()).toBe(true);
  });
});

describe('Back links', () => {
  it('keep their arrow clear of their text, as links and as buttons', async () => {
    const { context, page } = await newPage();
    /** The gap between the arrow's right edge and the start of the words, in pixels. */
    const gap = () =>
      page
        .locator('.govuk-back-link')
        .first()
        .evaluate((el) => {
          const arrow = getComputedStyle(el, '::before');
          const words = document.createRange();
          words.selectNodeContents(el);
          const textLeft = words.getBoundingClientRect().left;
          const box = el.getBoundingClientRect();
          const arrowRight =
            box.left +
            parseFloat(arrow.left) +
            parseFloat(arrow.width) +
            parseFloat(arrow.borderLeftWidth) +
            parseFloat(arrow.borderRightWidth);
          return textLeft - arrowRight;
        });
    await page.goto(`${siteUrl()}/adjustments/quiet-room/`);
    expect(await gap()).toBeGreaterThanOrEqual(0);
    await page.goto(`${siteUrl()}/screening/`);
    await page.locator('[data-testid=start]').click();
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    await page.locator('main .govuk-back-link').first().waitFor();
    expect(await gap()).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});
