import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { generatedPeople } from '../fixtures/equality-cohort';
import { checkStep, newPage, offSite, press, siteUrl, tabTo } from './browser';
import { savedAtReview } from './finished-screening';

// The equality questions in real Chromium, by keyboard alone, with axe at each step: offered
// from the outcome, "Prefer not to say" for every one, the one error they can have, and the answers
// in the downloaded record. Then the rates by group on /evidence/.

let context: BrowserContext;
let page: Page;
let requests: string[];
const failures: string[] = [];
const heading = () => page.locator('main h1').innerText();

beforeAll(async () => {
  ({ context, page, requests } = await newPage());
  await page.goto(`${siteUrl()}/screening/`);
  await page.evaluate(
    (saved) => localStorage.setItem('attune.screening', saved),
    savedAtReview('first'),
  );
  await page.reload();
  await page.locator('[data-testid=resume]').click();
  // The resumed run shows a safeguarding step first if the answers raised a flag.
  await page.locator('[data-testid=safeguarding-noted], [data-testid=submit]').first().waitFor();
  if (await page.locator('[data-testid=safeguarding-noted]').count())
    await page.locator('[data-testid=safeguarding-noted]').click();
  await page.locator('[data-testid=submit]').click();
  await page.locator('[data-testid=equality-open]').waitFor();
});
afterAll(async () => context?.close());

/** Chooses a radio by keyboard: Tab to its group, then arrow keys to the one wanted. */
async function choose(id: string) {
  const name = await page.locator(`#${id}`).getAttribute('name');
  await tabTo(page, `input[name="${name}"]`);
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate((x) => document.activeElement?.id === x, id)) break;
    await page.keyboard.press('ArrowDown');
  }
  // Arrow keys check the radio they land on; Space makes sure of the first.
  await page.keyboard.press('Space');
  expect(await page.locator(`#${id}`).isChecked()).toBe(true);
}
const preferNot = (field: string) =>
  page.locator(`[data-testid=${field}-prefer-not]`).getAttribute('id');

