import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, siteUrl } from './browser';
import { courseModules, generatedActor } from '../fixtures/training-team.js';

describe('the core pathway', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'is marked on the training page, and its certificate waits for each of its modules, then names them',
    { timeout: 60_000 },
    async () => {
      await page.goto(`${siteUrl()}/training/`);
      const box = page.locator('[data-pathway=core]');
      expect(await box.locator('h2').innerText()).toMatch(/Core pathway: about 2(\.5)? hours/);
      expect(await box.locator('ol li').count()).toBe(3);
      for (const v of await axe(page)) throw new Error(v);

      await page.goto(`${siteUrl()}/training/certificate/?pathway=core`);
      await expect
        .poll(() => page.locator('[data-certificate] h2').innerText())
        .toBe('The core pathway certificate needs each of its modules');
      expect(await page.locator('[data-certificate]').innerText()).toMatch(
        /Still to complete \(3 of 3\)/,
      );

      // Completed runs of the three modules, made by the real machine and saved as the site saves them.
      const ids = ['neurodiversity', 'communicating-and-adjustments', 'trauma-informed'];
      const saved = Object.fromEntries(
        ids.map((id, n) => {
          const module = courseModules.find((m) => m.id === id)!;
          const actor = generatedActor(module, n, 2, 6, [
            [2, 2, 2],
            [4, 4, 4],
          ]);
          return [id, { read: {}, snapshot: actor.getPersistedSnapshot() }];
        }),
      );
      await page.evaluate((v) => localStorage.setItem('attune.training', v), JSON.stringify(saved));
      await page.reload();
      await expect
        .poll(() => page.locator('[data-testid=certificate]').innerText())
        .toMatch(/completed the core pathway of 3 modules/);
      for (const id of ids)
        expect(await page.locator('[data-testid=certificate]').innerText()).toContain(
          courseModules.find((m) => m.id === id)!.title,
        );
      for (const v of await axe(page)) throw new Error(v);
      // The course certificate still needs every module.
      await page.goto(`${siteUrl()}/training/certificate/`);
      await expect
        .poll(() => page.locator('[data-certificate] h2').innerText())
        .toMatch(/needs every module/);
      expect(offSite(requests)).toEqual([]);
    },
  );
});
