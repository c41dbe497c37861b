import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { caseBundle, readCaseBundle, type Case } from '@attune/sdk/cases';
import {
  axe,
  checkStep as check,
  newPage,
  offSite,
  press,
  rawStorage,
  scrollsSideways,
  siteUrl,
  tabTo,
} from './browser';
import { screeningRecord, yearCase } from '../fixtures/caseload';

const PASS = 'blue kettle on the stairs';
// Deriving a key takes 600,000 PBKDF2 rounds: slow on a busy machine, so waits are generous.
const until = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const heading = (page: Page) => page.locator('main h1').first().innerText();
const axeFailures: string[] = [];
const checkStep = (page: Page, name: string) => check(page, name, axeFailures, 'cases-');

/** A screening record made by the real machine, with one safeguarding flag, as a file to add. */
const record = {
  ...screeningRecord('IOM-ALPHA'),
  flags: [{ itemId: 'ctx-feeling', message: 'Ask how they are feeling today.' }],
};
const SECRETS = ['IOM-ALPHA', 'IOM-BRAVO', 'Jordan Testname', 'Speech and language', 'ctx-feeling'];

async function unlock(page: Page, pass = PASS) {
  await page.fill('#passphrase', pass);
  await page.click('button:has-text("Unlock")');
}

async function addPerson(page: Page, reference: string, name = '') {
  await page.fill('#reference', reference);
  await page.fill('#display-name', name);
  await page.click('button:has-text("Add person")');
  await page.locator(`[data-testid="caseload"] >> text=${reference}`).waitFor();
}

