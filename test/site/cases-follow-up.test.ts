import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { PassportSchema, ReviewRecordSchema } from '@attune/sdk/follow-up';
import { axe, newPage, offSite, rawStorage, siteUrl } from './browser';
import { heading, openNewCase, until } from './new-case';
import { agreedPlan } from '../fixtures/follow-up.js';
import { screen } from '../fixtures/run-screening.js';

// Reviewing a plan, recording a referral and making a passport inside a case, in real Chromium:
// each page unlocks the caseload in its own tab, starts from the case's records, seals what it
// finishes into the case, and puts the case reference on its prints and downloads.

const PASS = 'kites above the allotment';
const REFERENCE = 'IOM-DELTA';
const asFile = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data)),
});
// Reviewed last January, so the review is due whatever day the test runs.
const duePlan = { ...agreedPlan, reference: null, reviewDate: '2026-01-05' };
const screening = { ...screen(needsScreening, [{ skip: false, pick: 2 }]), reference: null };

async function downloaded(page: Page, selector: string): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(selector).click(),
  ]);
  const file = `test/.tmp/cases-follow-up-${download.suggestedFilename()}`;
  await download.saveAs(file);
  return JSON.parse(await readFile(file, 'utf8'));
}

async function unlockHere(page: Page) {
  await page.locator('#case-passphrase').waitFor();
  for (const v of await axe(page)) throw new Error(v);
  await page.fill('#case-passphrase', PASS);
  await page.click('[data-testid=case-unlock] button:has-text("Unlock")');
  await until(() => page.locator('[data-testid=case-reference]').count()).toBe(1);
  expect(await page.locator('[data-testid=case-reference]').innerText()).toContain(REFERENCE);
}

