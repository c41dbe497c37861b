import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { catalogue } from '@attune/sdk/adjustments';
import { checkStep as check, newPage, offSite, press, siteUrl, tabTo } from './browser';

const heading = (page: Page) => page.locator('main h1').innerText();
const focusedIsHeading = (page: Page) =>
  page.evaluate(() => document.activeElement?.tagName === 'H1');
const itemId = (page: Page) =>
  page.locator('form[data-testid=question-form] [name=answer]').first().getAttribute('id');

/** Answers the current question by keyboard: first or last option, a text, or "Prefer not to say". */
async function answer(page: Page, how: 'first' | 'last' | 'skip' | { text: string }) {
  if (how === 'skip') {
    await press(page, '[data-testid=skip]');
    return;
  }
  if (typeof how === 'object') {
    await tabTo(page, 'textarea[name=answer]');
    await page.keyboard.type(how.text);
  } else {
    await tabTo(page, 'input[name=answer]');
    await page.keyboard.press('Space');
    if (
      how === 'last' &&
      (await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) === 'radio'
    )
      await page.keyboard.press('ArrowUp');
  }
  await press(page, 'form[data-testid=question-form] button[type=submit]');
}

/** Starts a screening with consent given, optionally saving on the device. */
async function startScreening(page: Page, options: { save?: boolean; consent?: boolean } = {}) {
  await page.goto(`${siteUrl()}/screening/`);
  if (options.save) await page.locator('#save-on-device').check();
  await page.locator('[data-testid=start]').click();
  await page.locator(options.consent === false ? '#consent-no' : '#consent-yes').check();
  await page.locator('main button[type=submit]').click();
}

const axeFailures: string[] = [];
const checkStep = (page: Page, name: string) => check(page, name, axeFailures);