describe('cases on this device', { timeout: 90_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let encrypted = '';

  beforeAll(async () => {
    ({ context, page, requests } = await newPage());
    await page.clock.install();
    await page.goto(`${siteUrl()}/cases/`);
  });
  afterAll(async () => {
    await context.close();
  });

  it('sets up a caseload with a passphrase, refusing a short or mistyped one', async () => {
    await until(() => heading(page)).toBe('Set up your caseload');
    await checkStep(page, 'setup');
    await page.fill('#new-passphrase', 'short');
    await page.click('button:has-text("Set up the caseload")');
    await until(() => page.locator('.govuk-error-summary').innerText()).toContain(
      'at least 10 characters',
    );
    // Linked the GOV.UK way: the field is marked invalid and described by its error, and the
    // page title says there is one.
    expect(await page.locator('#new-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#new-passphrase').getAttribute('aria-describedby')).toContain(
      'new-passphrase-error',
    );
    expect(await page.title()).toMatch(/^Error: /);
    await page.fill('#new-passphrase', PASS);
    await page.fill('#confirm-passphrase', `${PASS}!`);
    await page.click('button:has-text("Set up the caseload")');
    await until(() => page.locator('.govuk-error-summary').innerText()).toContain('not the same');
    await page.fill('#confirm-passphrase', PASS);
    await page.click('button:has-text("Set up the caseload")');
    await until(() => heading(page)).toBe('Your caseload');
  });

  it('adds two people and a screening inside one case, and shows what is due', async () => {
    await addPerson(page, 'IOM-ALPHA', 'Jordan Testname');
    await addPerson(page, 'IOM-BRAVO');
    // Focus stays in the form for the next person, and the addition is announced.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reference');
    await until(() => page.locator('[data-testid=announce]').innerText()).toBe(
      'IOM-BRAVO added to your caseload.',
    );
    await checkStep(page, 'list');
    await page.click('[data-testid="caseload"] button:has-text("IOM-ALPHA")');
    await until(() => heading(page)).toContain('IOM-ALPHA');
    expect(await page.locator('[data-testid="due"]').innerText()).toContain('Not yet screened');
    await page.setInputFiles('#record-file', {
      name: 'screening.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(record)),
    });
    await page.click('button:has-text("Add record")');
    await until(() => page.locator('[data-testid="timeline"]').innerText()).toContain(
      'Screening completed',
    );
    // The form stays for the next record, focus on the button used, the file box empty again.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add record');
    expect(await page.locator('#record-file').inputValue()).toBe('');
    const due = await page.locator('[data-testid="due"]').innerText();
    expect(due).toContain('Safeguarding action needed');
    expect(due).not.toContain('Not yet screened');
    await page.fill('#referral-to', 'Speech and language therapy');
    await page.click('button:has-text("Record referral")');
    await until(() => page.locator('[data-testid="timeline"]').innerText()).toContain(
      'Referral: Speech and language therapy',
    );
    await checkStep(page, 'case');
  });

  it('after a reload, refuses a wrong passphrase and changes nothing, then unlocks', async () => {
    await page.reload();
    await until(() => heading(page)).toBe('Unlock your caseload');
    await checkStep(page, 'locked');
    const before = await rawStorage(page);
    await unlock(page, 'not my passphrase');
    await until(() => page.locator('.govuk-error-summary').innerText()).toContain(
      'does not unlock',
    );
    expect(await rawStorage(page)).toBe(before);
    // What was typed stays, to check or correct.
    expect(await page.locator('#passphrase').inputValue()).toBe('not my passphrase');
    await unlock(page);
    await until(() => heading(page)).toBe('Your caseload');
    const table = await page.locator('[data-testid="caseload"]').innerText();
    expect(table).toMatch(/IOM-ALPHA[\s\S]*Safeguarding action needed/);
    expect(table).toMatch(/IOM-BRAVO[\s\S]*Not yet screened/);
    // Filtering to safeguarding shows only the person with the open flag.
    await page.selectOption('#filter', 'safeguarding-open');
    await page.click('button:has-text("Apply filter")');
    await until(() => page.locator('[data-testid="caseload"]').innerText()).not.toContain(
      'IOM-BRAVO',
    );
    await page.selectOption('#filter', 'all');
    await page.click('button:has-text("Apply filter")');
  });

  it('keeps no reference, name, answer or referral readable in IndexedDB or localStorage', async () => {
    const raw = await rawStorage(page);
    expect(raw).toContain('attune-cases');
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
  });

  it('exports an encrypted bundle only its passphrase opens', async () => {
    await page.check('#export-encrypted');
    await page.fill('#export-passphrase', 'file passphrase 123');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Export")'),
    ]);
    const file = `test/.tmp/cases-${download.suggestedFilename()}`;
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^attune-caseload-\d{4}-\d{2}-\d{2}\.json$/);
    encrypted = await readFile(file, 'utf8');
    for (const secret of SECRETS) expect(encrypted).not.toContain(secret);
    const read = await readCaseBundle(encrypted, 'file passphrase 123');
    expect(read.ok && read.cases.map((c) => c.reference).sort()).toEqual([
      'IOM-ALPHA',
      'IOM-BRAVO',
    ]);
    // Names stay on the device.
    expect(read.ok && read.cases.every((c) => c.displayName === null)).toBe(true);
  });

  it('deletes everything, then imports the export and finds the same caseload', async () => {
    await page.click('button:has-text("Delete everything")');
    await page.click('button:has-text("Yes, delete everything")');
    await until(() => heading(page)).toBe('Set up your caseload');
    expect(await rawStorage(page)).not.toContain('"iv"');
    await page.fill('#new-passphrase', PASS);
    await page.fill('#confirm-passphrase', PASS);
    await page.click('button:has-text("Set up the caseload")');
    await until(() => heading(page)).toBe('Your caseload');
    await page.setInputFiles('#import-file', {
      name: 'caseload.json',
      mimeType: 'application/json',
      buffer: Buffer.from(encrypted),
    });
    await page.fill('#import-passphrase', 'wrong passphrase');
    await page.click('button:has-text("Import")');
    await until(() => page.locator('.govuk-error-summary').innerText()).toContain(
      'does not open this file',
    );
    await page.setInputFiles('#import-file', {
      name: 'caseload.json',
      mimeType: 'application/json',
      buffer: Buffer.from(encrypted),
    });
    await page.fill('#import-passphrase', 'file passphrase 123');
    await page.click('button:has-text("Import")');
    await until(() => page.locator('[data-testid="import-result"]').innerText()).toContain(
      '2 new case(s) added',
    );
    const table = await page.locator('[data-testid="caseload"]').innerText();
    expect(table).toMatch(/IOM-ALPHA[\s\S]*Safeguarding action needed/);
    expect(table).toMatch(/IOM-BRAVO[\s\S]*Not yet screened/);
    // Importing the same file again changes nothing and asks nothing.
    await page.setInputFiles('#import-file', {
      name: 'caseload.json',
      mimeType: 'application/json',
      buffer: Buffer.from(encrypted),
    });
    await page.fill('#import-passphrase', 'file passphrase 123');
    await page.click('button:has-text("Import")');
    await until(() => page.locator('[data-testid="import-result"]').innerText()).toContain(
      '2 case(s) already the same here',
    );
    await checkStep(page, 'imported');
  });

  it('locks itself after the idle time, and on request', async () => {
    await page.clock.fastForward('09:00');
    expect(await heading(page)).toBe('Your caseload');
    await page.clock.fastForward('02:00');
    await until(() => heading(page)).toBe('Unlock your caseload');
    expect(await page.locator('[data-testid="note"]').innerText()).toContain('not used');
    await unlock(page);
    await until(() => heading(page)).toBe('Your caseload');
    await page.click('[data-testid="lock"]');
    await until(() => heading(page)).toBe('Unlock your caseload');
  });

  it('sent nothing off the site and broke no accessibility rule', () => {
    expect(offSite(requests)).toEqual([]);
    expect(axeFailures).toEqual([]);
  });
});

