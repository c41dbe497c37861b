// The site's promises tried in real Chromium: what is deleted stays deleted (in every open tab),
// delete controls say what they delete, a tampered saved plan is refused plainly, and the reading
// preferences script comes under the Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createActor } from 'xstate';
import { createMentoringPlanMachine } from '@attune/sdk/mentoring';
import { axe, newPage, press, siteUrl } from './browser';

const attuneKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('attune.')));
const heading = (page: Page) =>
  page.evaluate(() => document.querySelector('main h1')?.textContent?.trim());

/** Starts a screening with saving on and answers the first question. */
async function screeningSaved(page: Page) {
  await page.goto(`${siteUrl()}/screening/`);
  await page.locator('#save-on-device').check();
  await page.locator('[data-testid=start]').click();
  await page.locator('#consent-yes').check();
  await page.locator('main button[type=submit]').click();
  await answerOne(page);
}
async function answerOne(page: Page) {
  const before = await heading(page);
  await page.locator('input[name=answer]').first().check();
  await page.locator('form[data-testid=question-form] button[type=submit]').click();
  await expect.poll(() => heading(page)).not.toBe(before);
}

describe('deleting what is saved', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'says what it will delete, deletes the page’s own data at once and everything only after asking',
    { timeout: 60_000 },
    async () => {
      await screeningSaved(page);
      await page.evaluate(() => localStorage.setItem('attune.training', '{}'));
      await page.goto(`${siteUrl()}/screening/`);
      await page.locator('summary', { hasText: 'What is saved on this device' }).click();
      const status = page.locator('[data-attune-delete-status]');
      await expect.poll(() => status.innerText()).toMatch(/a screening/);
      await expect.poll(() => status.innerText()).toMatch(/your training progress/);
      // What is kept after a screening ends is said in the same words here and on the privacy page.
      const kept = (await status.innerText()).replace(/^.*?\. /, '');
      const own = page.locator('[data-attune-delete-own]');
      expect(await own.innerText()).toBe('Delete this screening from this device');
      await own.click();
      await expect.poll(() => status.innerText()).toMatch(/^Deleted this screening: a screening/);
      expect(await attuneKeys(page)).toEqual(['attune.training']);

      await page.locator('[data-attune-delete-button]').click();
      const confirm = page.locator('[data-attune-delete-confirm]');
      await expect.poll(() => confirm.isVisible()).toBe(true);
      expect(await confirm.innerText()).toMatch(/your training progress/);
      for (const v of await axe(page)) throw new Error(v);
      await page.locator('[data-attune-delete-no]').click();
      expect(await confirm.isVisible()).toBe(false);
      expect(await attuneKeys(page)).toEqual(['attune.training']);
      await page.locator('[data-attune-delete-button]').click();
      await page.locator('[data-attune-delete-yes]').click();
      await expect
        .poll(() => status.innerText())
        .toMatch(/^Deleted everything Attune had saved on this device: your training progress\./);
      expect(await attuneKeys(page)).toEqual([]);

      await page.goto(`${siteUrl()}/privacy/`);
      const privacy = await page.locator('[data-testid=kept-after-screening]').innerText();
      expect(kept).toContain(privacy.trim());
    },
  );

  it(
    '“Delete everything” in one tab stops every other open tab writing its data back',
    { timeout: 60_000 },
    async () => {
      const other = await context.newPage();
      await screeningSaved(page);
      expect(await attuneKeys(page)).toContain('attune.screening');
      await other.goto(`${siteUrl()}/privacy/`);
      await other.locator('[data-attune-delete-button]').click();
      await other.locator('[data-attune-delete-yes]').click();
      await expect.poll(() => attuneKeys(other)).toEqual([]);
      // The first tab carries on with the person, but nothing it does is saved again.
      await answerOne(page);
      await answerOne(page);
      expect(await attuneKeys(page)).toEqual([]);
      expect(await page.locator('main .govuk-notification-banner').innerText()).toMatch(
        /deleted in another tab/,
      );
      await other.close();
    },
  );
});

describe('a saved action plan changed by hand', () => {
  // A plan as the page saves it: the plan machine's persisted snapshot.
  const record = {
    schemaVersion: 1 as const,
    kind: 'attune.mentoring-plan' as const,
    reference: null,
    check: null,
    suggestedAreas: [],
    adjustments: [],
    goals: [
      {
        area: 'bank-account',
        title: 'Open a bank account',
        steps: [
          {
            text: 'Get ID',
            who: 'person' as const,
            by: '2026-12-01',
            status: 'not-started' as const,
            why: null,
          },
        ],
      },
    ],
    meetings: [],
    agreedAt: '2026-11-20T10:00:00Z',
    closedAt: null,
  };
  const base = JSON.parse(
    JSON.stringify(
      createActor(createMentoringPlanMachine(), { input: { plan: record } })
        .start()
        .getPersistedSnapshot(),
    ),
  );
  type Context = typeof record & { error: null };
  const tampered: [string, (c: Context) => unknown][] = [
    ['a malformed step', (c) => ({ ...c, goals: [{ ...c.goals[0], steps: [{ text: 42 }] }] })],
    [
      'an unknown "who"',
      (c) => ({
        ...c,
        goals: [{ ...c.goals[0], steps: [{ ...c.goals[0]!.steps[0], who: 'aliens' }] }],
      }),
    ],
    ['goals: [null]', (c) => ({ ...c, goals: [null] })],
    [
      'a meeting about a step that is not there',
      (c) => ({
        ...c,
        meetings: [{ at: null, updates: [{ goal: 4, step: 9, status: 'done', why: null }] }],
      }),
    ],
  ];

  for (const [name, change] of tampered)
    it(`with ${name} shows a clear message and a way to delete it, and nothing throws`, async () => {
      const { context, page } = await newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${siteUrl()}/mentoring/`);
      await page.evaluate(
        (value) => localStorage.setItem('attune.mentoring-plan', value),
        JSON.stringify({
          format: 'attune.saved-mentoring-plan',
          snapshot: { ...base, context: change(base.context) },
        }),
      );
      await page.reload();
      await expect.poll(() => heading(page)).toBe('The saved action plan cannot be opened');
      await press(page, 'main button.govuk-button--warning');
      await expect.poll(() => heading(page)).toBe('Before you start');
      expect(await page.evaluate(() => localStorage.getItem('attune.mentoring-plan'))).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    });

  it('the untouched plan still opens', async () => {
    const { context, page } = await newPage();
    await page.goto(`${siteUrl()}/mentoring/`);
    await page.evaluate(
      (value) => localStorage.setItem('attune.mentoring-plan', value),
      JSON.stringify({ format: 'attune.saved-mentoring-plan', snapshot: base }),
    );
    await page.reload();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Open a bank account/);
    await context.close();
  });
});

describe('the reading preferences script', () => {
  it('comes after the Content-Security-Policy meta tag on every kind of page, and still applies first', async () => {
    const { context, page } = await newPage();
    for (const path of ['/', '/screening/', '/evidence/', '/privacy/']) {
      const html = await (await fetch(`${siteUrl()}${path}`)).text();
      const csp = html.search(/<meta http-equiv="content-security-policy"/i);
      const boot = html.indexOf('prefs-boot.js');
      expect(csp, path).toBeGreaterThan(-1);
      expect(boot, path).toBeGreaterThan(csp);
    }
    await page.goto(`${siteUrl()}/privacy/`);
    await page.evaluate(() => localStorage.setItem('attune.preferences', '{"text-size":"large"}'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    await context.close();
  });
});
