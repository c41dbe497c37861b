import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { axe, newPage, tabTo } from './browser';
import { serve } from './server';

// The example loads the SDK's built files and node_modules by relative path, as a host without a
// bundler would, so the repository root is served as it stands.
const repo = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
let server: Server;
let url: string;
beforeAll(async () => ({ server, url } = await serve(repo)));
afterAll(() => new Promise((r) => server.close(r)));

describe('the plain DOM example (sdk/examples/plain-dom/)', () => {
  it(
    'runs the needs screening to a needs profile by keyboard alone, accessibly and without leaving the page’s server',
    { timeout: 120_000 },
    async () => {
      const { context, page, requests } = await newPage({ width: 320 });
      try {
        await page.goto(`${url}/sdk/examples/plain-dom/`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(needsScreening.title);
        await tabTo(page, 'button[data-event=START]');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.textContent))
          .toBe('Before we start');
        await tabTo(page, 'button[data-event=CONSENT]');
        await page.keyboard.press('Enter');

        // The first question: focus is on its heading, and the progress line says where we are.
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe('step-heading');
        expect(await page.locator('h1').textContent()).toBe(needsScreening.items[0]!.text);
        expect(await page.locator('#progress').textContent()).toMatch(
          /^Section 1 of 3: First questions\. Question 1 of \d+\.$/,
        );
        expect(await page.locator('fieldset legend').count()).toBe(1);
        expect(await axe(page)).toEqual([]);

        // Continuing without an answer shows the machine's own error message.
        await tabTo(page, 'button[type=submit]');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.locator('.error').textContent())
          .toBe('Error: Choose an answer, or "Prefer not to say"');

        for (let asked = 0; asked < 100; asked++) {
          const title = await page.locator('h1').textContent();
          if (title === 'Check your answers') break;
          if (await page.locator('textarea').count()) {
            await tabTo(page, 'textarea');
            await page.keyboard.type('Fixing bikes');
          } else {
            await tabTo(page, 'input[name=answer]');
            await page.keyboard.press('Space');
          }
          await tabTo(page, 'button[type=submit]');
          await page.keyboard.press('Enter');
          await expect
            .poll(() => page.evaluate(() => document.activeElement?.id))
            .toBe('step-heading');
        }
        expect(await page.locator('h1').textContent()).toBe('Check your answers');
        await tabTo(page, 'button[data-event=SUBMIT]');
        await page.keyboard.press('Enter');

        await expect.poll(() => page.locator('h1').textContent()).toBe('Your needs profile');
        expect(await page.locator('li').count()).toBe(needsScreening.domains.length);
        expect(await page.locator('li').first().textContent()).toMatch(
          new RegExp(
            `^${needsScreening.domains[0]!.label}: (no need shown|some need|strong need|not known)$`,
          ),
        );
        expect(await page.locator('main').textContent()).toContain('Screening is not a diagnosis.');
        expect(await axe(page)).toEqual([]);
        expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