describe('a whole screening in the browser, by keyboard alone', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'runs from consent to outcome with back, skip, a safeguarding answer, save, reload, resume and change',
    { timeout: 240_000 },
    async () => {
      await page.goto(`${siteUrl()}/screening/`);
      await expect.poll(() => heading(page)).toBe('Before you start');
      await checkStep(page, 'intro');
      expect(await page.locator('#save-on-device').isChecked()).toBe(false);
      await tabTo(page, '#save-on-device');
      await page.keyboard.press('Space');
      await press(page, '[data-testid=start]');

      // Consent, with the error summary when nothing is chosen.
      await expect.poll(() => heading(page)).toMatch(/happy to do the screening/);
      await press(page, 'main button[type=submit]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('govuk-error-summary'),
        ),
      ).toBe(true);
      await checkStep(page, 'consent with error');
      await tabTo(page, '#consent-yes');
      await page.keyboard.press('Space');
      await press(page, 'main button[type=submit]');

      // First question: focus on the heading, the title is the question, progress by section.
      await expect.poll(() => heading(page)).toBe('How are you feeling today?');
      expect(await focusedIsHeading(page)).toBe(true);
      expect(await page.title()).toMatch(/^How are you feeling today\?/);
      await expect
        .poll(() => page.locator('[data-testid=progress]').innerText())
        .toMatch(/Section 1 of \d+: .*\nQuestion 1 of \d+ in this section/);
      await checkStep(page, 'question (radios)');

      // Continue without an answer: GOV.UK error summary, nothing lost.
      await press(page, 'form[data-testid=question-form] button[type=submit]');
      await expect.poll(() => page.locator('.govuk-error-summary').count()).toBe(1);
      await checkStep(page, 'question with error');
      await answer(page, 'first');

      // Back keeps the earlier answer.
      const second = await heading(page);
      await press(page, 'button.govuk-back-link');
      await expect.poll(() => heading(page)).toBe('How are you feeling today?');
      expect(await page.locator('input[name=answer]').first().isChecked()).toBe(true);
      await answer(page, 'first');
      await expect.poll(() => heading(page)).toBe(second);

      // Easy Read switch changes the wording.
      await tabTo(page, '#easy-read');
      await page.keyboard.press('Space');
      await expect.poll(() => heading(page)).not.toBe(second);
      await tabTo(page, '#easy-read');
      await page.keyboard.press('Space');
      await answer(page, 'skip');

      // A few more, then reload and resume from the device.
      for (let i = 0; i < 5; i++) await answer(page, 'last');
      const before = await heading(page);
      await page.reload();
      await expect.poll(() => page.locator('[data-testid=saved-resumable]').count()).toBe(1);
      await press(page, '[data-testid=resume]');
      await expect.poll(() => heading(page)).toBe(before);

      // Answer everything else: the most need for choices, a blow to the head (revealing
      // follow-ups), yes to the question about thoughts of suicide, a strength typed in.
      let safeguardingSeen = false;
      for (let guard = 0; guard < 160; guard++) {
        if ((await page.locator('form[data-testid=question-form]').count()) === 0) break;
        const id = (await itemId(page)) ?? '';
        if (id.startsWith('answer-sg-suicide')) {
          await answer(page, 'first');
          await expect.poll(() => page.locator('[data-testid=safeguarding]').count()).toBe(1);
          expect(
            await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
          ).toBe('safeguarding');
          await checkStep(page, 'safeguarding flag');
          // The practitioner acknowledges it; later steps show only a small marker.
          await press(page, '[data-testid=safeguarding-noted]');
          await expect.poll(() => page.locator('[data-testid=safeguarding]').count()).toBe(0);
          expect(await page.locator('[data-testid=safeguarding-marker]').count()).toBe(1);
          expect(await focusedIsHeading(page)).toBe(true);
          safeguardingSeen = true;
        } else if (id.startsWith('answer-tr-head') || id.startsWith('answer-ctx-diagnosis-wish'))
          await answer(page, 'first');
        else if (id === 'answer-ctx-strengths') {
          // "Something else" opens the question where a strength is typed in. (The first
          // choice's id is the question's own, as govuk-frontend does.)
          await tabTo(page, 'input[name=answer][value=something-else]');
          await page.keyboard.press('Space');
          await press(page, 'form[data-testid=question-form] button[type=submit]');
        } else if (id === 'answer-ctx-strengths-other')
          await answer(page, { text: 'Good with my hands' });
        else if ((await page.locator('textarea[name=answer]').count()) > 0)
          await answer(page, 'skip');
        else await answer(page, 'last');
        if (id === 'answer-ctx-strengths') await checkStep(page, 'question (checkboxes)');
      }
      expect(safeguardingSeen).toBe(true);

      // Check your answers; change the brain injury answer to "None of these" and see what was removed.
      await expect.poll(() => heading(page)).toBe('Check the answers');
      await checkStep(page, 'review');
      await press(page, '[data-change="tr-head"]');
      await expect.poll(() => itemId(page)).toMatch(/^answer-tr-head/);
      await tabTo(page, 'input[name=answer][value=blow]');
      await page.keyboard.press('Space');
      await tabTo(page, 'input[name=answer][value=none]');
      await page.keyboard.press('Space');
      expect(await page.locator('input[name=answer][value=none]').isChecked()).toBe(true);
      expect(await page.locator('input[name=answer][value=blow]').isChecked()).toBe(false);
      await press(page, 'form[data-testid=question-form] button[type=submit]');
      await expect.poll(() => heading(page)).toBe('Check the answers');
      await expect
        .poll(() => page.locator('[data-testid=removed]').innerText())
        .toMatch(/Since then/);
      await checkStep(page, 'review after a change removed answers');

      // The outcome: not a diagnosis, strengths first, adjustments linking to guidance.
      await press(page, '[data-testid=submit]');
      await expect.poll(() => heading(page)).toBe('Screening outcome');
      await expect
        .poll(() => page.locator('[data-testid=not-diagnosis]').innerText())
        .toMatch(/not a diagnosis/);
      const text = await page.locator('main').innerText();
      // Strengths come before the needs, which are in the detail behind a disclosure.
      expect(text.indexOf('Strengths')).toBeGreaterThan(-1);
      expect(text.indexOf('Strengths')).toBeLessThan(
        text.indexOf('Areas and the answers behind them'),
      );
      expect(await page.locator('[data-testid=strengths]').innerText()).toContain(
        'Good with my hands',
      );
      expect(await page.locator('[data-testid=safeguarding]').count()).toBe(1);
      // "Most of the time" to everything, even to questions worded away from need: the
      // practitioner is asked to check, and no level is lowered.
      expect(await page.locator('[data-testid=yes-saying]').innerText()).toMatch(
        /agreeing with everything/,
      );
      const links = await page
        .locator('[data-testid=adjustments] a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links.length).toBeGreaterThan(3);
      expect(links.every((l) => /^\/adjustments\/[a-z0-9-]+\/$/.test(l))).toBe(true);
      await checkStep(page, 'outcome');

      // The record downloads as JSON, with no name in it.
      const downloading = page.waitForEvent('download');
      await press(page, '[data-testid=download]');
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^attune-screening-\d{4}-\d{2}-\d{2}\.json$/);
      const saved = `test/.tmp/${download.suggestedFilename()}`;
      await download.saveAs(saved);
      const record = JSON.parse(await (await import('node:fs/promises')).readFile(saved, 'utf8'));
      expect(record).toMatchObject({
        schemaVersion: 1,
        questionnaire: { id: 'attune-needs-screening' },
        reference: null,
      });
      expect(record.flags).toHaveLength(1);
      // The same record as CSV for a spreadsheet: a header and one row, the answers in columns.
      const csvDownloading = page.waitForEvent('download');
      await press(page, '[data-testid=download-csv]');
      const csvFile = `test/.tmp/${(await csvDownloading).suggestedFilename()}`;
      expect(csvFile).toMatch(/attune-screening-\d{4}-\d{2}-\d{2}\.csv$/);
      await (await csvDownloading).saveAs(csvFile);
      const lines = (await (await import('node:fs/promises')).readFile(csvFile, 'utf8'))
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toMatch(/^reference,questionnaire,version,startedAt,completedAt,level:/);
      expect(lines[1]).toMatch(/^,attune-needs-screening,/);

      // Agree the plan with the person: the first suggestion is not wanted (a reason is needed),
      // the rest are agreed, and the person adds one of their own.
      await press(page, '[data-testid=agree-plan]');
      await expect
        .poll(() => page.locator('main legend [data-testid=progress]').innerText())
        .toMatch(/^Suggestion 1 of \d+$/);
      const refused = await heading(page);
      await checkStep(page, 'plan: a suggestion');
      await tabTo(page, '#decision-0');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await press(page, 'main button[type=submit]');
      await expect.poll(() => page.locator('.govuk-error-summary').innerText()).toMatch(/Say why/);
      await tabTo(page, '#decision-reason');
      await page.keyboard.type('He already has this from his hostel');
      await press(page, 'main button[type=submit]');
      for (
        let guard = 0;
        guard < 20 && (await heading(page)) !== 'Anything else that would help?';
        guard++
      ) {
        const before = await heading(page);
        await tabTo(page, '#decision-0');
        await page.keyboard.press('Space');
        await press(page, 'main button[type=submit]');
        await expect.poll(() => heading(page)).not.toBe(before);
      }
      await checkStep(page, 'plan: anything else');
      await tabTo(page, '#own-title');
      await page.keyboard.type('Meet at the gym café');
      await press(page, 'main button[type=submit]');
      await expect
        .poll(() => page.locator('main li').first().innerText())
        .toContain('Meet at the gym café');
      await press(page, '[data-testid=plan-next]');
      await expect.poll(() => heading(page)).toBe('Agree the plan');
      await tabTo(page, '#review-day');
      await page.keyboard.type('24');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2027');
      await press(page, 'main button[type=submit]');
      await expect
        .poll(() => page.locator('.govuk-error-summary').innerText())
        .toMatch(/agreed this plan with the person/);
      expect(await page.locator('#review-year').inputValue()).toBe('2027'); // nothing typed is lost
      await checkStep(page, 'plan: agree');
      await tabTo(page, '#plan-agreed');
      await page.keyboard.press('Space');
      await press(page, 'main button[type=submit]');

      // The Easy Read plan the person takes away is the agreed one, and it prints.
      await expect.poll(() => heading(page)).toBe('My adjustment plan');
      const helps = await page.locator('[data-testid=plan-helps]').innerText();
      expect(helps).toContain('Meet at the gym café');
      expect(await page.locator('[data-testid=plan]').innerText()).toMatch(
        /look at this plan again on 24 February 2027/,
      );
      // Saving is on, so the agreed plan is kept for the mentoring page on this device.
      const kept = JSON.parse(
        (await page.evaluate(() => localStorage.getItem('attune.adjustment-plan')))!,
      );
      expect(kept).toMatchObject({
        schemaVersion: 1,
        reviewDate: '2027-02-24',
        agreedWithPerson: true,
      });
      const refusedEasyRead = catalogue.find((a) => a.title === refused)?.easyRead;
      expect(refusedEasyRead).toBeTruthy();
      expect(helps).not.toContain(refusedEasyRead);
      expect(await page.locator('[data-testid=plan]').innerText()).toMatch(
        /This is not a diagnosis/,
      );
      await checkStep(page, 'plan');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.govuk-generic-header').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=print]').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=plan]').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // The agreed plan is kept with the saved screening: after a reload it is there to print again.
      await page.reload();
      await press(page, '[data-testid=resume]');
      await expect.poll(() => heading(page)).toBe('Screening outcome');
      await expect.poll(() => page.locator('[data-testid=open-plan]').count()).toBe(1);

      // A guidance link from the outcome opens.
      const response = await page.goto(siteUrl() + links[0]);
      expect(response?.status()).toBe(200);

      // Delete everything from the privacy page; the screening page then has nothing to resume.
      await page.goto(`${siteUrl()}/privacy/`);
      await press(page, '[data-attune-delete-button]');
      await press(page, '[data-attune-delete-yes]');
      await expect
        .poll(() => page.locator('[data-attune-delete-status]').innerText())
        .toMatch(/Nothing from Attune is saved on this device now/);
      await page.goto(`${siteUrl()}/screening/`);
      await expect.poll(() => heading(page)).toBe('Before you start');
      expect(await page.locator('[data-testid=saved-resumable]').count()).toBe(0);

      expect(axeFailures).toEqual([]);
      expect(offSite(requests)).toEqual([]);
    },
  );

  it('deletes everything saved from the screening page itself', { timeout: 60_000 }, async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await page.locator('#save-on-device').check();
    await page.locator('[data-testid=start]').click();
    // The run's code loads when Start is pressed, so the first save follows a moment later.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('attune.screening')))
      .not.toBeNull();
    await page.locator('summary', { hasText: 'What is saved on this device' }).click();
    await page.locator('[data-attune-delete-button]').click();
    await page.locator('[data-attune-delete-yes]').click();
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('attune.'))),
      )
      .toEqual([]);
    await expect.poll(() => heading(page)).toBe('Before you start');
    expect(await page.locator('#save-on-device').isChecked()).toBe(false);
  });

  it(
    'stops at any point, deleting the answers, after asking once',
    { timeout: 60_000 },
    async () => {
      await startScreening(page);
      await answer(page, 'first');
      await page.getByRole('button', { name: 'Stop the screening' }).click();
      await expect.poll(() => heading(page)).toBe('Stop the screening?');
      await checkStep(page, 'confirm stop');
      await page.locator('[data-testid=confirm-stop]').click();
      await expect.poll(() => heading(page)).toBe('The screening has stopped');
      await checkStep(page, 'withdrawn');
      await page.getByRole('button', { name: 'Start a new screening' }).click();
      await expect.poll(() => heading(page)).toBe('Before you start');
      await startScreening(page, { consent: false });
      await expect.poll(() => heading(page)).toMatch(/chose not to do the screening/);
      await checkStep(page, 'declined');
      const downloading = page.waitForEvent('download');
      await page.locator('[data-testid=ended-note]').click();
      const saved = `test/.tmp/${(await downloading).suggestedFilename()}`;
      await (await downloading).saveAs(saved);
      const note = JSON.parse(await (await import('node:fs/promises')).readFile(saved, 'utf8'));
      expect(note).toMatchObject({
        kind: 'screening-ended',
        status: 'declined',
        questionnaire: { id: 'attune-needs-screening' },
      });
      expect(Object.keys(note).sort()).toEqual(['endedAt', 'kind', 'questionnaire', 'status']);
      expect(axeFailures).toEqual([]);
    },
  );

  it.each([
    ['damaged', () => '{"format":"attune.saved-screening", broken'],
    [
      'from an older version of the questions',
      (saved: string) => saved.replace(/"version":"[^"]+"/, '"version":"0.1.0"'),
    ],
  ])(
    'explains a saved screening that is %s, and deletes it without crashing',
    { timeout: 60_000 },
    async (_name, damage) => {
      await startScreening(page, { save: true });
      await answer(page, 'first');
      const saved = await page.evaluate(() => localStorage.getItem('attune.screening'));
      expect(saved).toBeTruthy();
      await page.evaluate(
        (value) => localStorage.setItem('attune.screening', value),
        damage(saved!),
      );
      await page.reload();
      await expect.poll(() => page.locator('[data-testid=saved-broken]').count()).toBe(1);
      expect(await page.locator('[data-testid=saved-broken]').innerText()).toMatch(
        /Delete it and start again/,
      );
      await checkStep(page, 'saved screening cannot be opened');
      await page.getByRole('button', { name: 'Delete the saved screening' }).click();
      await expect.poll(() => page.locator('[data-testid=saved-broken]').count()).toBe(0);
      expect(await page.evaluate(() => localStorage.getItem('attune.screening'))).toBeNull();
      expect(axeFailures).toEqual([]);
    },
  );
});
