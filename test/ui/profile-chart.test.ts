import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BrowserContext, Page } from 'playwright-core';
import { render as toHtml } from 'preact-render-to-string';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { profileSummary } from '@attune/sdk/screening';
import { h } from '../../site/ui/h';
import { ProfileChart, wrap, type ChartProfile } from '../../site/ui/profile-chart';
import { picks, screen, type Choice } from '../fixtures/run-screening.js';
import { axe, newPage, scrollsSideways, siteUrl } from '../site/browser';

// The chart drawn into a page of the built site (its styles and CSP), then read back in Chromium.
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ context, page } = await newPage());
  await page.goto(`${siteUrl()}/accessibility/`);
});
afterAll(async () => context?.close());

async function show(profiles: ChartProfile[]) {
  const html = toHtml(h(ProfileChart, { profiles, caption: 'Profile', id: 'chart' }));
  await page.evaluate((markup) => (document.querySelector('main')!.innerHTML = markup), html);
}
const summaryOf = (choices: Choice[]) =>
  profileSummary(screen(needsScreening, choices), needsScreening);

describe('the profile chart', () => {
  it('agrees with the record for generated screenings: the table and the picture say the same', async () => {
    await fc.assert(
      fc.asyncProperty(picks, async (choices) => {
        const summary = summaryOf(choices);
        await show([{ heading: 'Now', summary }]);
        const rows = await page
          .locator('main [data-testid=profile-table] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
        expect(rows).toEqual(summary.areas.map((a) => [a.label, a.levelWords]));
        const drawn = await page
          .locator('main svg g[data-level]')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-level')));
        expect(drawn).toEqual(summary.areas.map((a) => a.level));
        // Each level is written beside its bar, so the picture never relies on colour or shape.
        const words = await page.locator('main svg .attune-chart__words').allTextContents();
        expect(words).toEqual(summary.areas.map((a) => a.levelWords));
      }),
      { numRuns: 25 },
    );
  });

  it('draws then and now side by side, each in its own words, with no change score', async () => {
    const [then, now] = fc
      .sample(picks, { numRuns: 2, seed: 7 })
      .map((choices) => summaryOf(choices));
    await show([
      { heading: 'Then, 1 March 2026', summary: then! },
      { heading: 'Now, 1 September 2026', summary: now! },
    ]);
    const rows = await page
      .locator('main [data-testid=profile-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual(
      now!.areas.map((a, i) => [a.label, then!.areas[i]!.levelWords, a.levelWords]),
    );
    const text = await page.locator('main figure').innerText();
    expect(text).not.toMatch(/[+−-]\d|up|down|better|worse|improv/i);
    expect(await axe(page)).toEqual([]);
  });

  it('passes axe, hides the picture from screen readers, and fits 320 px', async () => {
    await show([{ heading: 'Now', summary: summaryOf([{ skip: false, pick: 2 }]) }]);
    expect(await axe(page)).toEqual([]);
    expect(await page.locator('main svg').getAttribute('aria-hidden')).toBe('true');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    const box = await page.locator('main svg').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('wraps a long area name at spaces into short lines', () => {
    expect(wrap('Understanding what is said and processing speed', 32)).toEqual([
      'Understanding what is said and',
      'processing speed',
    ]);
    expect(wrap('Sensory experience')).toEqual(['Sensory experience']);
  });
});
