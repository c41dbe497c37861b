import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, scrollsSideways, siteUrl } from '../browser';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlPages(full);
    return name === 'index.html'
      ? ['/' + relative(dist, dir).split('\\').join('/') + (dir === dist ? '' : '/')]
      : [];
  });
}

/** Every page of the built site, by path. */
export const pages = htmlPages(dist)
  .map((p) => p.replace(/^\/\//, '/'))
  .sort();

/**
 * Checks every `of`-th page starting at `shard` (0-based). The pages are split over several test
 * files so that Vitest can run them in parallel workers, each with its own tab in the one shared
 * Chromium; one test per page, so a slow page fails alone rather than timing out every page after it.
 */
export function checkEveryPage(shard: number, of: number) {
  const mine = pages.filter((_, i) => i % of === shard);
  describe(`each page of the built site (part ${shard + 1} of ${of})`, () => {
    let context: BrowserContext;
    let page: Page;
    let requests: string[];
    beforeAll(async () => ({ context, page, requests } = await newPage()));
    afterAll(async () => context?.close());

    it('has pages to check', () => expect(mine.length).toBeGreaterThan(20));

    it.each(mine)(
      '%s has no WCAG 2.2 AA violations (axe-core), no request off the site and no sideways scroll at 320 or 1280px',
      { timeout: 60_000 },
      async (path) => {
        requests.length = 0;
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(siteUrl() + path, { waitUntil: 'load' });
        expect(await axe(page)).toEqual([]);
        expect(offSite(requests)).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
        await page.setViewportSize({ width: 320, height: 900 });
        expect(await scrollsSideways(page)).toBe(false);
      },
    );
  });
}
