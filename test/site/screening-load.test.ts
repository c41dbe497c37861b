import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, press, siteUrl } from './browser';

// The screening page loads only its intro; the run (XState, the SDK's machine, every later step)
// loads when the person starts, or when a saved run is to be offered. Checked in real Chromium by
// what the page fetched, and by what the person meets: nothing lost, focus where it should be.
let context: BrowserContext;
let page: Page;
beforeAll(async () => ({ context, page } = await newPage({ width: 320, height: 640 })));
afterAll(async () => context?.close());

/** Whether any script the page has fetched so far holds XState (its own event names do). */
const hasFetchedXState = () =>
  page.evaluate(async () => {
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => new URL(url).pathname.endsWith('.js'));
    const texts = await Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
    return texts.some((text) => text.includes('xstate.init'));
  });
const active = () => page.evaluate(() => document.activeElement?.tagName);
const heading = () => page.locator('main h1').first().innerText();

describe('the screening page', () => {
  it('loads no XState for the intro, and starts by keyboard with focus on the consent heading', async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect.poll(() => page.title()).toMatch(/^Before you start – /);
    // The intro is live (its script has run): the saving box can be ticked.
    await page.locator('#save-on-device').check();
    expect(await hasFetchedXState()).toBe(false);

    await press(page, '[data-testid=start]');
    await expect.poll(heading).toBe('Is the person happy to do the screening?');
    expect(await active()).toBe('H1');
    expect(await hasFetchedXState()).toBe(true);
    // Saving chosen before the run's code loaded is kept.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('attune.screening')))
      .not.toBeNull();
  });

  it('offers a run saved on this device without taking focus on load', async () => {
    // The run saved by the test before.
    await page.goto(`${siteUrl()}/screening/`);
    await expect.poll(() => page.locator('[data-testid=saved-resumable]').count()).toBe(1);
    expect(await active()).toBe('BODY');
    await page.locator('[data-testid=resume]').click();
    await expect.poll(heading).toBe('Is the person happy to do the screening?');
    expect(await active()).toBe('H1');
  });
});
