import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';

export const siteUrl = () => inject('siteUrl');

let shared: Promise<Browser> | undefined;
/** The run's one Chromium, connected once per test file. */
export function browser(): Promise<Browser> {
  shared ??= chromium.connect(inject('browserWs'));
  return shared;
}

/** A fresh context that records every request, so tests can check none leaves the site. */
export async function newPage(
  options: { width?: number; height?: number; reducedMotion?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await (
    await browser()
  ).newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  return { context, page, requests };
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, on the page or the part of it `within`
 * selects; returns violations in a readable form.
 *
 * axe is put into the page once and run there directly. The AxeBuilder of `@axe-core/playwright` does
 * the same checks but opens a blank page for every analysis to merge frame results (the site has
 * no frames): measured side by side on 30 built pages it took 780 ms a page against 300 ms this
 * way, and the every-page check is most of `npm test`.
 */
export async function axe(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ([tags, within]) => {
      const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
      const result = await run(within ? { include: [within] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    },
    [WCAG_22_AA, within] as const,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
}

/** True when the page scrolls sideways: content wider than the viewport. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

export function offSite(requests: string[]): string[] {
  const origin = new URL(siteUrl()).origin;
  return requests.filter(
    (r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'),
  );
}

/** Presses Tab until focus is on an element matching the selector: keyboard only, no clicks. */
export async function tabTo(page: Page, selector: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} by keyboard`);
}

/** Tabs to a control and presses Enter on it. */
export async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

/**
 * Checks one step of a flow as a person meets it: axe, and no sideways scroll at 320 and 1280 px.
 * Problems are added to `failures`, so a journey reports every one at its end. With SCREENSHOTS=1
 * it also keeps a picture of the step at both widths in test/.tmp/shots/, for people to look at.
 */
export async function checkStep(
  page: Page,
  name: string,
  failures: string[],
  prefix = '',
): Promise<void> {
  for (const v of await axe(page)) failures.push(`${name}: ${v}`);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    if (await scrollsSideways(page)) failures.push(`${name}: scrolls sideways at ${width}px`);
    if (process.env.SCREENSHOTS)
      await page.screenshot({
        path: `test/.tmp/shots/${prefix}${name.replace(/\W+/g, '-')}-${width}.png`,
        fullPage: true,
      });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Everything the page keeps on the device, read raw: every IndexedDB record, localStorage and sessionStorage. */
export function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [{ ...localStorage }, { ...sessionStorage }];
    const names = (await indexedDB.databases()).map((d) => d.name!);
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
        });
        dump.push({ name, store, all });
      }
      db.close();
    }
    // Bytes are read as text, so anything stored unencrypted as bytes would still be found.
    return JSON.stringify(dump, (_, v) =>
      v instanceof Uint8Array || v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
    );
  });
}
