import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, rawStorage, siteUrl } from './browser';
import { heading, openNewCase, until } from './new-case';

// A screening run inside a case, in real Chromium: the case is opened on /cases/, the screening
// page unlocks the caseload in its own tab, the run in progress and the finished record are
// sealed into the case, and the case reference is on the screen, the print and the download, but
// in no plain storage. Then another tab borrows the key, and the mentoring check and plan run in
// the same case.

const PASS = 'lanterns over the canal';
const REFERENCE = 'IOM-CHARLIE';
// Deriving a key takes 600,000 PBKDF2 rounds: slow on a busy machine, so waits are generous.

/** Unlocks the caseload on a flow page opened in the case. */
async function unlockHere(page: Page) {
  await page.locator('#case-passphrase').waitFor();
  await page.fill('#case-passphrase', PASS);
  await page.click('[data-testid=case-unlock] button:has-text("Unlock")');
  await until(() => page.locator('#case-passphrase').count()).toBe(0);
}

/**
 * "Prefer not to say" to the next `count` questions (all of them when not given), as a person may;
 * or, with `answer`, the first choice where there is one.
 */
async function skipQuestions(page: Page, count = 200, answer = false) {
  for (let n = 0; n < count; n++) {
    await page.locator('[data-testid=skip], [data-testid=submit]').first().waitFor();
    if (await page.locator('[data-testid=submit]').count()) return;
    const before = await heading(page);
    const choice = page.locator('form[data-testid=question-form] input[type=radio]').first();
    if (answer && (await choice.count())) {
      await choice.check();
      await page.locator('form[data-testid=question-form] button[type=submit]').click();
    } else await page.locator('[data-testid=skip]').click();
    await until(
      async () =>
        (await page.locator('[data-testid=submit]').count()) > 0 ||
        (await heading(page)) !== before,
    ).toBe(true);
  }
}

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
    await until(() => page.locator('#case-panel .govuk-error-summary').innerText()).toContain(
      'does not unlock',
    );
    // The GOV.UK error pattern: the page title says so, and the message is at the field.
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('#case-passphrase').getAttribute('aria-invalid')).toBe('true');
    await page.fill('#case-passphrase', PASS);
    await page.click('[data-testid=case-unlock] button:has-text("Unlock")');
    await until(() => heading(page)).toBe('Before you start');
    expect(await page.locator('[data-testid=case-reference]').innerText()).toContain(REFERENCE);
    // No plain "save on this device" inside a case: the record goes into the encrypted case.
    expect(await page.locator('#save-on-device').count()).toBe(0);
    expect(await page.locator('[data-testid=case-saving]').innerText()).toContain(REFERENCE);
    for (const v of await axe(page)) throw new Error(v);
  });

  it('keeps the run in progress sealed in the case, so a reload carries on where it was', async () => {
    await page.locator('[data-testid=start]').click();
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    await skipQuestions(page, 3);
    const where = await heading(page);
    // Sealed in the case, and settled (each answer is sealed a moment after it is given): nothing
    // of the run is readable on the device.
    await until(() => rawStorage(page)).toMatch(/"store":"drafts","all":\[\{/);
    let raw = '';
    await until(async () => raw === (raw = await rawStorage(page))).toBe(true);
    expect(raw).not.toContain('prefer-not-to-say');
    expect(raw).not.toContain(REFERENCE);
    await page.reload();
    await unlockHere(page);
    await until(() => page.locator('[data-testid=saved-resumable]').innerText()).toContain(
      'under way in this case',
    );
    await page.locator('[data-testid=resume]').click();
    await until(() => heading(page)).toBe(where);
  });

  it('finishes the screening, seals it into the case, and prints and downloads the reference', async () => {
    await skipQuestions(page);
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

  it('lends the key to a page opened in a case from an unlocked tab, and locks it with the caseload', async () => {
    const other = await context.newPage();
    other.on('pageerror', (e) => {
      throw e;
    });
    await other.goto(caseUrl);
    // No passphrase asked: the open /cases/ tab handed over its key, in memory only.
    await until(() => heading(other)).toBe('Before you start');
    expect(await other.locator('#case-passphrase').count()).toBe(0);
    expect(await other.locator('[data-testid=case-reference]').innerText()).toContain(REFERENCE);
    // The run that finished there is gone from the case: a new one starts afresh.
    expect(await other.locator('[data-testid=saved-resumable]').count()).toBe(0);
    await page.click('button:has-text("Lock now")');
    await until(() => other.locator('[data-testid=case-locked]').innerText()).toContain(
      'locked in another tab',
    );
    await other.close();
    await page.fill('#passphrase', PASS);
    await page.click('button:has-text("Unlock")');
    await until(async () => /^Your caseload$|IOM-CHARLIE/.test(await heading(page))).toBe(true);
    if (!(await heading(page)).includes(REFERENCE))
      await page.click(`[data-testid="caseload"] button:has-text("${REFERENCE}")`);
    await until(() => heading(page)).toContain(REFERENCE);
  });

  it('runs the practical-support check and the mentoring plan inside the case', async () => {
    await page.click('[data-testid=mentoring-in-case]');
    await page.waitForURL(/\/mentoring\/\?case=/);
    await unlockHere(page);
    expect(await page.locator('[data-testid=case-saving]').innerText()).toContain(REFERENCE);
    expect(await page.locator('#save-on-device').count()).toBe(0);
    await page.locator('[data-testid=start]').click();
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    await skipQuestions(page);
    await page.locator('[data-testid=submit]').click();
    await until(() => heading(page)).toBe('What the check found');
    await page.locator('[data-testid=case-saved]').waitFor();

    await page.locator('[data-testid=agree-plan]').click();
    await until(() => heading(page)).toBe('Agree goals with the person');
    await page.locator('input[name=area]').first().check();
    await page.fill('#goal-title', 'Open a bank account');
    await page.locator('main form button[type=submit]').click();
    await page.locator('[data-testid=goals] dt').waitFor();
    await page.locator('[data-testid=to-steps]').click();
    await until(() => heading(page)).toBe('Agree the steps');
    // With one goal there is no choice of goal to make.
    if (await page.locator('input[name=goal]').count())
      await page.locator('input[name=goal]').first().check();
    await page.fill('#step-text', 'Ask the bank which ID they accept');
    await page.locator('input[name=who][value=person]').check();
    await page.fill('#by-day', '3');
    await page.fill('#by-month', '2');
    await page.fill('#by-year', '2027');
    await page.locator('input[name=chosen][value=person]').check();
    await page.locator('main form button[type=submit]').click();
    await page.locator('table').first().waitFor();
    // A plan not yet agreed is kept in the case as a sealed draft: a reload loses no goal or step.
    await page.reload();
    await unlockHere(page);
    await until(() => heading(page)).toBe('Agree the steps');
    expect(await page.locator('main table').first().innerText()).toContain('Ask the bank');
    await page.locator('[data-testid=agree]').click();
    await until(() => heading(page)).toBe('Action plan');
    // Kept in the case, never on the device: no "keep on this device" box.
    expect(await page.locator('#keep-plan').count()).toBe(0);
    expect(await page.locator('[data-testid=case-saving]').innerText()).toContain(REFERENCE);
    for (const v of await axe(page)) throw new Error(v);

    // The person's copy names the case reference, on screen and on paper.
    await page.locator('[data-testid=print-plan]').click();
    await until(() => heading(page)).toBe('My action plan');
    expect(await page.locator('[data-testid=person-reference]').innerText()).toContain(REFERENCE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=case-reference]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=person-reference]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('main .govuk-back-link').first().click();
    await until(() => heading(page)).toBe('Action plan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=download-plan]').click(),
    ]);
    const file = `test/.tmp/cases-flows-${download.suggestedFilename()}`;
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8')).reference).toBe(REFERENCE);
    const raw = await rawStorage(page);
    expect(raw).not.toContain(REFERENCE);
    expect(raw).not.toContain('Ask the bank');

    // Opened again from the case, the case's plan is carried on, and a meeting goes into it.
    await page.reload();
    await unlockHere(page);
    await until(() => heading(page)).toBe('Action plan');
    await page.locator('[data-testid=record-meeting]').click();
    await until(() => heading(page)).toBe('Record a meeting');
    await page.locator('#step-0-0-done').check();
    await page.locator('main form button[type=submit]').click();
    await until(() => heading(page)).toBe('Action plan');
    await page.locator('[data-testid=case-saved]').waitFor();
    // The motivation check runs on the screening's flow too: its answers go into the plan, and
    // it is never filed as the person's screening.
    await page.locator('[data-testid=motivation-start]').click();
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    await skipQuestions(page, 200, true);
    await page.locator('[data-testid=submit]').click();
    await until(() => heading(page)).toBe('What the person said');
    await page.locator('[data-testid=add-ratings]').click();
    await until(() => heading(page)).toBe('Action plan');
    await page.locator('[data-testid=motivation] th').first().waitFor();

    // On /cases/: the check is a check (the person's one screening is still the only one), and
    // the plan is one entry with its meeting.
    await page.locator('[data-testid=case-saved] a').click();
    await page.waitForURL(/\/cases\/\?case=/);
    await page.fill('#passphrase', PASS);
    await page.click('button:has-text("Unlock")');
    await until(() => heading(page)).toContain(REFERENCE);
    const timeline = await page.locator('[data-testid="timeline"]').innerText();
    expect(timeline).toContain('Practical-support check completed');
    expect(timeline.match(/Screening completed/g)).toHaveLength(1);
    expect(timeline.match(/Mentoring plan/g)).toHaveLength(1);
    expect(timeline).toContain('1 goal, 1 meeting recorded');
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
