import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import map from '../../site/flows/screening/pictures.json';
import { axe, newPage, offSite, siteUrl } from './browser';

const pictures: Record<string, { icon: string; alt: string } | null> = map.pictures;

describe('Easy Read pictures in the screening', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it('shows a picture beside the question and each answer, from the site, with alt text', async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await page.locator('[data-testid=start]').click();
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    await page.locator('main h1', { hasText: 'How are you feeling today?' }).waitFor();
    // Plain English has no pictures; Easy Read does.
    expect(await page.locator('[data-testid=question-picture]').count()).toBe(0);
    await page.locator('#easy-read').check();
    const picture = page.locator('[data-testid=question-picture]');
    await picture.waitFor();
    expect(await picture.getAttribute('alt')).toBe(pictures['today-feeling']!.alt);
    expect(await picture.getAttribute('src')).toBe(
      `/pictures/${pictures['today-feeling']!.icon}.svg`,
    );
    const answers = await page.locator('main .govuk-radios__label img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((i) => ({
        src: new URL(i.src).pathname,
        w: i.naturalWidth,
      })),
    );
    expect(answers.map((a) => a.src)).toEqual(
      ['good', 'okay', 'not-great', 'hard-day'].map(
        (v) => `/pictures/${pictures[`today-feeling=${v}`]!.icon}.svg`,
      ),
    );
    await expect
      .poll(() => picture.evaluate((i) => (i as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    for (const a of answers) expect(a.w).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    expect(offSite(requests)).toEqual([]);
  });

  it('credits OpenMoji and its licence on the accessibility page', async () => {
    await page.goto(`${siteUrl()}/accessibility/`);
    expect(await page.locator('[data-testid=openmoji-credit]').innerText()).toMatch(
      /OpenMoji.*CC BY-SA 4\.0/s,
    );
  });
});
