import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, press, siteUrl, tabTo } from './browser';
import { savedAtReview } from './finished-screening';

// Agreeing a plan follows the GOV.UK error pattern, checked in real Chromium: every error at
// once, each on its own field and tied to it, specific words, and nothing typed is lost.

let context: BrowserContext;
let page: Page;
const heading = () => page.locator('main h1').innerText();
const active = () => page.evaluate(() => document.activeElement?.id ?? '');
const described = (id: string) =>
  page.evaluate((i) => {
    const ids = document.getElementById(i)?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(' ')
      .filter(Boolean)
      .map((d) => document.getElementById(d)?.textContent?.trim());
  }, id);

beforeAll(async () => {
  ({ context, page } = await newPage());
  await page.goto(`${siteUrl()}/screening/`);
  await page.evaluate(
    (saved) => localStorage.setItem('attune.screening', saved),
    savedAtReview('last'),
  );
  await page.reload();
  await page.locator('[data-testid=resume]').click();
  if (await page.locator('[data-testid=safeguarding-noted]').count())
    await page.locator('[data-testid=safeguarding-noted]').click();
  await page.locator('[data-testid=submit]').click();
  await page.locator('[data-testid=agree-plan]').click();
  await page.locator('#decision-0').waitFor();
});
afterAll(async () => context?.close());

describe('agreeing a plan', () => {
  it('puts "Say why" on the reason box, linked and described, keeping the choice made', async () => {
    await tabTo(page, '#decision-0');
    await page.keyboard.press('ArrowDown'); // "Not now"
    await press(page, 'main button[type=submit]');
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    const link = page.locator('.govuk-error-summary a');
    expect(await link.innerText()).toMatch(/^Say why/);
    expect(await link.getAttribute('href')).toBe('#decision-reason');
    expect(await page.locator('#decision-reason').getAttribute('aria-invalid')).toBe('true');
    expect(await described('decision-reason')).toEqual([expect.stringMatching(/^Error: Say why/)]);
    expect(await page.locator('#decision-1').isChecked()).toBe(true);
    await link.click();
    expect(await active()).toBe('decision-reason');
  });

  it('refuses a reason over 300 characters with a message, and keeps what was typed', async () => {
    const long = 'x'.repeat(301);
    await page.locator('#decision-reason').fill(long);
    await page.locator('main button[type=submit]').click();
    await expect
      .poll(() => page.locator('.govuk-error-summary').innerText())
      .toMatch(/300 characters or fewer/);
    expect(await page.locator('#decision-reason').inputValue()).toBe(long);
  });

  it('adds an adjustment of the person’s own, keeping focus on the button and saying so', async () => {
    for (
      let guard = 0;
      guard < 20 && (await heading()) !== 'Anything else that would help?';
      guard++
    ) {
      const before = await heading();
      await page.locator('#decision-0').check();
      await page.locator('#decision-reason').fill('');
      await page.locator('main button[type=submit]').click();
      await expect.poll(heading).not.toBe(before);
    }
    await page.locator('#own-title').fill('Meet at the gym café');
    await tabTo(page, 'form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid=announce]').innerText())
      .toMatch(/^Added: Meet/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Add this adjustment',
    );
    expect(await page.locator('#own-title').inputValue()).toBe('');
    expect(await page.locator('main li').first().innerText()).toContain('Meet at the gym café');
  });

  it.each([
    [['', '', ''], /Enter the date/],
    [['31', '2', '2027'], /must be a real date/],
    [['3', 'Feb', '2027'], /must be a real date/],
    [['1', '1', '2020'], /must be in the future/],
  ])('shows every error at once for the date %j, in specific words', async (parts, words) => {
    if ((await heading()) !== 'Agree the plan')
      await page.locator('[data-testid=plan-next]').click();
    await expect.poll(heading).toBe('Agree the plan');
    for (const [i, name] of ['day', 'month', 'year'].entries())
      await page.locator(`#review-${name}`).fill(parts[i]!);
    await page.locator('main button[type=submit]').click();
    const items = page.locator('.govuk-error-summary li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toMatch(words);
    expect(await items.nth(1).innerText()).toMatch(/agreed this plan with the person/);
    expect(await page.locator('#review-day').getAttribute('aria-invalid')).toBe('true');
    expect(await described('plan-agreed')).toEqual([expect.stringMatching(/^Error: Confirm/)]);
    expect(await page.locator('#review-month').inputValue()).toBe(parts[1]);
  });
});
