import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createActor } from 'xstate';
import {
  createTrainingMachine,
  currentTrainingQuestion,
  type TrainingModule,
} from '@attune/sdk/training';
import { newPage, press, siteUrl, tabTo } from './browser';

// What axe cannot see in a training module, in real Chromium at 320 px: where focus goes after
// each thing the learner does, and how the confidence ratings' errors are tied to their fields,
// read from the accessibility tree as a screen reader gets it.
let context: BrowserContext;
let page: Page;
let module: TrainingModule;
beforeAll(async () => {
  ({ context, page } = await newPage({ width: 320, height: 640 }));
  await page.goto(`${siteUrl()}/training/autism/`);
  ({ module } = JSON.parse((await page.locator('#training-app-props').textContent())!));
});
afterAll(async () => context?.close());

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.tagName, id: el.id, cls: el.className, text: el.textContent!.trim() };
  });

/** Nodes of the accessibility tree with a role, as Chromium gives them to a screen reader. */
async function ax(role: string) {
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role });
  await cdp.detach();
  return nodes.map((n) => ({
    name: String(n.name?.value ?? ''),
    description: String(n.description?.value ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    invalid: n.properties?.find((p) => p.name === 'invalid')?.value.value ?? 'false',
  }));
}
const statementGroups = async () =>
  (await ax('group')).filter((g) => /^Statement \d of \d/.test(g.name));

/** Puts this module's saved progress on the device, as the page saves it, and opens the page. */
async function openAt(snapshot: unknown) {
  await page.evaluate(
    ([id, saved]) =>
      localStorage.setItem(
        'attune.training',
        JSON.stringify({ [id]: { read: {}, snapshot: saved } }),
      ),
    [module.id, snapshot] as const,
  );
  await page.goto(`${siteUrl()}/training/autism/`);
}

describe('a training module', () => {
  it('confidence ratings: every missing rating at once, each tied to its statement, and what was rated is kept', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await press(page, '[data-training-app] button');
    // Starting moves focus to the new step's heading.
    await expect.poll(focused).toMatchObject({ tag: 'H2', text: /how confident do you feel/i });

    await press(page, '[data-training-app] button[type=submit]');
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect((await focused()).cls).toContain('govuk-error-summary');
    const links = page.locator('.govuk-error-summary a');
    expect(await links.evaluateAll((a) => a.map((l) => l.getAttribute('href')))).toEqual(
      module.confidence.map((_, i) => `#c${i}-0`),
    );
    const groups = await statementGroups();
    expect(groups).toHaveLength(module.confidence.length);
    groups.forEach((g, i) => {
      expect(g.name).toContain(module.confidence[i]);
      expect(g.description).toBe(
        `Error: Rate statement ${i + 1} from 1 (not at all confident) to 5 (very confident)`,
      );
    });
    expect((await ax('radio')).every((r) => r.invalid === 'true')).toBe(true);

    // Rate the first and last only: the middle one alone is in error, the others stay rated.
    await tabTo(page, '#c0-0');
    await page.keyboard.press('ArrowRight'); // 2
    await tabTo(page, '#c2-0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // 3
    await press(page, '[data-training-app] button[type=submit]');
    await expect.poll(() => links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('#c1-0');
    expect((await focused()).cls).toContain('govuk-error-summary');
    expect(await page.locator('#c0-1').isChecked()).toBe(true);
    expect(await page.locator('#c2-2').isChecked()).toBe(true);
    expect((await statementGroups()).map((g) => g.description)).toEqual([
      '',
      expect.stringMatching(/^Error: Rate statement 2 /),
      '',
    ]);
    expect(await page.locator('#c0-0').getAttribute('aria-invalid')).toBeNull();

    // Following the link focuses the first rating and brings its statement into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await links.click();
    expect((await focused()).id).toBe('c1-0');
    const top = await page
      .locator('fieldset', { has: page.locator('#c1-0') })
      .locator('legend')
      .evaluate((l) => l.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(640);

    await page.keyboard.press('Space');
    await press(page, '[data-training-app] button[type=submit]');
    // On to the first question: focus on its heading, its place read as part of the legend.
    await expect.poll(focused).toMatchObject({ tag: 'H2' });
    expect(await page.title()).not.toMatch(/^Error/);
    const question = (await focused()).text;
    const group = (await ax('radiogroup'))
      .concat(await ax('group'))
      .find((g) => g.name.includes(question));
    expect(group?.name).toMatch(/^Before the lessons, what do you know now\? Question 1 of 6/);
  });

  it('a question sent with no answer says so and links to the first answer; an answer moves focus to the next question', async () => {
    await press(page, '[data-training-app] button[type=submit]');
    await expect
      .poll(() => page.title())
      .toMatch(/^Error: Before the lessons, what do you know now\? Question 1 of 6/);
    expect((await focused()).cls).toContain('govuk-error-summary');
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#answer-0');
    const described = (await ax('group')).find((g) => /Question 1 of 6/.test(g.name));
    expect(described?.description).toMatch(/Error: Choose an answer$/);
    await tabTo(page, '#answer-0');
    await page.keyboard.press('Space');
    await press(page, '[data-training-app] button[type=submit]');
    await expect
      .poll(() => page.locator('legend [data-testid=progress]').innerText())
      .toMatch(/Question 2 of 6/);
    expect((await focused()).tag).toBe('H2');
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
  });

  it('in the knowledge check, feedback takes focus and is named by its verdict; Next moves to the next question, the last to the result', async () => {
    // A run made by the real machine, saved as the page saves it, at the first question of the check.
    const actor = createActor(createTrainingMachine(module)).start();
    actor.send({ type: 'START', seed: 3 });
    actor.send({ type: 'RATE', ratings: module.confidence.map(() => 2) });
    for (let i = 0; i < 6; i++) {
      const view = currentTrainingQuestion(module, actor.getSnapshot())!;
      actor.send({ type: 'ANSWER', optionId: view.options[0]!.id });
    }
    for (const l of module.lessons) actor.send({ type: 'MARK_READ', lessonId: l.id });
    actor.send({ type: 'BEGIN_CHECK' });
    expect(actor.getSnapshot().value).toBe('check');
    await openAt(actor.getPersistedSnapshot());
    // Opening the page at a saved step takes no focus.
    await expect.poll(() => page.locator('legend [data-testid=progress]').count()).toBe(1);
    expect((await focused()).tag).toBe('BODY');

    for (let n = 1; n <= 6; n++) {
      const text = await page.locator('[data-training-app] legend h2').innerText();
      const right = module.questions.find((q) => q.text === text)!.options.find((o) => o.correct)!;
      await page.locator('.govuk-radios__label', { hasText: right.text }).click();
      await page.locator('[data-training-app] button[type=submit]').click();
      await expect.poll(async () => (await focused()).id).toBe('');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'feedback',
      );
      // The success banner is an alert named by its verdict, so it is read as soon as it appears.
      expect((await ax('alert')).map((a) => a.name)).toContain('Right');
      await page.locator('[data-training-app] button').click();
      if (n < 6) {
        await expect
          .poll(() => page.locator('legend [data-testid=progress]').innerText())
          .toMatch(new RegExp(`question ${n + 1} of 6`));
        expect((await focused()).tag).toBe('H2');
      }
    }
    await expect.poll(focused).toMatchObject({ tag: 'H2', text: 'You passed the knowledge check' });
    await press(page, '[data-training-app] button');
    await expect.poll(focused).toMatchObject({ tag: 'H2', text: 'How confident do you feel now?' });
  });
});
