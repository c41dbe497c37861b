import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkStep, newPage, offSite, press, tabTo } from './browser';
import { openNewCase, until } from './new-case';

// Outcomes recorded on a case by keyboard: each measure optional, a bad count refused in the
// GOV.UK pattern, and the entry on the timeline saying only what was recorded.

const PASS = 'green teapot by the door';

describe('outcomes on a case', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  const failures: string[] = [];

  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it('sets up a caseload with one person and opens their case', async () => {
    await openNewCase(page, PASS, 'IOM-OUT');
  });

  it('refuses a count that is not a number, then records what is known', async () => {
    await tabTo(page, '#outcome-kept');
    await page.keyboard.type('ten');
    await tabTo(page, '#outcome-missed');
    await page.keyboard.type('2');
    await press(page, '[data-testid=outcome-form] button[type=submit]');
    // The error summary is the page's own, at the top, as the runner draws it for every flow.
    const summary = page.locator('main .govuk-error-summary');
    await until(() => summary.innerText()).toContain('appointments kept as a whole number');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
    ).toBe(true);
    await checkStep(page, 'cases outcome form error', failures);

    await page.fill('#outcome-kept', '');
    await tabTo(page, '#outcome-kept');
    await page.keyboard.type('10');
    // Tab lands on the checked radio, "Not recorded"; the arrows move up to "Yes".
    await tabTo(page, 'input[name=outcome-etw]');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#outcome-etw').isChecked()).toBe(true);
    await press(page, '[data-testid=outcome-form] button[type=submit]');
    await until(() => page.locator('main').innerText()).toContain('Outcomes recorded');
    const text = await page.locator('main').innerText();
    expect(text).toContain('10 appointments kept; 2 missed; in education, training or work');
    // Left blank, so not recorded: nothing is said about enforcement or housing.
    expect(text).not.toMatch(/Warnings: 0|stable accommodation \(last/);
    await checkStep(page, 'cases outcome recorded', failures);
    expect(failures).toEqual([]);
    expect(offSite(requests)).toEqual([]);
  });
});