describe('follow-up inside a case', { timeout: 180_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let caseId = '';
  const inCase = (path: string) => `${siteUrl()}${path}?case=${caseId}`;
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it('sets up a case holding a screening and an agreed plan', async () => {
    await openNewCase(page, PASS, REFERENCE);
    for (const [name, record] of [
      ['screening.json', screening],
      ['plan.json', duePlan],
    ] as const) {
      await page.setInputFiles('#record-file', asFile(name, record));
      await page.click('button:has-text("Add record")');
      await until(() => page.locator('[data-testid="timeline"] li').count()).toBeGreaterThan(
        name === 'plan.json' ? 1 : 0,
      );
    }
    expect(await page.locator('[data-testid="due"]').innerText()).toContain('Plan review overdue');
    const href = await page.locator('[data-testid=review-in-case]').getAttribute('href');
    caseId = new URL(href!, siteUrl()).searchParams.get('case')!;
    expect(caseId).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reviews the case’s plan and saves the review and the updated plan into the case', async () => {
    await page.goto(inCase('/follow-up/review/'));
    await unlockHere(page);
    // The unlock form that had focus is gone: the review's heading takes it.
    await until(() => page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Review an adjustment plan',
    );
    await page.click('[data-testid=review-case-plan]');
    await until(() => heading(page)).toBe('Text reminders before appointments');
    for (const [inPlace, helped] of [
      ['yes', 'helped'],
      ['partly', 'helped-a-bit'],
      ['yes', 'did-not-help'],
    ]) {
      const before = await heading(page);
      await page.check(`input[name=inPlace][value=${inPlace}]`);
      await page.check(`input[name=helped][value=${helped}]`);
      await page.check('input[name=next][value=keep]');
      await page.click('[data-testid=continue]');
      await until(() => heading(page)).not.toBe(before);
    }
    expect(await heading(page)).toBe('Appointments since the plan started');
    await page.fill('#kept', '6');
    await page.fill('#missed', '2');
    await page.click('main button[type=submit]');
    await until(() => heading(page)).toBe('Check and finish the review');
    await page.click('[data-testid=finish]');
    await until(() => heading(page)).toBe('Review finished');
    await page.locator('[data-testid=case-saved] a').waitFor();
    for (const v of await axe(page)) throw new Error(v);
    const review = ReviewRecordSchema.parse(
      await downloaded(page, '[data-testid=download-review]'),
    );
    expect(review.reference).toBe(REFERENCE);
    expect(review.sharing?.[0]).toBe('The person has not agreed to share this with anyone.');
  });

  it('records a referral that moves on as one entry, with the letter made from the case', async () => {
    await page.goto(inCase('/follow-up/referral/'));
    await unlockHere(page);
    await page.check('input[name=to][value=gp]');
    await page.click('[data-testid=record-sent]');
    await page.locator('[data-testid=case-saved] a').waitFor();
    await page.check('input[name=what][value=ACCEPT]');
    await page.click('[data-testid=record-step]');
    await until(() => page.locator('[data-testid=referral-status]').innerText()).toMatch(
      /Status\s+Accepted/,
    );
    await page.check('input[name=recipient][value=gp]');
    await page.check('input[name=agreed][value=yes]');
    await page.click('[data-testid=record-consent]');
    await page.click('[data-testid=use-case-screening]');
    await page.fill('#examples', 'I leave letters in a drawer');
    await page.click('[data-testid=make-letter]');
    const letter = await page.locator('[data-testid=letter]').innerText();
    expect(letter).toContain(`Case reference: ${REFERENCE}`);
    expect(letter).toContain('The person agreed to share this with: GP.');
    for (const v of await axe(page)) throw new Error(v);
  });

  it('makes a passport from the case’s records, with the reference on its print and download', async () => {
    await page.goto(inCase('/follow-up/passport/'));
    await unlockHere(page);
    await page.click('[data-testid=use-case-records]');
    await page.locator('#line-helps-0').check();
    await page.locator('#for-solicitor').check();
    await page.click('[data-testid=make-passport]');
    await page.locator('[data-testid=passport]').waitFor();
    await page.locator('[data-testid=case-saved] a').waitFor();
    await page.evaluate(() => (window.print = () => undefined));
    await page.click('[data-testid=print-passport]');
    await page.emulateMedia({ media: 'print' });
    // The person carries the passport and card to strangers: the case reference is never on them.
    expect(await page.locator('[data-testid=passport]').innerText()).not.toContain(REFERENCE);
    expect(await page.locator('[data-testid=wallet-card]').innerText()).not.toContain(REFERENCE);
    expect(await page.locator('[data-testid=passport]').innerText()).toContain(
      'The person agreed to share this with: My solicitor.',
    );
    // The Easy Read picture beside its heading prints, loaded; it is decorative there (the
    // heading says it), so it has an empty alt and is hidden from screen readers.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid=passport] img')].every(
        (img) => img.complete,
      ),
    );
    const pictures = await page
      .locator('[data-testid=passport] h3 img')
      .evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map(
          (i) => i.naturalWidth > 0 && i.alt === '' && i.getAttribute('aria-hidden') === 'true',
        ),
      );
    expect(pictures).toEqual([true]);
    await page.emulateMedia({ media: 'screen' });
    const passport = PassportSchema.parse(
      await downloaded(page, '[data-testid=download-passport]'),
    );
    expect(passport.reference).toBe(REFERENCE);
    expect(passport.sharing?.[0]).toBe('The person agreed to share this with: My solicitor.');
    for (const v of await axe(page)) throw new Error(v);
  });

  it('shows all three in the case’s timeline, with nothing readable stored', async () => {
    await page.goto(`${siteUrl()}/cases/?case=${caseId}`);
    await page.fill('#passphrase', PASS);
    await page.click('button:has-text("Unlock")');
    await until(() => heading(page)).toContain(REFERENCE);
    const timeline = await page.locator('[data-testid="timeline"]').innerText();
    expect(timeline).toContain('Plan reviewed');
    expect(timeline).toContain('Referral: GP');
    expect(timeline).toMatch(/Accepted; sent/);
    expect(timeline).toContain('Communication passport made');
    // One referral entry, however many times it moved on.
    expect(timeline.match(/Referral: GP/g)).toHaveLength(1);
    // The updated plan's next review is ahead, so nothing is overdue now.
    expect(await page.locator('[data-testid="due"]').innerText()).not.toContain(
      'Plan review overdue',
    );
    const raw = await rawStorage(page);
    expect(raw).not.toContain(REFERENCE);
    expect(raw).not.toContain('drawer');
    expect(offSite(requests)).toEqual([]);
  });
});