describe('cases in two tabs', { timeout: 90_000 }, () => {
  it('shows a change from one tab in the other; locking or deleting in one applies to both', async () => {
    const { context, page: a } = await newPage();
    const b = await context.newPage();
    try {
      await a.goto(`${siteUrl()}/cases/`);
      await a.fill('#new-passphrase', PASS);
      await a.fill('#confirm-passphrase', PASS);
      await a.click('button:has-text("Set up the caseload")');
      await until(() => heading(a)).toBe('Your caseload');
      await b.goto(`${siteUrl()}/cases/`);
      await unlock(b);
      await until(() => heading(b)).toBe('Your caseload');
      await addPerson(a, 'IOM-TWO-TABS');
      await until(() =>
        b
          .locator('[data-testid="caseload"]')
          .innerText()
          .catch(() => ''),
      ).toContain('IOM-TWO-TABS');
      await a.click('[data-testid="lock"]');
      await until(() => heading(b)).toBe('Unlock your caseload');
      await unlock(a);
      await unlock(b);
      await until(() => heading(b)).toBe('Your caseload');
      await a.click('button:has-text("Delete everything")');
      await a.click('button:has-text("Yes, delete everything")');
      await until(() => heading(b)).toBe('Set up your caseload');
      expect(await b.locator('[data-testid="note"]').innerText()).toContain('another tab');
      const left = await b.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      // Deleted from the device, not only emptied.
      expect(left).not.toContain('attune-cases');
    } finally {
      await context.close();
    }
  });
});

