import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  createMentoringPlanMachine,
  MENTORING_PLAN_SCHEMA_VERSION,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
} from '@attune/sdk/mentoring';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, checkStep as check, newPage, offSite, press, siteUrl, tabTo } from './browser';

const heading = (page: Page) => page.locator('main h1').first().innerText();
const focusedIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

const axeFailures: string[] = [];
const checkStep = (page: Page, name: string) => check(page, name, axeFailures, 'mentoring-');

/** Pages in the PDF Chromium prints of what is on screen (after pressing Print, when asked). */
async function printedPages(page: Page, print: string, pressIt: boolean): Promise<number> {
  await page.evaluate(() => (window.print = () => undefined));
  if (pressIt) await press(page, print);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Chooses a radio by keyboard: Tab reaches the group once, arrow keys move within it. */
async function chooseRadio(page: Page, name: string, value: string) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 20; i++) {
    if (
      await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value)
    ) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option ${value} in ${name}`);
}

/** Adds a step by keyboard: the goal it is for, what, who, and a day written as typed. */
async function addStep(
  page: Page,
  goal: string,
  text: string,
  who: string,
  [day, month, year]: string[],
) {
  await chooseRadio(page, 'goal', goal);
  await tabTo(page, '#step-text');
  await page.keyboard.type(text);
  await chooseRadio(page, 'who', who);
  for (const [field, value] of [
    ['#by-day', day],
    ['#by-month', month],
    ['#by-year', year],
  ]) {
    await tabTo(page, field!);
    await page.keyboard.type(value!);
  }
  await chooseRadio(page, 'chosen', 'person');
  await press(page, 'form button[type=submit]');
}

// Answers that leave two barriers: no photo ID and no bank account, and the person wants the bank first.
// Questions added in the check's version 1.1.0 get their no-barrier answer, and no debt to a person
// (which would raise a safeguarding flag), so the journey stays the one this test is about.
const CHOICES: Record<string, number> = {
  'id-photo': 1,
  'bank-have': 1,
  'first-change': 1,
  'debts-person': 1,
  'funds-told': 2,
  'funds-papers': 1,
  'substances-help': 1,
  'peers-good-influence': 3,
  'peers-pulled-back': 1,
};

/**
 * Answers every question of the check by keyboard: the first option, unless the choices say
 * otherwise. A safeguarding step is noted and acknowledged; the headings it had are returned.
 */
async function answerCheck(
  page: Page,
  choices = CHOICES,
  words = 'A place to live near my children',
): Promise<string[]> {
  const safeguarding: string[] = [];
  for (let n = 0; n < 80; n++) {
    if ((await heading(page)) === 'Check the answers') return safeguarding;
    if ((await page.locator('[data-testid=safeguarding-noted]').count()) > 0) {
      safeguarding.push(await heading(page));
      await press(page, '[data-testid=safeguarding-noted]');
      await expect.poll(() => page.locator('[data-testid=safeguarding-noted]').count()).toBe(0);
      continue;
    }
    const id = (await page
      .locator('form[data-testid=question-form] [name=answer]')
      .first()
      .getAttribute('id'))!
      .replace(/^answer-/, '')
      .replace(/-\d+$/, '');
    const kind = await page
      .locator('form[data-testid=question-form] [name=answer]')
      .first()
      .evaluate((el) => (el as HTMLInputElement).type ?? 'textarea');
    if (kind === 'textarea') {
      await tabTo(page, 'textarea[name=answer]');
      await page.keyboard.type(words);
    } else {
      await tabTo(page, 'input[name=answer]');
      await page.keyboard.press('Space');
      for (let i = 0; i < (choices[id] ?? 0); i++) await page.keyboard.press('ArrowDown');
    }
    const asked = await heading(page);
    await press(page, 'form[data-testid=question-form] button[type=submit]');
    await expect.poll(() => heading(page)).not.toBe(asked);
  }
  throw new Error('The check did not reach its review');
}

/** An agreed adjustment plan, as the screening page keeps it when saving is on. */
const adjustmentPlan = {
  schemaVersion: 1,
  reference: null,
  basis: 'screening',
  screening: {
    questionnaire: { id: 'attune-needs-screening', version: '1.0.0' },
    completedAt: '2026-11-20T10:00:00.000Z',
  },
  needs: [{ domain: 'literacy', level: 'strong' }],
  setting: null,
  suggestions: [
    { id: 'easy-read-documents', decision: 'agreed', reason: null },
    { id: 'text-reminders', decision: 'agreed', reason: null },
    { id: 'quiet-waiting-space', decision: 'not-wanted', reason: 'Prefers to wait outside' },
  ],
  own: [],
  agreedWithPerson: true,
  agreedAt: '2026-11-20T10:30:00.000Z',
  reviewDate: '2027-02-20',
};

describe('mentoring: the practical-support check and the action plan, by keyboard alone', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'runs the check, agrees goals and steps, records meetings and prints the plan in Easy Read',
    { timeout: 300_000 },
    async () => {
      // The person's adjustment plan, agreed after their screening, is on this device.
      await page.goto(`${siteUrl()}/mentoring/`);
      await page.evaluate(
        (plan) => localStorage.setItem('attune.adjustment-plan', JSON.stringify(plan)),
        adjustmentPlan,
      );
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Before you start');
      await expect
        .poll(() => page.locator('[data-attune-offline-text]').innerText())
        .toMatch(/^Ready to use offline/);
      await checkStep(page, 'intro');

      await tabTo(page, '#save-on-device');
      await page.keyboard.press('Space');
      await press(page, '[data-testid=start]');
      await expect.poll(() => heading(page)).toBe('Is the person happy to do the check?');
      await tabTo(page, '#consent-yes');
      await page.keyboard.press('Space');
      await press(page, 'main button[type=submit]');
      await expect.poll(() => page.locator('form[data-testid=question-form]').count()).toBe(1);
      await checkStep(page, 'question');
      await answerCheck(page);
      await checkStep(page, 'review');
      await press(page, '[data-testid=submit]');

      // The summary: not an assessment, the person's first choice, the barriers found.
      await expect.poll(() => heading(page)).toBe('What the check found');
      expect(await focusedIs(page, 'h1')).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid=not-diagnosis]').innerText())
        .toMatch(/not an assessment or a diagnosis/);
      expect(await page.locator('[data-testid=first-choice]').innerText()).toBe(
        'Getting a bank account that works',
      );
      const barriers = await page.locator('[data-testid=barriers] dt').allInnerTexts();
      expect(barriers).toContain('Bank account');
      expect(barriers).toContain('ID documents');
      await checkStep(page, 'check summary');
      await press(page, '[data-testid=agree-plan]');

      // Goals: the first choice is suggested first; the adjustment plan is applied without asking.
      await expect.poll(() => heading(page)).toBe('Agree goals with the person');
      expect((await page.locator('[data-testid=suggested] li').allInnerTexts())[0]).toBe(
        'Bank account',
      );
      expect(await page.locator('#area-0').isChecked()).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid=adjustments-note]').innerText())
        .toMatch(/Easy Read[\s\S]*text reminder/);
      expect(await page.locator('[data-testid=adjustments-note]').innerText()).not.toMatch(
        /waiting space/i,
      );
      await press(page, '[data-testid=to-steps]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      await checkStep(page, 'goals with error');
      await tabTo(page, '#goal-title');
      await page.keyboard.type('Open a bank account my benefits can go into');
      await press(page, 'form button[type=submit]');
      await expect
        .poll(() =>
          page.locator('[data-testid=goals] dd.govuk-summary-list__value').allInnerTexts(),
        )
        .toEqual(['Open a bank account my benefits can go into']);
      await chooseRadio(page, 'area', 'id-documents');
      await tabTo(page, '#goal-title');
      await page.keyboard.type('Get my birth certificate');
      await press(page, 'form button[type=submit]');
      await expect
        .poll(() => page.locator('[data-testid=goals] dt').allInnerTexts())
        .toEqual(['Bank account', 'ID documents']);
      await checkStep(page, 'goals');
      await press(page, '[data-testid=to-steps]');

      // Steps: an impossible date is refused and what was typed stays; then a step for each goal.
      await expect.poll(() => heading(page)).toBe('Agree the steps');
      await addStep(page, '0', 'Ask the bank which ID they accept', 'person', ['31', '2', '2027']);
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await page.locator('#step-text').inputValue()).toBe(
        'Ask the bank which ID they accept',
      );
      await checkStep(page, 'steps with error');
      await tabTo(page, '#by-day');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await press(page, 'form button[type=submit]');
      await expect
        .poll(() => page.locator('table').first().innerText())
        .toMatch(/Ask the bank which ID they accept\s+The person\s+3 February 2027/);
      await addStep(page, '1', 'Fill in the birth certificate form together', 'both', [
        '10',
        '12',
        '2026',
      ]);
      await expect.poll(() => page.locator('table').count()).toBe(2);
      await checkStep(page, 'steps');
      await press(page, '[data-testid=agree]');

      // The plan, kept on the device because saving was turned on before the check.
      await expect.poll(() => heading(page)).toBe('Action plan');
      await checkStep(page, 'plan');
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Action plan');
      expect(await page.locator('table').first().innerText()).toMatch(
        /Ask the bank which ID they accept/,
      );

      // A meeting: a stuck step needs a reason, and nothing typed is lost on the error.
      await press(page, '[data-testid=record-meeting]');
      await expect.poll(() => heading(page)).toBe('Record a meeting');
      // The meeting's date starts as today and can be changed, but not to a day still to come.
      const today = new Date()
        .toLocaleDateString('en-GB', {
          timeZone: 'Europe/London',
          day: 'numeric',
          month: 'numeric',
          year: 'numeric',
        })
        .split('/')
        .map(Number);
      expect(
        [
          await page.locator('#met-day').inputValue(),
          await page.locator('#met-month').inputValue(),
          await page.locator('#met-year').inputValue(),
        ].map(Number),
      ).toEqual(today);
      await tabTo(page, '#met-year');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2099');
      await press(page, 'form button[type=submit]');
      await expect
        .poll(() => page.locator('.govuk-error-summary').innerText())
        .toMatch(/must be today or earlier/);
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      await tabTo(page, '#met-year');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(String(today[2]));
      await chooseRadio(page, 'step-0-0', 'done');
      await chooseRadio(page, 'step-1-0', 'stuck');
      await press(page, 'form button[type=submit]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(await page.locator('#step-0-0-done').isChecked()).toBe(true);
      await checkStep(page, 'meeting with error');
      await tabTo(page, '#step-1-0-why');
      await page.keyboard.type('The register office wants ID we do not have yet');
      await press(page, 'form button[type=submit]');
      await expect.poll(() => heading(page)).toBe('Action plan');
      expect(await focusedIs(page, '[data-testid=flash]')).toBe(true);
      expect(await page.locator('[data-testid=meetings] li').allInnerTexts()).toEqual([
        expect.stringMatching(/1 done, 1 stuck/),
      ]);
      expect(await page.locator('table').nth(1).innerText()).toMatch(
        /Stuck\s+The register office wants ID we do not have yet/,
      );
      await checkStep(page, 'plan after a meeting');

      // The person's copy: Easy Read and text reminders, because their adjustment plan says so.
      await press(page, '[data-testid=print-plan]');
      await expect.poll(() => heading(page)).toBe('My action plan');
      expect(await page.locator('[data-testid=person-plan]').getAttribute('data-easy-read')).toBe(
        'yes',
      );
      const mine = await page.locator('[data-testid=person-plan]').innerText();
      expect(mine).toMatch(
        /What: Ask the bank which ID they accept\s+Who: Me\s+When: by 3 February 2027\s+Done\./,
      );
      expect(mine).toMatch(/Who: Me and my mentor/);
      expect(await page.locator('[data-testid=text-reminders]').innerText()).toMatch(
        /text to remind me/,
      );
      await checkStep(page, 'person plan');
      // Two goals in Easy Read still print on one A4 page.
      expect(await printedPages(page, '[data-testid=print]', false)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-testid=print]').isVisible()).toBe(false);
      expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      // The JSON record a host can take in: goals, steps, meetings, no name.
      await press(page, 'main .govuk-button-group button.govuk-button--secondary');
      await expect.poll(() => heading(page)).toBe('Action plan');
      const download = page.waitForEvent('download');
      await press(page, '[data-testid=download-plan]');
      const file = `test/.tmp/${(await download).suggestedFilename()}`;
      expect(file).toMatch(/attune-action-plan-\d{4}-\d{2}-\d{2}\.json$/);
      await (await download).saveAs(file);
      const record = JSON.parse(await readFile(file, 'utf8'));
      expect(MentoringPlanRecordSchema.safeParse(record).success).toBe(true);
      expect(record).toMatchObject({
        schemaVersion: MENTORING_PLAN_SCHEMA_VERSION,
        kind: 'attune.mentoring-plan',
        adjustments: ['easy-read-documents', 'text-reminders'],
      });
      expect(record.goals.map((g: { area: string }) => g.area)).toEqual([
        'bank-account',
        'id-documents',
      ]);
      expect(record.meetings).toHaveLength(1);
      expect(record.check.questionnaire.id).toBe('attune-practical-support');

      // Closing asks first; a closed plan can still be printed, then deleted for a new check.
      await press(page, 'main button.govuk-button--warning');
      await expect.poll(() => heading(page)).toBe('Close the plan?');
      await press(page, '[data-testid=confirm-close]');
      await expect.poll(() => heading(page)).toBe('The action plan is closed');
      await expect
        .poll(() => page.locator('.govuk-panel__body').innerText())
        .toBe('1 of 2 steps done');
      await checkStep(page, 'closed');

      expect(offSite(requests)).toEqual([]);
      expect(axeFailures).toEqual([]);
    },
  );

  it('offers a damaged saved plan for deletion instead of failing', async () => {
    const { context, page } = await newPage();
    await page.goto(`${siteUrl()}/mentoring/`);
    await page.evaluate(() =>
      localStorage.setItem(
        'attune.mentoring-plan',
        '{"format":"attune.saved-mentoring-plan","snapshot":{"value":"nowhere"}}',
      ),
    );
    await page.reload();
    await expect.poll(() => heading(page)).toBe('The saved action plan cannot be opened');
    await press(page, 'main button.govuk-button--warning');
    // Deleting reloads the page, which can take a few seconds on a busy machine.
    await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('Before you start');
    expect(await page.evaluate(() => localStorage.getItem('attune.mentoring-plan'))).toBeNull();
    await context.close();
  });
});

describe('the mentoring and screening pages work with the network cut after the first load', () => {
  it(
    'gets the screening page ready offline from its own first visit',
    { timeout: 60_000 },
    async () => {
      const { context, page } = await newPage();
      await page.goto(`${siteUrl()}/screening/`);
      // The first visit caches both pages' files, which takes a few seconds on a busy machine.
      await expect
        .poll(() => page.locator('[data-attune-offline-text]').innerText(), { timeout: 20_000 })
        .toMatch(/^Ready to use offline/);
      await context.setOffline(true);
      await page.goto(`${siteUrl()}/mentoring/`);
      await expect.poll(() => heading(page)).toBe('Before you start');
      await page.goto(`${siteUrl()}/screening/`);
      await press(page, '[data-testid=start]');
      await expect.poll(() => heading(page)).toBe('Is the person happy to do the screening?');
      await context.close();
    },
  );

  it(
    'opens both pages offline, runs the check to its summary and starts a screening',
    { timeout: 240_000 },
    async () => {
      const { context, page } = await newPage();
      await page.goto(`${siteUrl()}/mentoring/`);
      // The first visit caches both pages' files, which takes a few seconds on a busy machine.
      await expect
        .poll(() => page.locator('[data-attune-offline-text]').innerText(), { timeout: 20_000 })
        .toMatch(/^Ready to use offline/);

      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Before you start');
      await press(page, '[data-testid=start]');
      await tabTo(page, '#consent-yes');
      await page.keyboard.press('Space');
      await press(page, 'main button[type=submit]');
      await answerCheck(page);
      await press(page, '[data-testid=submit]');
      // The summary and the plan are loaded only when needed: they come from the offline copy too.
      await expect.poll(() => heading(page)).toBe('What the check found');
      await press(page, '[data-testid=agree-plan]');
      await expect.poll(() => heading(page)).toBe('Agree goals with the person');

      await page.goto(`${siteUrl()}/screening/`);
      await expect.poll(() => heading(page)).toBe('Before you start');
      await press(page, '[data-testid=start]');
      await expect.poll(() => heading(page)).toBe('Is the person happy to do the screening?');

      // Pages that were never meant for offline use are not pretended to be there.
      const other = await page.goto(`${siteUrl()}/privacy/`).catch(() => null);
      expect(other?.ok() ?? false).toBe(false);
      await context.close();
    },
  );
});

describe('a mentor on another device opens the person’s adjustment plan from a file', () => {
  it(
    'refuses a file that is not a plan, then follows the plan from the file',
    { timeout: 120_000 },
    async () => {
      const { context, page } = await newPage();
      await page.goto(`${siteUrl()}/mentoring/`);
      await press(page, '[data-testid=start]');
      await chooseRadio(page, 'consent', 'yes');
      await press(page, 'main button[type=submit]');
      await answerCheck(page);
      await press(page, '[data-testid=submit]');
      await expect.poll(() => heading(page)).toBe('What the check found');

      // Choosing a file needs the system dialog, which headless Chromium cannot show: set it directly.
      await page.locator('#plan-file').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello":"world"}'),
      });
      await expect
        .poll(() => page.locator('#plan-file-error').innerText())
        .toMatch(/not an Attune adjustment plan/);
      expect(await axe(page)).toEqual([]);
      await page.locator('#plan-file').setInputFiles({
        name: 'attune-plan-2027-02-20.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(adjustmentPlan)),
      });
      await expect
        .poll(() => page.locator('[data-testid=plan-source]').innerText())
        .toMatch(/agreed on 20 November 2026 will be used: 2 adjustments agreed/);
      expect(await page.locator('#plan-file-error').isVisible()).toBe(false);

      await press(page, '[data-testid=agree-plan]');
      await expect.poll(() => heading(page)).toBe('Agree goals with the person');
      expect(await page.locator('[data-testid=adjustments-note] li').allInnerTexts()).toEqual([
        'Easy Read documents',
        'Text reminders before appointments',
      ]);
      // The file was read in the page only: nothing about the person was kept on this device.
      expect(await page.evaluate(() => localStorage.getItem('attune.adjustment-plan'))).toBeNull();
      await context.close();
    },
  );
});

describe('a mentor carries on a plan from a file downloaded at an earlier meeting', () => {
  it(
    'opens the plan where it was left, with its meetings, and refuses a file that is not a plan',
    { timeout: 60_000 },
    async () => {
      // A plan agreed and met about once, as the action plan page downloads it.
      const actor = createActor(createMentoringPlanMachine(), {
        input: { agreedAdjustments: ['text-reminders'] },
      }).start();
      actor.send({
        type: 'ADD_GOAL',
        area: 'housing',
        title: 'Move somewhere with my own front door',
      });
      actor.send({ type: 'NEXT' });
      actor.send({
        type: 'ADD_STEP',
        goal: 0,
        text: 'Register with the council housing list',
        who: 'both',
        by: '2026-12-12',
        at: '2026-11-10T09:50:00Z',
      });
      actor.send({ type: 'NEXT', at: '2026-11-10T10:00:00Z' });
      actor.send({
        type: 'RECORD_MEETING',
        at: '2026-11-17T10:00:00Z',
        updates: [{ goal: 0, step: 0, status: 'in-progress' }],
      });
      const file = JSON.stringify(mentoringPlanRecord(actor.getSnapshot().context), null, 2);

      const { context, page } = await newPage();
      await page.goto(`${siteUrl()}/mentoring/`);
      await expect.poll(() => page.locator('#plan-open').isEnabled()).toBe(true);
      await page.locator('#plan-open').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('[1, 2, 3]'),
      });
      await expect
        .poll(() => page.locator('#plan-open-error').innerText())
        .toMatch(/not an Attune action plan/);
      expect(await heading(page)).toBe('Before you start');
      expect(await axe(page)).toEqual([]);

      await page.locator('#plan-open').setInputFiles({
        name: 'attune-action-plan-2026-11-10.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      });
      await expect.poll(() => heading(page)).toBe('Action plan');
      expect(await page.locator('table').first().innerText()).toMatch(
        /Register with the council housing list\s+Both together\s+12 December 2026\s+In progress/,
      );
      expect(await page.locator('[data-testid=meetings] li').allInnerTexts()).toEqual([
        '17 November 2026: 1 in progress',
      ]);
      // Read in the page only: nothing is kept on the device unless the mentor asks.
      expect(await page.locator('#keep-plan').isChecked()).toBe(false);
      expect(await page.evaluate(() => localStorage.getItem('attune.mentoring-plan'))).toBeNull();
      await context.close();
    },
  );
});

describe('the mentor’s keyboard journey through the plan’s forms', () => {
  /** The text a screen reader is given for a control's aria-describedby, in order. */
  const description = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const ids = document.querySelector(s)!.getAttribute('aria-describedby') ?? '';
      return ids
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`);
    }, selector);
  /** Each link in the error summary: its words and the control it leads to. */
  const summaryLinks = (page: Page) =>
    page
      .locator('.govuk-error-summary a')
      .evaluateAll((links) =>
        links.map((a) => [a.textContent?.trim(), a.getAttribute('href')] as const),
      );
  const announced = (page: Page) => page.locator('[data-testid=announce]').innerText();

  it(
    'shows every error at once, each linked to its field, and keeps focus on Add with a status message',
    { timeout: 180_000 },
    async () => {
      const failures: string[] = [];
      const { context, page, requests } = await newPage();
      // A plan started but with no goals yet, as a mentor might carry it from another device.
      const empty = mentoringPlanRecord(
        createActor(createMentoringPlanMachine()).start().getSnapshot().context,
      );
      await page.goto(`${siteUrl()}/mentoring/`);
      await expect.poll(() => page.locator('#plan-open').isEnabled()).toBe(true);
      await page.locator('#plan-open').setInputFiles({
        name: 'plan.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(empty)),
      });
      await expect.poll(() => heading(page)).toBe('Agree goals with the person');

      // Adding a goal keeps focus on "Add this goal", empties the box and says what was added.
      await tabTo(page, '#goal-title');
      await page.keyboard.type('Sort out my housing');
      await press(page, 'form button[type=submit]');
      await expect
        .poll(() =>
          page.locator('[data-testid=goals] dd.govuk-summary-list__value').allInnerTexts(),
        )
        .toEqual(['Sort out my housing']);
      expect(await focusedIs(page, 'form button[type=submit]')).toBe(true);
      expect(await page.locator('#goal-title').inputValue()).toBe('');
      await expect.poll(() => announced(page)).toBe('Goal added: Sort out my housing');
      await check(page, 'goals by keyboard', failures);
      await press(page, '[data-testid=to-steps]');

      // An empty step: every problem at once, each linked to its own field and described there.
      await expect.poll(() => heading(page)).toBe('Agree the steps');
      await press(page, 'form button[type=submit]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(await summaryLinks(page)).toEqual([
        ['Say what needs doing, in 3 to 200 characters', '#step-text'],
        ['Choose who will do it', '#who-0'],
        ['Enter the date the step should be done by', '#by-day'],
        ['Say who chose this step', '#chosen-0'],
      ]);
      expect(await description(page, '#step-text')).toEqual([
        'One small, clear action. For example: phone the council’s housing team.',
        'Error: Say what needs doing, in 3 to 200 characters',
      ]);
      expect(await page.locator('#step-text').getAttribute('aria-invalid')).toBe('true');
      expect(await description(page, 'fieldset:has(#who-0)')).toEqual([
        'Error: Choose who will do it',
      ]);
      expect(await page.locator('#by-day').getAttribute('aria-invalid')).toBe('true');
      await check(page, 'steps with three errors', failures);
      // Following an error's link by keyboard takes focus to its field.
      await press(page, '.govuk-error-summary a[href="#who-0"]');
      expect(await focusedIs(page, '#who-0')).toBe(true);

      // Put right, the step is added; focus stays on "Add this step" and the change is said.
      await tabTo(page, '#step-text');
      await page.keyboard.type('Phone the council housing team');
      await chooseRadio(page, 'who', 'both');
      const next = new Date(Date.now() + 14 * 86_400_000);
      for (const [field, value] of [
        ['#by-day', next.getDate()],
        ['#by-month', next.getMonth() + 1],
        ['#by-year', next.getFullYear()],
      ] as const) {
        await tabTo(page, field);
        await page.keyboard.type(String(value));
      }
      await chooseRadio(page, 'chosen', 'person');
      await press(page, 'form button[type=submit]');
      await expect.poll(() => page.locator('table').count()).toBe(1);
      expect(await page.locator('.govuk-error-summary').count()).toBe(0);
      expect(await focusedIs(page, 'form button[type=submit]')).toBe(true);
      await expect
        .poll(() => announced(page))
        .toBe('Step added to goal 1: Phone the council housing team');
      expect(await page.title()).not.toMatch(/^Error/);
      await press(page, '[data-testid=agree]');

      // The plan's details: the mentor and the next meeting, every problem at once, then saved.
      await expect.poll(() => heading(page)).toBe('Action plan');
      await press(page, '[data-testid=change-details]');
      await expect.poll(() => heading(page)).toBe('The plan’s details');
      await tabTo(page, '#mentor-name');
      await page.keyboard.type('Dev');
      await tabTo(page, '#next-time');
      await page.keyboard.type('2.30pm');
      await press(page, '[data-testid=save-details]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await summaryLinks(page)).toEqual([
        ['Enter a phone number or email for the mentor, 3 to 120 characters', '#mentor-contact'],
        ['Enter the date of the next meeting, or leave the time and place empty', '#next-day'],
        ['Enter the time like 14:30, using the 24-hour clock', '#next-time'],
      ]);
      expect(await page.locator('#mentor-name').inputValue()).toBe('Dev');
      await check(page, 'details with three errors', failures);
      await tabTo(page, '#plan-reference');
      await page.keyboard.type('IOM-0042');
      await tabTo(page, '#mentor-contact');
      await page.keyboard.type('07700 900123');
      const meet = new Date(Date.now() + 7 * 86_400_000);
      for (const [field, value] of [
        ['#next-day', meet.getDate()],
        ['#next-month', meet.getMonth() + 1],
        ['#next-year', meet.getFullYear()],
      ] as const) {
        await tabTo(page, field);
        await page.keyboard.type(String(value));
      }
      await tabTo(page, '#next-time');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('14:30');
      await tabTo(page, '#next-place');
      await page.keyboard.type('The library on Station Road');
      await press(page, '[data-testid=save-details]');
      await expect.poll(() => heading(page)).toBe('Action plan');
      expect(await focusedIs(page, '[data-testid=flash]')).toBe(true);
      const day = (d: Date) =>
        d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
      expect(await page.locator('[data-testid=plan-details]').innerText()).toMatch(
        new RegExp(
          `IOM-0042[\\s\\S]*Dev, 07700 900123[\\s\\S]*${day(meet)} at 14:30, The library on Station Road`,
        ),
      );
      await check(page, 'plan with details', failures);

      // The calendar file, made in the browser: it parses, with the meeting and the step's dates.
      const download = page.waitForEvent('download');
      await press(page, '[data-testid=calendar]');
      const ics = `test/.tmp/${(await download).suggestedFilename()}`;
      expect(ics).toMatch(/\.ics$/);
      await (await download).saveAs(ics);
      const calendar = await readFile(ics, 'utf8');
      const ymd = (d: Date) =>
        `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
      expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(calendar.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
      const events = calendar.split('BEGIN:VEVENT').slice(1);
      expect(events).toHaveLength(2);
      expect(events[0]).toContain(`DTSTART:${ymd(meet)}T143000`);
      expect(events[0]).toContain('SUMMARY:Meet Dev (mentor)');
      expect(events[1]).toContain(`DTSTART;VALUE=DATE:${ymd(next)}`);
      expect(events[1]).toContain('SUMMARY:Step: Phone the council housing team');

      // The person's copy names the mentor, the next meeting and the reference, on one A4 page;
      // so does the mentor's plan.
      expect(await printedPages(page, '[data-testid=record-meeting]', false)).toBe(1);
      await press(page, '[data-testid=print-plan]');
      await expect.poll(() => heading(page)).toBe('My action plan');
      const mine = await page.locator('[data-testid=person-plan]').innerText();
      expect(mine).toMatch(/My mentor: Dev, 07700 900123/);
      expect(mine).toMatch(
        new RegExp(`We meet next on ${day(meet)} at 14:30, The library on Station Road`),
      );
      expect(mine).toMatch(/Reference: IOM-0042/);
      expect(await printedPages(page, '[data-testid=print]', true)).toBe(1);
      await check(page, 'person copy with details', failures);
      await press(page, 'main .govuk-button-group button.govuk-button--secondary');

      // The motivation and thinking check, twice: the second time shows then and now in the
      // words the person chose and in their own words, never a score, plain or Easy Read.
      const said = ['Nothing is moving for me', 'Got my bank card, things are moving'];
      for (const [time, situation] of [
        [1, 0],
        [2, 2],
      ] as const) {
        await expect.poll(() => heading(page)).toBe('Action plan');
        await press(page, '[data-testid=motivation-start]');
        await expect.poll(() => heading(page)).toBe('Is the person happy to do the check?');
        await chooseRadio(page, 'consent', 'yes');
        await press(page, 'main button[type=submit]');
        await expect.poll(() => page.locator('form[data-testid=question-form]').count()).toBe(1);
        // Easy Read and read aloud are there on every question, as in the screening.
        expect(await page.locator('#easy-read').count()).toBe(1);
        if (time === 1) await check(page, 'motivation question', failures);
        await answerCheck(page, { situation }, said[time - 1]);
        await press(page, '[data-testid=submit]');
        await expect.poll(() => heading(page)).toBe('What the person said');
        expect(await page.locator('[data-testid=not-diagnosis]').count()).toBe(1);
        if (time === 1)
          expect(await page.locator('[data-testid=then-now]').innerText()).toMatch(/first time/);
        else {
          expect(await page.locator('[data-testid=then-now]').innerText()).toMatch(
            /Before, you chose “[^”]+”\. This time, you chose “[^”]+”\./,
          );
          // Their own words from the first time beside this time's, kept by the plan.
          const then = await page.locator('[data-testid=words-then]').allInnerTexts();
          const now = await page.locator('[data-testid=words-now]').allInnerTexts();
          expect(then.length).toBeGreaterThan(0);
          expect(then.every((w) => w.includes(`“${said[0]}”`))).toBe(true);
          expect(now.every((w) => w.includes(`“${said[1]}”`))).toBe(true);
          await check(page, 'motivation then and now', failures);
          // In Easy Read, by keyboard: the same then and now in shorter words, still no score.
          await tabTo(page, '#easy-read');
          await page.keyboard.press('Space');
          await expect
            .poll(() => page.locator('[data-testid=then-now]').innerText())
            .toMatch(/Last time you said “[^”]+”\. Now you say “[^”]+”\./);
          expect(await page.locator('[data-testid=words-then]').first().innerText()).toMatch(
            new RegExp(`^Last time .* you said: “${said[0]}”$`),
          );
          expect(await page.locator('main').innerText()).not.toMatch(/\b(better|worse|score:)/i);
          // The person reads the "not a test" note too, so it is in Easy Read as well.
          expect(await page.locator('[data-testid=not-diagnosis]').innerText()).toMatch(
            /^This is not a test or a diagnosis\./,
          );
          await check(page, 'motivation then and now in Easy Read', failures);
        }
        await press(page, '[data-testid=add-ratings]');
      }
      await expect.poll(() => heading(page)).toBe('Action plan');
      expect(await page.locator('[data-testid=motivation] th').allInnerTexts()).toEqual([
        'Question',
        expect.stringMatching(/^First time/),
        expect.stringMatching(/^Latest/),
      ]);
      // The plan keeps their words from each check, first and latest side by side.
      expect(await page.locator('[data-testid=motivation] td').allInnerTexts()).toEqual(
        expect.arrayContaining([`“${said[0]}”`, `“${said[1]}”`]),
      );

      // A meeting with a day to come and a stuck step with no reason: both errors at once, linked.
      await expect.poll(() => heading(page)).toBe('Action plan');
      await press(page, '[data-testid=record-meeting]');
      await expect.poll(() => heading(page)).toBe('Record a meeting');
      await tabTo(page, '#met-year');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2099');
      await chooseRadio(page, 'step-0-0', 'stuck');
      await press(page, 'form button[type=submit]');
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await summaryLinks(page)).toEqual([
        ['The meeting date must be today or earlier', '#met-day'],
        [
          'Say why this step is stuck, in 3 to 300 characters: “Phone the council housing team”',
          '#step-0-0-why',
        ],
      ]);
      expect(await description(page, '#step-0-0-why')).toEqual([
        'Error: Say why this step is stuck, in 3 to 300 characters: “Phone the council housing team”',
      ]);
      expect(await page.locator('#step-0-0-stuck').isChecked()).toBe(true);
      await check(page, 'meeting with two errors', failures);

      expect(offSite(requests)).toEqual([]);
      expect(failures).toEqual([]);
      await context.close();
    },
  );
});

describe('the check’s exploitation answers and its signposting', () => {
  it(
    'a debt to a person raises the safeguarding panel the screening uses; the summary says what to do next in each area',
    { timeout: 240_000 },
    async () => {
      const { context, page, requests } = await newPage();
      await page.goto(`${siteUrl()}/mentoring/`);
      await press(page, '[data-testid=start]');
      await chooseRadio(page, 'consent', 'yes');
      await press(page, 'main button[type=submit]');
      // The check is done in Easy Read, so its summary gives the Easy Read line of a step that has one.
      await tabTo(page, 'input[name=easy-read]');
      await page.keyboard.press('Space');
      // "Yes" to owing money to a person who worries them.
      const noted = await answerCheck(page, { ...CHOICES, 'debts-person': 0 });
      expect(noted).toHaveLength(1);
      await press(page, '[data-testid=submit]');
      await expect.poll(() => heading(page)).toBe('What the check found');
      expect(await page.locator('[data-testid=safeguarding]').innerText()).toMatch(
        /owe money to a person[\s\S]*Care Act 2014, section 42/,
      );
      // What the person wants to sort first comes first, then each barrier, each with its sources.
      const areas = await page
        .locator('[data-testid=signposts] [data-area]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-area')));
      expect(areas[0]).toBe('bank-account');
      expect(areas).toContain('id-documents');
      expect(
        await page.locator('[data-testid=signposts] [data-area=bank-account] a').count(),
      ).toBeGreaterThan(0);
      const bank = await page
        .locator('[data-testid=signposts] [data-area=bank-account]')
        .innerText();
      expect(bank).toContain('Ask the bank which papers it takes.');
      expect(bank).not.toContain('Each bank has its own list');
      // Whatever the check found, the numbers for the day come last, each with its source.
      expect(areas.at(-1)).toBe('always');
      const always = page.locator('[data-testid=signposts] [data-area=always]');
      expect(await always.innerText()).toMatch(/116 123[\s\S]*0800 138 1111[\s\S]*0300 123 1999/);
      expect(await always.locator('a').count()).toBeGreaterThanOrEqual(3);
      expect(await axe(page)).toEqual([]);
      expect(offSite(requests)).toEqual([]);
      await context.close();
    },
  );
});
