import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, rawStorage, siteUrl } from './browser';
import { heading, openNewCase, until } from './new-case';

// A screening run inside a case, in real Chromium: the case is opened on /cases/, the screening
// page unlocks the caseload in its own tab, the finished record is sealed into the case, and the
// case reference is on the screen, the print and the download, but in no plain storage.

const PASS = 'lanterns over the canal';
const REFERENCE = 'IOM-CHARLIE';
// Deriving a key takes 600,000 PBKDF2 rounds: slow on a busy machine, so waits are generous.

describe('a screening inside a case', { timeout: 180_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let caseUrl = '';
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it('starts from the case, asks for the passphrase, and says where the record will go', async () => {
    await openNewCase(page, PASS, REFERENCE);

    await page.click('[data-testid=screen-in-case]');
    await page.waitForURL(/\/screening\/\?case=/);
    caseUrl = page.url();
    // The address names the case by its random id, never by the person's reference.
    expect(caseUrl).not.toContain(REFERENCE);
    await page.locator('#case-passphrase').waitFor();
    // The flow waits for the caseload: nothing can be started before it is unlocked.
    expect(await page.locator('[data-testid=start]').isVisible()).toBe(false);
    for (const v of await axe(page)) throw new Error(v);
    await page.fill('#case-passphrase', 'not the passphrase');
    await page.click('[data-testid=case-unlock] button:has-text("Unlock")');
    await until(() =>
      page.locator('[data-testid=case-unlock] .govuk-error-summary').innerText(),
    ).toContain('does not unlock');
    await page.fill('#case-passphrase', PASS);
    await page.click('[data-testid=case-unlock] button:has-text("Unlock")');
    await until(() => heading(page)).toBe('Before you start');
    expect(await page.locator('[data-testid=case-reference]').innerText()).toContain(REFERENCE);
    // No plain "save on this device" inside a case: the record goes into the encrypted case.
    expect(await page.locator('#save-on-device').count()).toBe(0);
    expect(await page.locator('[data-testid=case-saving]').innerText()).toContain(REFERENCE);
    for (const v of await axe(page)) throw new Error(v);
  });

  it('finishes the screening, seals it into the case, and prints and downloads the reference', async () => {
    await page.locator('[data-testid=start]').click();
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    // "Prefer not to say" to every question, as a person may: the run still finishes.
    for (let guard = 0; guard < 200; guard++) {
      await page.locator('[data-testid=skip], [data-testid=submit]').first().waitFor();
      if (await page.locator('[data-testid=submit]').count()) break;
      const before = await heading(page);
      await page.locator('[data-testid=skip]').click();
      await until(
        async () =>
          (await page.locator('[data-testid=submit]').count()) > 0 ||
          (await heading(page)) !== before,
      ).toBe(true);
    }
    await page.locator('[data-testid=submit]').click();
    await until(() => heading(page)).toBe('Screening outcome');
    await page.locator('[data-testid=case-saved]').waitFor();
    expect(await page.locator('[data-testid=case-saved] a').innerText()).toContain(REFERENCE);
    for (const v of await axe(page)) throw new Error(v);

    // The print carries the case reference.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=case-reference]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=case-reference]').innerText()).toContain(
      `Case reference: ${REFERENCE}`,
    );
    expect(await page.locator('[data-testid=case-saved]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // So does the downloaded record.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=download]').click(),
    ]);
    const file = `test/.tmp/cases-flows-${download.suggestedFilename()}`;
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.reference).toBe(REFERENCE);

    // Nothing readable about the person on the device: not the reference, not an answer.
    const raw = await rawStorage(page);
    expect(raw).not.toContain(REFERENCE);
    expect(raw).not.toContain('prefer-not-to-say');
  });

  it('is in the case’s timeline back on /cases/', async () => {
    await page.locator('[data-testid=case-saved] a').click();
    await page.waitForURL(/\/cases\/\?case=/);
    await page.locator('#passphrase').waitFor();
    await page.fill('#passphrase', PASS);
    await page.click('button:has-text("Unlock")');
    // Coming back from the flow opens the case itself, not the list.
    await until(() => heading(page)).toContain(REFERENCE);
    expect(await page.locator('[data-testid="timeline"]').innerText()).toContain(
      'Screening completed',
    );
    expect(await page.locator('[data-testid="due"]').innerText()).not.toContain('Not yet screened');
    expect(await rawStorage(page)).not.toContain(REFERENCE);
    expect(offSite(requests)).toEqual([]);
  });

  it('leaves the screening page as it was without a case', async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await until(() => heading(page)).toBe('Before you start');
    expect(await page.locator('[data-testid=case-reference]').count()).toBe(0);
    expect(await page.locator('#case-passphrase').count()).toBe(0);
    expect(await page.locator('#save-on-device').count()).toBe(1);
  });
});
