import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, press, siteUrl, tabTo } from './browser';

// What axe cannot see and the flow runner must get right, checked in real Chromium on the
// screening page: focus after each action, errors tied to their fields, progress in the legend.
let context: BrowserContext;
let page: Page;
beforeAll(async () => ({ context, page } = await newPage({ width: 320, height: 640 })));
afterAll(async () => context?.close());

const active = () =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.tagName, id: el.id, cls: el.className };
  });

async function firstQuestion() {
  await page.goto(`${siteUrl()}/screening/`);
  await page.locator('[data-testid=start]').click();
  await page.locator('#consent-yes').check();
  await page.locator('main button[type=submit]').click();
  await expect.poll(() => page.locator('form[data-testid=question-form]').count()).toBe(1);
}

describe('the flow runner', () => {
  it('takes no focus on page load: the skip link comes first and the h1 stays in view', async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await expect.poll(() => page.title()).toMatch(/^Before you start – /);
    expect((await active()).tag).toBe('BODY');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Skip/);
  });

  it('moves focus to the new heading on each step, and keeps it on Easy Read with the choice made', async () => {
    await firstQuestion();
    expect((await active()).tag).toBe('H1');
    await page.locator('input[name=answer]').nth(1).check();
    await tabTo(page, '#easy-read');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#easy-read').isChecked()).toBe(true);
    // The step was redrawn in place: focus is where it was, and the unsent choice is kept.
    expect((await active()).id).toBe('easy-read');
    expect(await page.locator('input[name=answer]').nth(1).isChecked()).toBe(true);
  });

  it('shows an error the GOV.UK way: title, summary focused, field described, link scrolls to the question', async () => {
    await firstQuestion();
    await press(page, 'form[data-testid=question-form] button[type=submit]');
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect((await active()).cls).toContain('govuk-error-summary');
    expect(await page.locator('[role=alert]').count()).toBe(1);
    // The fieldset is described by its error, read from the accessibility tree.
    const group = page.getByRole('group', { name: /Section 1 of \d+/ });
    expect(await group.count()).toBe(1);
    const describedBy = await group.getAttribute('aria-describedby');
    const error = await page.locator(`#${describedBy!.split(' ').pop()}`).textContent();
    expect(error).toMatch(/^Error: /);
    // Following the link focuses the first choice and brings the question's legend into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('.govuk-error-summary a').click();
    expect((await active()).id).toMatch(/^answer-/);
    const legendTop = await page
      .locator('form[data-testid=question-form] legend')
      .evaluate((l) => l.getBoundingClientRect().top);
    expect(legendTop).toBeGreaterThanOrEqual(0);
    expect(legendTop).toBeLessThan(640);
  });

  it('reads progress as the legend caption, with totals that do not change mid-section', async () => {
    await firstQuestion();
    const progress = async () => page.locator('legend [data-testid=progress]').innerText();
    const first = await progress();
    const total = /of (\d+) in this section/.exec(first)![1];
    for (let i = 0; i < 4; i++) {
      const before = await page.locator('main h1').innerText();
      await page.locator('input[name=answer]').first().check();
      await page.locator('form[data-testid=question-form] button[type=submit]').click();
      await expect.poll(() => page.locator('main h1').innerText()).not.toBe(before);
      if ((await page.locator('legend [data-testid=progress]').count()) === 0) break;
      const now = await progress();
      if (!now.startsWith(first.split('\n')[0])) break; // a new section
      expect(/of (\d+) in this section/.exec(now)![1]).toBe(total);
    }
  });

  it('groups the practitioner’s controls in one closed box on each question', async () => {
    await firstQuestion();
    const box = page.locator('[data-testid=practitioner]');
    expect(await box.count()).toBe(1);
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Typing a note keeps focus in the note: the page updates around it.
    await box.locator('summary').click();
    const note = box.locator('textarea');
    await note.click();
    await page.keyboard.type('Prefers mornings');
    expect(await note.inputValue()).toBe('Prefers mornings');
    expect((await active()).tag).toBe('TEXTAREA');
  });
});
