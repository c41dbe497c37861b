import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkStep as check, newPage, siteUrl } from './browser';

const heading = (page: Page) => page.locator('main h1').innerText();
const itemId = async (page: Page) =>
  (await page
    .locator('form[data-testid=question-form] [name=answer]')
    .first()
    .getAttribute('id')) ?? '';
const submit = (page: Page) =>
  page.locator('form[data-testid=question-form] button[type=submit]').click();

/** Answers "no need" until the question whose first input id starts with `prefix`. */
async function answerUntil(page: Page, prefix: string) {
  for (let guard = 0; guard < 40; guard++) {
    const id = await itemId(page);
    if (id.startsWith(prefix)) return;
    const pick =
      id.startsWith('answer-tr-head') || id.startsWith('answer-ctx-diagnoses')
        ? 'none'
        : (await page.locator('input[name=answer][value=never]').count())
          ? 'never'
          : (await page.locator('input[name=answer][value=no]').count())
            ? 'no'
            : null;
    if (pick) await page.locator(`input[name=answer][value=${pick}]`).check();
    else await page.locator('input[name=answer]').first().check();
    await submit(page);
    await expect.poll(() => itemId(page)).not.toBe(id);
  }
  throw new Error(`never reached ${prefix}`);
}

const axeFailures: string[] = [];
const checkStep = (page: Page, name: string) => check(page, name, axeFailures);

describe('safeguarding in the screening page', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage()));
  afterAll(async () => context?.close());

  it('offers Easy Read and read aloud on the consent step, with the anonymised use in Easy Read', async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await page.locator('[data-testid=start]').click();
    await expect.poll(() => heading(page)).toMatch(/happy to do the screening/);
    await page.locator('#easy-read').check();
    await expect
      .poll(() => page.locator('#consent-hint').innerText())
      .toMatch(/count your answers/);
    await expect.poll(() => page.locator('#consent-hint').innerText()).toMatch(/feel safe/);
    await checkStep(page, 'consent in Easy Read');
    // Read aloud says that it is speaking, or that the device has no voice: never silence.
    const read = page.locator('[data-testid=read-aloud]');
    if ((await read.count()) > 0) {
      await read.click();
      await expect
        .poll(() => page.locator('[data-testid=read-aloud-status]').innerText(), { timeout: 5000 })
        .toMatch(/Reading aloud|no voice/);
    }
    // In Easy Read a frequency question has three answers, in plain words.
    await page.locator('#consent-yes').check();
    await page.locator('main button[type=submit]').click();
    await page.locator('input[name=answer]').first().check();
    await submit(page);
    await expect.poll(() => itemId(page)).toMatch(/^answer-tr-reading/);
    expect(await page.locator('form[data-testid=question-form] label').allInnerTexts()).toEqual([
      'No',
      'Sometimes',
      'A lot',
    ]);
    expect(await page.locator('[data-testid=progress]').innerText()).toMatch(
      /About \d+ minutes? left/,
    );
    await checkStep(page, 'question in Easy Read');
    await page.goto(`${siteUrl()}/screening/`);
    await page.locator('[data-testid=start]').click();
    await page.locator('#easy-read').uncheck();
    await expect.poll(() => page.locator('#consent-hint').innerText()).toMatch(/ending their life/);
  });

  it(
    'shows graded guidance after a safety answer, records a disclosure, and keeps a safeguarding note when the person stops',
    { timeout: 90_000 },
    async () => {
      await page.goto(`${siteUrl()}/screening/`);
      await page.locator('[data-testid=start]').click();
      await page.locator('#consent-yes').check();
      await page.locator('main button[type=submit]').click();
      await answerUntil(page, 'answer-sg-suicide');
      await page.locator('input[name=answer][value=yes]').check();
      await submit(page);
      const panel = page.locator('[data-testid=safeguarding]');
      await expect.poll(() => panel.count()).toBe(1);
      const guidance = await panel.innerText();
      expect(guidance).toMatch(/plans/);
      expect(guidance).toContain('116 123');
      expect(guidance).toMatch(/probation practitioner or IOM lead today/);
      await checkStep(page, 'safeguarding guidance');

      // The practitioner records that a disclosure was made (not what was said) and who they told.
      const recorder = page.locator('[data-testid=disclosure]');
      await recorder.locator('summary').click();
      await recorder.locator('#disclosure-kind-domestic-abuse').check();
      await recorder.getByRole('button', { name: 'Record the disclosure' }).click();
      await expect.poll(() => recorder.locator('summary').innerText()).toMatch(/1 recorded/);
      await recorder.locator('#action-about-suicidal-thoughts').check();
      await recorder.locator('#action-what-safety-plan-agreed').check();
      await recorder.locator('#action-told-iom-lead').check();
      await recorder.getByRole('button', { name: 'Record the action' }).click();
      await expect.poll(() => recorder.locator('summary').innerText()).toMatch(/2 recorded/);
      await checkStep(page, 'recording a disclosure');

      // Stopping deletes the answers but keeps the note, on screen and in the download.
      await page.getByRole('button', { name: 'Stop the screening' }).click();
      await page.locator('[data-testid=confirm-stop]').click();
      await expect.poll(() => heading(page)).toBe('The screening has stopped');
      const note = await page.locator('[data-testid=safeguarding-note]').innerText();
      expect(note).toMatch(/Thoughts of suicide/);
      expect(note).toMatch(/Domestic abuse: disclosure recorded/);
      expect(note).toMatch(/Agreed a safety plan with the person; told the IOM lead/);
      await checkStep(page, 'ended with a safeguarding note');
      const downloading = page.waitForEvent('download');
      await page.locator('[data-testid=ended-note]').click();
      const saved = `test/.tmp/${(await downloading).suggestedFilename()}`;
      await (await downloading).saveAs(saved);
      const json = JSON.parse(await (await import('node:fs/promises')).readFile(saved, 'utf8'));
      expect(json.status).toBe('withdrawn');
      expect(json.safeguarding.flags).toMatchObject([
        { itemId: 'sg-suicide', kind: 'suicidal-thoughts' },
      ]);
      expect(json.safeguarding.disclosures).toMatchObject([{ kind: 'domestic-abuse' }]);
      expect(json).not.toHaveProperty('answers');
      expect(axeFailures).toEqual([]);
    },
  );
  it('records a disclosure on the consent step, and keeps it in the note when the person declines', async () => {
    await page.goto(`${siteUrl()}/screening/`);
    await page.locator('[data-testid=start]').click();
    await expect.poll(() => heading(page)).toMatch(/happy to do the screening/);
    const recorder = page.locator('[data-testid=disclosure]');
    await recorder.locator('summary').click();
    // Nothing chosen: nothing is recorded, and the practitioner is told why.
    await recorder.getByRole('button', { name: 'Record the disclosure' }).click();
    await expect.poll(() => recorder.innerText()).toMatch(/Choose an answer in each part first/);
    expect(await recorder.locator('summary').innerText()).not.toMatch(/recorded/);
    await recorder.locator('#disclosure-kind-child-concern').check();
    await recorder.getByRole('button', { name: 'Record the disclosure' }).click();
    await expect.poll(() => recorder.locator('summary').innerText()).toMatch(/1 recorded/);
    await checkStep(page, 'consent with a disclosure recorded');
    await page.locator('#consent-no').check();
    await page.locator('main button[type=submit]').click();
    await expect.poll(() => heading(page)).toBe('The person chose not to do the screening');
    expect(await page.locator('[data-testid=safeguarding-note]').innerText()).toMatch(
      /A concern about a child: disclosure recorded/,
    );
    expect(axeFailures).toEqual([]);
  });
});
