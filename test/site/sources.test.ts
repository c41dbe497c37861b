import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { bibliography } from '../fixtures/sources.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const html = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? html(full) : name.endsWith('.html') ? [full] : [];
  });

describe('the sources page', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage({ width: 320 })));
  afterAll(async () => context?.close());

  it('lists every source in the bibliography, and every citation on the site leads to one of them', () => {
    const listing = readFileSync(join(dist, 'sources/index.html'), 'utf8');
    const listed = new Set(
      [...listing.matchAll(/<li id="([a-z0-9-]+)" class="attune-sources__entry"/g)].map(
        (m) => m[1],
      ),
    );
    expect([...listed].sort()).toEqual([...bibliography.keys()].sort());

    const targets = html(dist).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/href="\/sources\/#([^"]+)"/g)].map((m) => m[1]!),
    );
    expect(targets.length).toBeGreaterThan(300);
    expect([...new Set(targets)].filter((id) => !listed.has(id))).toEqual([]);
    // No citation is left unrendered in a page.
    for (const file of html(dist))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\[@[a-z0-9-]+/);
  });

  it(
    'is where a lesson citation takes the reader: the cited entry, with what it supports',
    { timeout: 60_000 },
    async () => {
      await page.goto(`${siteUrl()}/training/justice-system/what-we-know/`);
      const cite = page.locator('.attune-prose a[href$="/sources/#cjji-2021"]').first();
      expect(await cite.innerText()).toBe('Criminal Justice Joint Inspection, 2021');
      await cite.click();
      await page.waitForURL(/\/sources\/#cjji-2021$/);
      const entry = page.locator('#cjji-2021');
      expect(await entry.locator('h2').innerText()).toBe(bibliography.get('cjji-2021')!.title);
      expect(await entry.innerText()).toMatch(/Perhaps half of those entering prison/);
      // The entry the reader asked for is on screen, not somewhere below it.
      const box = (await entry.boundingBox())!;
      expect(box.y).toBeLessThan(900);
      expect(box.y + 10).toBeGreaterThanOrEqual(0);
    },
  );
});
