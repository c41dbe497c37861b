import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, linksIn } from './crawl';
import { newPage } from './browser';
import { serve } from './server';

// `npm test` builds the site a second time with `astro build --base /attune/` (npm run
// build:sub-path), as an organisation would to host it on a GitHub Pages project site or behind
// an intranet path. Nothing outside /attune/ exists on that host.
const BASE = '/attune/';
const dist = fileURLToPath(new URL('../.tmp/sub-path/', import.meta.url));
const built = existsSync(`${dist}index.html`);

describe('the site built under a sub-path (base /attune/)', () => {
  it('has been built (npm run build:sub-path)', () => {
    expect(built, 'run `npm run build:sub-path` (npm test runs it)').toBe(true);
  });

  it('links only inside its base, and every link inside it opens a file in the build', () => {
    const origin = 'http://host.test';
    const links = linksIn(dist);
    const outside: string[] = [];
    const broken: string[] = [];
    let checked = 0;
    for (const { from, url } of links) {
      const at = new URL(url, `${origin}${BASE}${from}`);
      // The published address (`site` in astro.config.mjs) is this site too.
      const own = at.origin === origin || at.origin === 'https://attune.example.org';
      if (!own) continue;
      checked++;
      if (!at.pathname.startsWith(BASE)) outside.push(`${from}: ${url}`);
      else if (!fileFor(dist, at.pathname.slice(BASE.length))) broken.push(`${from}: ${url}`);
    }
    console.info(`sub-path crawl: ${checked} links checked, ${outside.length} leave ${BASE}`);
    expect(checked).toBeGreaterThan(4000);
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('publishes its FHIR canonical URLs under the base too', () => {
    const q = JSON.parse(
      readFileSync(`${dist}fhir/Questionnaire/attune-needs-screening.json`, 'utf8'),
    );
    expect(q.url).toBe(
      'https://attune.example.org/attune/fhir/Questionnaire/attune-needs-screening',
    );
  });

  describe('in Chromium, served from /attune/ only', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      ({ server, url } = await serve(dist, BASE));
    });
    afterAll(() => new Promise((r) => server.close(r)));

    it('searches, with results that open pages under the base', { timeout: 60_000 }, async () => {
      const { context, page } = await newPage();
      const missing: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) missing.push(r.url());
      });
      await page.goto(`${url}${BASE}search/?q=court`);
      const first = page.locator('[data-search-results] a').first();
      await expect
        .poll(() => first.getAttribute('href'), { timeout: 15_000 })
        .toMatch(/^\/attune\/\S+\/$/);
      await first.click();
      await expect
        .poll(() => page.locator('h1').innerText(), { timeout: 10_000 })
        .not.toBe('Search');
      expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
      expect(missing).toEqual([]);
      await context.close();
    });

    it(
      'keeps the mentoring page for use offline, with a worker scoped to the base',
      { timeout: 60_000 },
      async () => {
        const { context, page } = await newPage();
        await page.goto(`${url}${BASE}mentoring/`);
        // Caching both pages' files takes a few seconds on a busy machine.
        await expect
          .poll(() => page.locator('[data-attune-offline-text]').innerText(), { timeout: 20_000 })
          .toMatch(/^Ready to use offline/);
        const scope = await page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.scope,
        );
        expect(scope).toBe(`${url}${BASE}`);
        await context.setOffline(true);
        await page.goto(`${url}${BASE}screening/`);
        await expect.poll(() => page.locator('h1').innerText()).not.toBe('');
        await context.close();
      },
    );
  });
});
