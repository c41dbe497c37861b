import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newPage, offSite, press, scrollsSideways, siteUrl, tabTo } from './browser';

describe('awareness training in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  const failures: string[] = [];
  const check = async (name: string) => {
    for (const v of await axe(page)) failures.push(`${name}: ${v}`);
    await page.setViewportSize({ width: 320, height: 800 });
    if (await scrollsSideways(page)) failures.push(`${name}: scrolls sideways at 320px`);
    if (process.env.SCREENSHOTS)
      await page.screenshot({
        path: `test/.tmp/shots/training-${name.replace(/\W+/g, '-')}-320.png`,
        fullPage: true,
      });
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'takes a module from start to certificate by keyboard: confidence, lessons, a failed and a passed check, confidence again',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${siteUrl()}/training/`);
      expect(await page.locator('[data-progress-for="autism"]').innerText()).toBe('Not started');
      await page.goto(`${siteUrl()}/training/certificate/?module=autism`);
      await expect
        .poll(() => page.locator('[data-certificate] h2').innerText())
        .toBe('This module is not complete yet');
      expect(await page.locator('[data-certificate]').innerText()).not.toMatch(
        /\bnull\b|single modules/,
      );
      await page.goto(`${siteUrl()}/training/autism/`);
      const { module } = JSON.parse((await page.locator('#training-app-props').textContent())!);
      await press(page, '[data-training-app] button');

      // Confidence before: 2 for each statement (Tab reaches each group, an arrow picks the value).
      const rate = async (value: number) => {
        for (let i = 0; i < 3; i++) {
          await tabTo(page, `#c${i}-0`);
          for (let k = 1; k < value; k++) await page.keyboard.press('ArrowRight');
        }
        await press(page, '[data-training-app] button[type=submit]');
      };
      await expect
        .poll(() => page.locator('[data-training-app] h2').first().innerText())
        .toMatch(/how confident do you feel/i);
      await rate(2);

      // A short test before the lessons: 6 questions, no feedback, no pass mark.
      const optionIndex = async (text: string, right: boolean) => {
        const question = module.questions.find((q: { text: string }) => q.text === text);
        const shown = await page
          .locator('[data-training-app] .govuk-radios__label')
          .allInnerTexts();
        const best = question.options.find((o: { correct?: boolean }) => o.correct).text;
        const index = shown.indexOf(best);
        expect(index).toBeGreaterThanOrEqual(0);
        return right ? index : (index + 1) % shown.length;
      };
      const choose = async (index: number) => {
        await tabTo(page, '#answer-0');
        for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
        if (index === 0) await page.keyboard.press('Space');
        await press(page, '[data-training-app] button[type=submit]');
      };
      const beforeAsked: string[] = [];
      for (let i = 0; i < 6; i++) {
        await expect
          .poll(() => page.locator('[data-training-app] legend [data-testid=progress]').innerText())
          .toMatch(new RegExp(`Before the lessons.*Question ${i + 1} of 6`));
        if (i === 0) await check('knowledge test before');
        const text = await page.locator('[data-training-app] legend h2').innerText();
        beforeAsked.push(text);
        await choose(await optionIndex(text, i % 2 === 0));
      }

      // Each lesson in order, marked as read on its own page, which goes on to the next.
      await expect
        .poll(() => page.locator('[data-training-app] a.govuk-button').innerText())
        .toContain(module.lessons[0].title);
      await press(page, '[data-training-app] a.govuk-button');
      for (const lesson of module.lessons) {
        await expect.poll(() => page.locator('h1').innerText()).toBe(lesson.title);
        if (lesson.order === 1) await check('lesson');
        await press(page, '[data-lesson-done] button');
      }
      await expect.poll(() => page.url()).toBe(`${siteUrl()}/training/autism/`);
      await expect
        .poll(() => page.locator('[data-testid=lessons-read]').innerText())
        .toBe(`You have read ${module.lessons.length} of ${module.lessons.length} lessons.`);
      await press(page, '[data-training-app] button');

      // The knowledge check, one question per page with feedback: first time with two wrong answers.
      const answerAll = async (wrong: number) => {
        const asked: string[] = [];
        for (let i = 0; i < 6; i++) {
          await expect
            .poll(() =>
              page.locator('[data-training-app] legend [data-testid=progress]').innerText(),
            )
            .toMatch(new RegExp(`question ${i + 1} of 6`));
          const text = await page.locator('[data-training-app] legend h2').innerText();
          asked.push(text);
          await choose(await optionIndex(text, i >= wrong));
          await expect
            .poll(() => page.locator('[data-testid=feedback] h3').innerText())
            .toBe(i < wrong ? 'Not quite' : 'Right');
          if (i === 0 && wrong) {
            // The best answer's reason follows the learner's own, with no praise meant for it.
            const feedback = await page.locator('[data-testid=feedback]').innerText();
            expect(feedback).toContain('The best answer:');
            expect(feedback).not.toMatch(/\.\.|^Right\.|\bRight\. /m);
            await check('knowledge check feedback');
          }
          await press(page, '[data-training-app] button');
        }
        return asked;
      };
      await check('knowledge check question');
      const firstOrder = await answerAll(2);
      // The check after the lessons is a parallel form: none of the questions asked before.
      expect(firstOrder.filter((q) => beforeAsked.includes(q))).toEqual([]);
      await expect
        .poll(() => page.locator('[data-testid=score]').innerText())
        .toMatch(/4 of 6 right \(67%\)/);
      await check('knowledge check not passed');
      await press(page, '[data-training-app] button');
      const retryOrder = await answerAll(0);
      // The retry draws different questions from the bank.
      expect(retryOrder.filter((q) => firstOrder.includes(q))).toEqual([]);
      await expect
        .poll(() => page.locator('[data-testid=score]').innerText())
        .toMatch(/6 of 6 right/);
      await press(page, '[data-training-app] button');
      await rate(4);

      // Completion shows how confidence changed, then the certificate.
      await expect
        .poll(() => page.locator('.govuk-panel__title').innerText())
        .toBe('Module complete');
      expect(await page.locator('[data-testid=confidence-change]').innerText()).toMatch(
        /Before 2, after 4: up 2/,
      );
      await check('module complete');
      await press(page, '[data-training-app] a.govuk-button');
      await expect.poll(() => page.url()).toContain('/training/certificate/?module=autism');
      await tabTo(page, '#learner-name');
      await page.keyboard.type('Sam Okafor');
      await expect
        .poll(() => page.locator('[data-testid=certificate-name]').innerText())
        .toBe('Sam Okafor');
      expect(await page.locator('[data-testid=certificate]').innerText()).toContain(module.title);
      await check('certificate');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#learner-name').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=certificate]').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // The course certificate waits for every module; the list shows this one as done.
      await page.goto(`${siteUrl()}/training/certificate/`);
      await expect
        .poll(() => page.locator('[data-certificate] h2').innerText())
        .toMatch(/needs every module/);
      await page.goto(`${siteUrl()}/training/`);
      expect(await page.locator('[data-progress-for="autism"]').innerText()).toBe('Completed');

      // The learning record downloads as xAPI statements.
      const downloading = page.waitForEvent('download');
      await page.locator('[data-xapi-download]').click();
      const file = `test/.tmp/${(await downloading).suggestedFilename()}`;
      await (await downloading).saveAs(file);
      const statements = JSON.parse(
        await (await import('node:fs/promises')).readFile(file, 'utf8'),
      );
      const verbs = statements.map((s: { verb: { id: string } }) => s.verb.id.split('/').pop());
      expect(verbs.filter((v: string) => v === 'experienced')).toHaveLength(module.lessons.length);
      expect(verbs.filter((v: string) => v === 'answered')).toHaveLength(6 * 3);
      expect(verbs.slice(-1)).toEqual(['completed']);
      expect(verbs).toContain('failed');
      expect(verbs).toContain('passed');
      // The learner is a random id kept on the device, never the name typed for the certificate.
      expect(JSON.stringify(statements)).not.toContain('Sam Okafor');
      expect(statements[0].actor.account.name).toMatch(/^[0-9a-f-]{36}$/);
      expect(
        new Set(
          statements.map((s: { context: { registration: string } }) => s.context.registration),
        ).size,
      ).toBe(1);

      expect(failures).toEqual([]);
      expect(offSite(requests)).toEqual([]);
    },
  );
});
