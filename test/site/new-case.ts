import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl } from './browser';

/** Polls until what `read` gives matches, for up to 20 s (the caseload's key derivation is slow). */
export const until = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
/** The page's main heading as shown. */
export const heading = (page: Page) => page.locator('main h1').first().innerText();

/**
 * Sets up a fresh caseload on /cases/ with `passphrase`, adds one person by `reference` and opens
 * their case, as a practitioner does the first time. Several browser tests start from here.
 */
export async function openNewCase(page: Page, passphrase: string, reference: string) {
  await page.goto(`${siteUrl()}/cases/`);
  await until(() => heading(page)).toBe('Set up your caseload');
  await page.fill('#new-passphrase', passphrase);
  await page.fill('#confirm-passphrase', passphrase);
  await page.click('button:has-text("Set up the caseload")');
  await until(() => heading(page)).toBe('Your caseload');
  await page.fill('#reference', reference);
  await page.click('button:has-text("Add person")');
  await page.click(`[data-testid="caseload"] button:has-text("${reference}")`);
  await until(() => heading(page)).toContain(reference);
}