describe('idle time across tabs', { timeout: 90_000 }, () => {
  it('does not lock the tab in use because another tab sat idle, and locks both when all are idle', async () => {
    const { context, page: a } = await newPage();
    await context.clock.install();
    const b = await context.newPage();
    try {
      await a.goto(`${siteUrl()}/cases/`);
      await a.fill('#new-passphrase', PASS);
      await a.fill('#confirm-passphrase', PASS);
      await a.click('button:has-text("Set up the caseload")');
      await until(() => heading(a)).toBe('Your caseload');
      await b.goto(`${siteUrl()}/cases/`);
      await unlock(b);
      await until(() => heading(b)).toBe('Your caseload');
      // Work in tab A every six minutes; tab B is untouched for longer than its ten minutes.
      for (let i = 0; i < 3; i++) {
        await context.clock.fastForward('06:00');
        await a.fill('#reference', `IOM-${i}`);
      }
      expect(await heading(a)).toBe('Your caseload');
      expect(await heading(b)).toBe('Your caseload');
      await context.clock.fastForward('11:00');
      await until(() => heading(a)).toBe('Unlock your caseload');
      await until(() => heading(b)).toBe('Unlock your caseload');
    } finally {
      await context.close();
    }
  });
});

describe('importing a caseload that changed on another device', { timeout: 90_000 }, () => {
  it('adds what is new, shows a conflict without applying it, and applies the choice made', async () => {
    const { context, page } = await newPage({ width: 320 });
    const person = yearCase(7);
    const upload = (cases: Case[]) =>
      page.setInputFiles('#import-file', {
        name: 'caseload.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(caseBundle(cases))),
      });
    try {
      await page.goto(`${siteUrl()}/cases/`);
      await page.fill('#new-passphrase', PASS);
      await page.fill('#confirm-passphrase', PASS);
      await page.click('button:has-text("Set up the caseload")');
      await until(() => heading(page)).toBe('Your caseload');
      await upload([person]);
      await page.click('button:has-text("Import")');
      await until(() => page.locator('[data-testid="import-result"]').innerText()).toContain(
        '1 new case(s) added',
      );
      // The other device renamed the reference and changed a referral's status.
      const changed: Case = {
        ...person,
        reference: 'IOM-RENAMED',
        entries: person.entries.map((e) =>
          e.kind === 'referral' && e.status === 'waiting' ? { ...e, status: 'seen' } : e,
        ),
      };
      await upload([changed]);
      await page.click('button:has-text("Import")');
      const result = page.locator('[data-testid="import-result"]');
      await until(() => result.innerText()).toContain('1 case(s) differ');
      expect(await result.innerText()).toContain('the file says IOM-RENAMED');
      expect(await page.locator('[data-testid="caseload"]').innerText()).not.toContain(
        'IOM-RENAMED',
      );
      expect(await scrollsSideways(page)).toBe(false);
      for (const v of await axe(page)) throw new Error(v);
      await page.click('[data-keep="incoming"]');
      await until(() => page.locator('[data-testid="caseload"]').innerText()).toContain(
        'IOM-RENAMED',
      );

      // A plain export needs the warning acknowledged, and then holds the case as it is now.
      await page.check('#export-plain');
      await page.click('button:has-text("Export")');
      await until(() => page.locator('.govuk-error-summary').innerText()).toContain(
        'can be read by anyone',
      );
      await page.check('#export-understood');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('button:has-text("Export")'),
      ]);
      expect(download.suggestedFilename()).toMatch(/NOT-ENCRYPTED\.json$/);
      const file = `test/.tmp/cases-${download.suggestedFilename()}`;
      await download.saveAs(file);
      const read = await readCaseBundle(await readFile(file, 'utf8'));
      expect(read.ok && read.cases).toEqual([changed]);
    } finally {
      await context.close();
    }
  });
});

describe('the caseload by keyboard alone', { timeout: 90_000 }, () => {
  it('sets up, adds a person, opens their case and comes back, then locks', async () => {
    const { context, page } = await newPage();
    const typeInto = async (selector: string, text: string) => {
      await tabTo(page, selector);
      await page.keyboard.type(text);
    };
    try {
      await page.goto(`${siteUrl()}/cases/`);
      await typeInto('#new-passphrase', PASS);
      await typeInto('#confirm-passphrase', PASS);
      await page.keyboard.press('Enter');
      await until(() => heading(page)).toBe('Your caseload');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await typeInto('#reference', 'IOM-KEYS');
      await press(page, 'form:has(#reference) button[type=submit]');
      await press(page, '[data-open]');
      await until(() => heading(page)).toContain('IOM-KEYS');
      await press(page, 'form:has(#close-on) button[type=submit]');
      await until(() => page.locator('[data-region="close"]').innerText()).toContain(
        'Nothing is due on a closed case',
      );
      await press(page, '.govuk-back-link');
      await until(() => heading(page)).toBe('Your caseload');
      expect(await page.locator('[data-testid="caseload"]').innerText()).toMatch(
        /IOM-KEYS\s+Closed/,
      );
      await press(page, '[data-testid="lock"]');
      await until(() => heading(page)).toBe('Unlock your caseload');
    } finally {
      await context.close();
    }
  });
});