describe('the equality questions', () => {
  it(
    'are offered on the outcome and answered "Prefer not to say" for each, by keyboard',
    { timeout: 120_000 },
    async () => {
      expect(await page.locator('[data-testid=equality-offer]').innerText()).toMatch(
        /counted without names/,
      );
      await press(page, '[data-testid=equality-open]');
      await expect.poll(heading).toBe('Equality questions');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.locator('main').innerText()).toMatch(/You do not have to answer|optional/);
      expect(await page.locator('main').innerText()).toMatch(/DPIA/);
      await checkStep(page, 'equality questions', failures);

      // A broad ethnic group with no detail is the one error, in the GOV.UK pattern.
      await choose(
        (await page.locator('input[name=equality-ethnicBroad][value=black]').getAttribute('id'))!,
      );
      await expect.poll(() => page.locator('input[name=equality-ethnicGroup]').count()).toBe(3);
      await press(page, '[data-testid=equality-save]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await page.locator('.govuk-error-summary').innerText()).toMatch(/best describes/);
      await checkStep(page, 'equality questions with error', failures);

      // "Prefer not to say" for every question, the disability follow-up included.
      for (const field of ['ageBand', 'sex', 'genderSameAsSex', 'ethnicBroad'])
        await choose((await preferNot(field))!);
      expect(await page.locator('input[name=equality-ethnicGroup]').count()).toBe(0);
      await choose(
        (await page
          .locator('input[name=equality-longTermCondition][value=yes]')
          .getAttribute('id'))!,
      );
      await choose((await preferNot('activityReduced'))!);
      await checkStep(page, 'equality questions all prefer not to say', failures);
      await press(page, '[data-testid=equality-save]');

      await expect.poll(heading).toBe('Screening outcome');
      expect(await page.locator('[data-testid=not-diagnosis]').count()).toBe(1);
      expect(await page.locator('[data-testid=equality-offer]').innerText()).toMatch(/6 answers/);
      const downloading = page.waitForEvent('download');
      await press(page, '[data-testid=download]');
      const file = `test/.tmp/equality-${(await downloading).suggestedFilename()}`;
      await (await downloading).saveAs(file);
      const record = JSON.parse(await readFile(file, 'utf8'));
      expect(record.demographics).toEqual({
        ageBand: 'prefer-not-to-say',
        sex: 'prefer-not-to-say',
        genderSameAsSex: 'prefer-not-to-say',
        ethnicGroup: 'prefer-not-to-say',
        longTermCondition: 'yes',
        activityReduced: 'prefer-not-to-say',
      });
      // The answers are the record's demographics only: the profile does not mention them.
      expect(JSON.stringify(record.profile)).not.toMatch(/prefer-not-to-say/);
    },
  );

  it(
    'can be changed to a detailed ethnic group and disability, and skipped altogether',
    { timeout: 60_000 },
    async () => {
      await press(page, '[data-testid=equality-open]');
      await expect.poll(heading).toBe('Equality questions');
      // The answers given are shown again to change.
      expect(await page.locator(`#${await preferNot('sex')}`).isChecked()).toBe(true);
      await choose(
        (await page.locator('input[name=equality-ethnicBroad][value=asian]').getAttribute('id'))!,
      );
      await choose(
        (await page
          .locator('input[name=equality-ethnicGroup][value=asian-pakistani]')
          .getAttribute('id'))!,
      );
      await press(page, '[data-testid=equality-save]');
      await expect.poll(heading).toBe('Screening outcome');
      await press(page, '[data-testid=equality-open]');
      await expect.poll(heading).toBe('Equality questions');
      await press(page, '[data-testid=equality-skip]');
      await expect.poll(heading).toBe('Screening outcome');
      expect(await page.locator('[data-testid=equality-offer]').innerText()).toMatch(
        /Offer the person/,
      );
      expect(failures).toEqual([]);
      expect(offSite(requests)).toEqual([]);
    },
  );
});

describe('rates by group on /evidence/', () => {
  it(
    'shows every characteristic’s table, with small groups together and the caveat',
    { timeout: 120_000 },
    async () => {
      const records = generatedPeople(400, 7).flatMap(({ person }) => Object.values(person).flat());
      await page.goto(`${siteUrl()}/evidence/`);
      await page.locator('#records').setInputFiles({
        name: 'records.ndjson',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(records.map((r) => JSON.stringify(r)).join('\n')),
      });
      await press(page, 'main button[type=submit]');
      await expect.poll(() => page.locator('[data-testid=equality]').count()).toBe(1);
      expect(await page.locator('[data-testid=equality-caveat]').innerText()).toMatch(
        /not proof of unfair treatment/,
      );
      const sex = await page.locator('[data-testid=equality-sex]').innerText();
      expect(sex).toMatch(/Female/);
      expect(sex).toMatch(/Male/);
      expect(sex).toMatch(/All/);
      const ethnic = await page.locator('[data-testid=equality-ethnicGroup]').innerText();
      // White people are many: shown as the detailed group, or as the broad group when one of
      // its detailed groups alone is too small to show.
      expect(ethnic).toMatch(/^(White|.*English, Welsh, Scottish, Northern Irish or British)\t/m);
      expect(ethnic).toMatch(/Smaller groups together/);
      // Outcome records were read for the tables, not refused by the cohort summary as unknown.
      expect(await page.locator('[data-testid=invalid]').innerText()).not.toMatch(
        /not a screening record/,
      );
      // Another rate, chosen by keyboard.
      await tabTo(page, '#equality-rate');
      await page.selectOption('#equality-rate', 'adjustments-agreed');
      await expect
        .poll(() => page.locator('[data-testid=equality-sex]').innerText())
        .toMatch(/with adjustments agreed/);
      await checkStep(page, 'evidence equality', failures, '');
      expect(failures).toEqual([]);
    },
  );
});
