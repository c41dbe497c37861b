import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { profileSummary, safeguardingGuidance } from '@attune/sdk/screening';
import {
  needsEverywhere,
  noNeeds,
  runPattern,
  twoAreas,
  type Pattern,
} from '../fixtures/needs-screening-patterns.js';
import { service } from '../../site/service';
import { checkStep, newPage, offSite } from './browser';
import { openOutcome } from './finished-screening';

/**
 * The outcome page's height at 1280 px before it started with the summary (commit a3bc172), for
 * a person with needs in every area and nothing opened: the long page the issue set out to cut.
 * Measured with this file's `openOutcome(page, needsEverywhere)` on that commit's build.
 */
const HEIGHT_BEFORE = 10_015;

/** Needs everywhere, and a "yes" to thoughts of ending their life: a safeguarding flag. */
const withSafeguarding: Pattern = (item) =>
  item.id === 'sg-suicide' ? 'yes' : needsEverywhere(item);

const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

describe('the outcome at a glance', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  const failures: string[] = [];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'is under a third of its old height at 1280 px until opened',
    { timeout: 60_000 },
    async () => {
      await openOutcome(page, needsEverywhere);
      const now = await height(page);
      console.info(
        `Outcome height at 1280 px, needs everywhere: ${HEIGHT_BEFORE} px before, ${now} px now`,
      );
      expect(now).toBeLessThan(HEIGHT_BEFORE / 3);
    },
  );

  it(
    'draws the picture from the record: the table says what profileSummary says',
    { timeout: 60_000 },
    async () => {
      for (const pattern of [noNeeds, twoAreas, needsEverywhere]) {
        await openOutcome(page, pattern);
        const summary = profileSummary(runPattern(needsScreening, pattern).record, needsScreening);
        const rows = await page
          .locator('[data-testid=glance] [data-testid=profile-table] tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())),
          );
        expect(rows).toEqual(summary.areas.map((a) => [a.label, a.levelWords]));
        // The picture draws each area at the same level as the table, in the same order.
        const drawn = await page
          .locator('[data-testid=glance] svg g[data-level]')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-level')));
        expect(drawn).toEqual(summary.areas.map((a) => a.level));
      }
    },
  );

  it(
    'starts with safeguarding, then three to five things to do, and keeps every part of the detail',
    { timeout: 60_000 },
    async () => {
      await openOutcome(page, withSafeguarding);
      const record = runPattern(needsScreening, withSafeguarding).record;
      const main = await page.locator('main').innerText();
      // Safeguarding comes before the picture, and is the first thing to do.
      expect(main.indexOf('At a glance')).toBeGreaterThan(
        main.indexOf(await page.locator('#safeguarding-title').innerText()),
      );
      const todo = await texts(page, '[data-testid=todo] li');
      expect(todo.length).toBeGreaterThanOrEqual(3);
      expect(todo.length).toBeLessThanOrEqual(5);
      expect(todo[0]).toMatch(/safeguarding concern/);
      expect(todo[1]).toMatch(/^Agree adjustments with the person/);
      expect(todo.join(' ')).toContain(record.referrals[0]!.title);

      // The detail is closed, and all of it is there once opened.
      const details = page.locator('main details[data-testid$=-detail]');
      expect(await details.count()).toBe(4);
      for (const d of await details.all()) expect(await d.getAttribute('open')).toBeNull();
      // On paper the detail prints open: a printed outcome holds everything.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-testid=needs]').isVisible()).toBe(true);
      expect(await page.locator('[data-testid=adjustments]').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('[data-testid=needs]').isVisible()).toBe(false);
      for (const d of await details.all()) await d.locator('summary').click();
      const needs = record.profile.domains.filter(
        (d) => d.level === 'some' || d.level === 'strong',
      );
      expect(await page.locator('[data-testid=needs] .govuk-summary-card').count()).toBe(
        needs.length,
      );
      // The page ranks adjustments from the catalogue; the disclosure's count is the list's.
      const adjustments = await page.locator('[data-testid=adjustments] li').count();
      expect(adjustments).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=adjustments-detail] summary').innerText()).toContain(
        `(${adjustments})`,
      );
      expect(await page.locator('[data-testid=referrals] h4').allInnerTexts()).toEqual(
        record.referrals.map((r) => r.title),
      );
      expect(await page.locator('[data-testid=diagnosis]').innerText()).not.toBe('');
      await checkStep(page, 'outcome at a glance, opened', failures);
      expect(failures).toEqual([]);
    },
  );

  it(
    'shows the service’s own crisis line in the safeguarding panel',
    { timeout: 60_000 },
    async () => {
      await openOutcome(page, withSafeguarding);
      const record = runPattern(needsScreening, withSafeguarding).record;
      const guide = safeguardingGuidance(needsScreening, record.flags[0]!, service)!;
      // What service.json says, or, with no line set, the sentence asking for one.
      const local =
        service.crisisLine ?? 'Your local crisis line: your service has not set one yet';
      const panel = await page.locator('[data-testid=safeguarding]').innerText();
      expect(panel).toContain(local);
      for (const line of guide.signposting) expect(panel).toContain(line);
      expect(panel).toContain('116 123');
    },
  );

  it(
    'gives the person "What we found" in Easy Read, with pictures, on one A4 page',
    { timeout: 90_000 },
    async () => {
      for (const pattern of [noNeeds, needsEverywhere, withSafeguarding]) {
        await openOutcome(page, pattern);
        await page.locator('[data-testid=open-found]').click();
        await expect.poll(() => page.locator('main h1').innerText()).toBe('What we found');
        const found = await page.locator('[data-testid=found]').innerText();
        for (const heading of [
          'What I am good at',
          'What can be hard for me',
          'What will change',
          'What happens next',
          'This is not a diagnosis',
        ])
          expect(found).toContain(heading);
        // Nothing about safeguarding is on the page the person takes away.
        expect(found).not.toMatch(/safeguarding|suicide|ending your life/i);
        // Every picture loads and says what it shows.
        const images = await page
          .locator('[data-testid=found] img')
          .evaluateAll((imgs) =>
            (imgs as HTMLImageElement[]).map((i) => ({ alt: i.alt, w: i.naturalWidth })),
          );
        expect(images.length).toBeGreaterThan(3);
        for (const i of images) {
          expect(i.alt).not.toBe('');
          expect(i.w).toBeGreaterThan(0);
        }
        await checkStep(page, 'what we found', failures);
        expect(await printedPages(page)).toBe(1);
        await page
          .locator('[data-testid=found] ~ .govuk-button-group button', { hasText: 'Back' })
          .click();
        await page.locator('main h1', { hasText: 'Screening outcome' }).waitFor();
      }
      expect(failures).toEqual([]);
      expect(offSite(requests)).toEqual([]);
    },
  );
});

/** The pages Chromium prints for what is on screen, with print styles, on A4. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}