describe(
  'a caseload someone has tampered with, or whose passphrase is forgotten',
  { timeout: 90_000 },
  () => {
    it('will not show a case sealed for another id, and deletes everything when the passphrase is lost', async () => {
      const { context, page } = await newPage();
      try {
        await page.goto(`${siteUrl()}/cases/`);
        await page.fill('#new-passphrase', PASS);
        await page.fill('#confirm-passphrase', PASS);
        await page.click('button:has-text("Set up the caseload")');
        await until(() => heading(page)).toBe('Your caseload');
        await addPerson(page, 'IOM-ONE');
        await addPerson(page, 'IOM-TWO');
        await page.click('[data-testid="lock"]');
        // Copy one case's sealed bytes over the other's: both are real ciphertext under the right key.
        await page.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((resolve) => {
            const r = indexedDB.open('attune-cases');
            r.onsuccess = () => resolve(r.result);
          });
          // Both the full cases and the summaries the list is drawn from.
          for (const name of ['cases', 'summaries']) {
            const store = db.transaction(name, 'readwrite').objectStore(name);
            const all = await new Promise<{ id: string }[]>((resolve) => {
              const r = store.getAll();
              r.onsuccess = () => resolve(r.result);
            });
            store.put({ ...all[0], id: all[1]!.id });
          }
          db.close();
        });
        await unlock(page);
        await until(() => heading(page)).toBe('Your caseload');
        expect(await page.locator('[data-testid="note"]').innerText()).toContain(
          '1 case(s) could not be read',
        );
        expect(await page.locator('[data-testid="caseload"] tbody tr').count()).toBe(1);

        // A save the device refuses (out of space) says so and keeps what was typed.
        await page.evaluate(() => {
          IDBObjectStore.prototype.put = () => {
            throw new DOMException('The device is full', 'QuotaExceededError');
          };
        });
        await page.fill('#reference', 'IOM-THREE');
        await page.click('button:has-text("Add person")');
        await until(() => page.locator('.govuk-error-summary').innerText()).toContain(
          'could not be saved',
        );
        expect(await page.locator('#reference').inputValue()).toBe('IOM-THREE');
        expect(await page.locator('[data-testid="caseload"] tbody tr').count()).toBe(1);

        await page.click('[data-testid="lock"]');
        await page.click('summary:has-text("I have forgotten my passphrase")');
        expect(await page.locator('#cases-app .govuk-details__text').innerText()).toContain(
          'cannot be reset or recovered',
        );
        await page.click('button:has-text("Delete the caseload on this device")');
        // Focus goes to the choice just offered, and back to the button on "No".
        const focused = () => page.evaluate(() => document.activeElement?.textContent);
        await until(focused).toBe('Yes, delete the caseload');
        await page.click('button:has-text("No, go back")');
        await until(focused).toBe('Delete the caseload on this device');
        await page.click('button:has-text("Delete the caseload on this device")');
        await page.click('button:has-text("Yes, delete the caseload")');
        await until(() => heading(page)).toBe('Set up your caseload');
        const left = await page.evaluate(async () =>
          (await indexedDB.databases()).map((d) => d.name),
        );
        expect(left).not.toContain('attune-cases');
      } finally {
        await context.close();
      }
    });
  },
);
