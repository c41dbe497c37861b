import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AdjustmentPlanSchema } from '@attune/sdk/adjustments';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import {
  ConsentToShareSchema,
  emptyConsent,
  PassportSchema,
  recordConsent,
  ReferralRecordSchema,
  ReviewRecordSchema,
} from '@attune/sdk/follow-up';
import { axe, checkStep as check, newPage, offSite, press, siteUrl, tabTo } from './browser';
import pictureMap from '../../site/flows/screening/pictures.json';
import { outlineContrast } from './outline-contrast';
import { agreedPlan } from '../fixtures/follow-up.js';
import { screen } from '../fixtures/run-screening.js';

const heading = (page: Page) => page.locator('main h1').first().innerText();
/** The passport's part headings as the accessibility tree names them. */
async function headingNames(page: Page): Promise<string[]> {
  const tree = await page.locator('[data-testid=passport]').ariaSnapshot();
  return [...tree.matchAll(/heading "([^"]+)" \[level=3\]/g)].map((m) => m[1]!);
}
const focusedIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
const failures: string[] = [];
const checkStep = (page: Page, name: string) => check(page, name, failures, 'follow-up-');
mkdirSync('test/.tmp', { recursive: true });

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
async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}
async function download(page: Page, selector: string): Promise<unknown> {
  const downloading = page.waitForEvent('download');
  await press(page, selector);
  const file = `test/.tmp/${(await downloading).suggestedFilename()}`;
  await (await downloading).saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8'));
}
const asFile = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data)),
});
// A plan whose review date has passed, as the screening page keeps it on the device.
const duePlan = { ...agreedPlan, reviewDate: '2026-01-05' };
const screening = screen(needsScreening, [{ skip: false, pick: 2 }]);

let context: BrowserContext;
let page: Page;
let requests: string[];
beforeAll(async () => {
  ({ context, page, requests } = await newPage());
});
afterAll(async () => {
  await context.close();
  expect(failures).toEqual([]);
  expect(offSite(requests)).toEqual([]);
});

describe('a practitioner reviews a plan by keyboard', () => {
  it(
    'goes through each agreed adjustment, is told what is missing, and downloads the review',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${siteUrl()}/follow-up/`);
      await checkStep(page, 'follow-up index');
      await page.goto(`${siteUrl()}/follow-up/review/`);
      await page.evaluate(
        (plan) => localStorage.setItem('attune.adjustment-plan', JSON.stringify(plan)),
        duePlan,
      );
      await page.reload();
      await checkStep(page, 'review open');
      await press(page, '[data-testid=review-kept]');
      expect(await heading(page)).toBe('Text reminders before appointments');
      expect(await focusedIs(page, 'h1')).toBe(true);
      await checkStep(page, 'review item');

      // Continue with nothing chosen: the error summary takes focus and links to each field
      // missing, all at once; each question says it is in error.
      await press(page, '[data-testid=continue]');
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(
        await page
          .locator('.govuk-error-summary a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toEqual(['#inPlace', '#next']);
      expect(await page.title()).toMatch(/^Error: Text reminders before appointments/);
      expect(await page.locator('#inPlace').getAttribute('aria-invalid')).toBe('true');
      expect(
        await page.locator('fieldset:has(#inPlace)').getAttribute('aria-describedby'),
      ).toContain('inPlace-error');
      await checkStep(page, 'review item error');

      await chooseRadio(page, 'inPlace', 'yes');
      await chooseRadio(page, 'helped', 'helped');
      await typeInto(page, '#personWords', 'I have not missed one since');
      await chooseRadio(page, 'next', 'keep');
      await press(page, '[data-testid=continue]');

      expect(await heading(page)).toBe('Quiet room for meetings');
      expect(await focusedIs(page, 'h1')).toBe(true);
      // Back to the first: its answers as recorded, and focus on its heading.
      await press(page, 'main button.govuk-back-link');
      expect(await heading(page)).toBe('Text reminders before appointments');
      expect(await focusedIs(page, 'h1')).toBe(true);
      expect(await page.locator('#personWords').inputValue()).toBe('I have not missed one since');
      await press(page, '[data-testid=continue]');
      expect(await heading(page)).toBe('Quiet room for meetings');
      await chooseRadio(page, 'inPlace', 'no');
      expect(await page.locator('[data-group=helped]').isHidden()).toBe(true);
      await chooseRadio(page, 'whyNot', 'not-possible-here');
      await chooseRadio(page, 'next', 'change');
      await typeInto(page, '#changeTo', 'Meet in the side room');
      await press(page, '[data-testid=continue]');

      expect(await heading(page)).toBe('Meet after his morning shift');
      expect(await focusedIs(page, 'h1')).toBe(true);
      await chooseRadio(page, 'inPlace', 'partly');
      await chooseRadio(page, 'helped', 'helped-a-bit');
      await chooseRadio(page, 'next', 'keep');
      await press(page, '[data-testid=continue]');

      expect(await heading(page)).toBe('Appointments since the plan started');
      expect(await focusedIs(page, 'h1')).toBe(true);
      await checkStep(page, 'review appointments');
      await typeInto(page, '#kept', '8');
      // Missed left empty: that one count is in error, and what was typed stays.
      await page.keyboard.press('Enter');
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#missed');
      expect(await page.locator('#kept').inputValue()).toBe('8');
      await typeInto(page, '#missed', '1');
      await page.keyboard.press('Enter');
      expect(await heading(page)).toBe('Check and finish the review');
      expect(await focusedIs(page, 'h1')).toBe(true);
      await checkStep(page, 'review confirm');
      // 31 February is said to be no real date (not "in the future"), linked to the day box.
      const retype = async (selector: string, text: string) => {
        await tabTo(page, selector);
        await page.keyboard.press('Control+A');
        await page.keyboard.type(text);
      };
      await retype('#nextReviewOn-day', '31');
      await retype('#nextReviewOn-month', '2');
      await press(page, '[data-testid=finish]');
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(await page.locator('.govuk-error-summary a').innerText()).toBe(
        'The next review date must be a real date, like 1 3 2027',
      );
      expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe(
        '#nextReviewOn-day',
      );
      expect(await page.locator('#nextReviewOn-day').inputValue()).toBe('31');
      await retype('#nextReviewOn-day', '28');
      await retype('#nextReviewOn-year', '2099');
      await press(page, '[data-testid=finish]');
      expect(await heading(page)).toBe('Review finished');
      expect(await focusedIs(page, 'h1')).toBe(true);
      await checkStep(page, 'review finished');

      const review = ReviewRecordSchema.parse(
        await download(page, '[data-testid=download-review]'),
      );
      expect(review).toMatchObject({
        dueOn: '2026-01-05',
        appointments: { kept: 8, missed: 1 },
        adjustments: [
          {
            adjustment: { id: 'text-reminders' },
            inPlace: 'yes',
            helped: 'helped',
            personWords: 'I have not missed one since',
          },
          {
            adjustment: { id: 'quiet-room' },
            inPlace: 'no',
            whyNot: 'not-possible-here',
            next: 'change',
            changeTo: 'Meet in the side room',
          },
          { adjustment: { own: 'Meet after his morning shift' }, helped: 'helped-a-bit' },
        ],
      });
      // No consent opened yet: the page and the file say nothing may be shared.
      expect(await page.locator('[data-testid=review-sharing]').innerText()).toContain(
        'The person has not agreed to share this with anyone.',
      );
      expect(review.sharing?.[0]).toBe('The person has not agreed to share this with anyone.');

      // The consent kept with the referral: GP yes, hostel no.
      let consent = recordConsent(emptyConsent(), {
        recipient: 'gp',
        label: 'GP',
        agreed: true,
        on: '2026-01-02',
        reviewBy: '2099-01-01',
      }).consent;
      consent = recordConsent(consent, {
        recipient: 'hostel',
        label: 'Hostel',
        agreed: false,
        on: '2026-01-02',
        reviewBy: '2099-01-01',
      }).consent;
      await page
        .locator('#consent-file')
        .setInputFiles(asFile('referral.json', { referral: null, consent }));
      await expect
        .poll(() => page.locator('[data-testid=review-sharing]').innerText())
        .toContain('The person agreed to share this with: GP.');
      expect(await page.locator('[data-testid=review-sharing]').innerText()).toContain(
        'The person did not agree to share it with: Hostel.',
      );
      // Nothing moved, so the change is said in the status region (on the next frame).
      await expect
        .poll(() => page.locator('[data-testid=announce]').innerText())
        .toContain('Consent to share opened');
      const shared = ReviewRecordSchema.parse(
        await download(page, '[data-testid=download-review]'),
      );
      expect(shared.sharing?.slice(0, 2)).toEqual([
        'The person agreed to share this with: GP.',
        'The person did not agree to share it with: Hostel.',
      ]);
      // The updated plan's file says the same, so it never travels without it.
      const updated = AdjustmentPlanSchema.parse(
        await download(page, '[data-testid=download-updated-plan]'),
      );
      expect(updated.sharing).toEqual(shared.sharing);
      await checkStep(page, 'review finished with consent');

      // A file with no consent in it is an error on the field, and the statement stays.
      await page.locator('#consent-file').setInputFiles(asFile('plan.json', agreedPlan));
      await page.locator('.govuk-error-summary a[href="#consent-file"]').waitFor();
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(await page.locator('[data-testid=review-sharing]').innerText()).toContain(
        'The person agreed to share this with: GP.',
      );
    },
  );
});

describe('a practitioner records a referral from sent to assessed', () => {
  it(
    'keeps the steps in order, records consent per recipient and makes a letter only while it holds',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${siteUrl()}/follow-up/referral/`);
      await checkStep(page, 'referral start');
      // Nothing chosen and no date: the machine's errors, all at once, each linked to its field.
      await page.fill('#on-day', '');
      await page.click('[data-testid=record-sent]');
      expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
      expect(
        await page
          .locator('.govuk-error-summary a')
          .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent])),
      ).toEqual([
        ['#to', 'Choose where the referral is going'],
        ['#on', 'The day the referral was sent must be a real date, like 27 3 2027'],
      ]);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('#to').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#on-day').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('fieldset:has(#to)').getAttribute('aria-describedby')).toContain(
        'to-error',
      );
      for (const v of await axe(page)) failures.push(`referral errors: ${v}`);
      await page.fill('#on-day', String(new Date().getDate()));
      await page.focus('.govuk-error-summary');
      await chooseRadio(page, 'to', 'gp');
      await press(page, '[data-testid=record-sent]');
      expect(await page.locator('[data-testid=referral-status]').innerText()).toMatch(
        /Status\s+Sent/,
      );
      // A new step of the referral: focus on where it stands, which now says Sent.
      expect(await focusedIs(page, '#status-heading')).toBe(true);
      await checkStep(page, 'referral sent');
      await chooseRadio(page, 'what', 'ACCEPT');
      await press(page, '[data-testid=record-step]');
      await chooseRadio(page, 'what', 'ASSESS');
      await press(page, '[data-testid=record-step]');
      expect(await page.locator('[data-testid=referral-status]').innerText()).toMatch(
        /Status\s+Assessed/,
      );
      await typeInto(page, '#outcome', 'They will see me again in March');
      await tabTo(page, '#personsWords');
      await page.keyboard.press('Space');
      await press(page, '[data-testid=save-outcome]');
      await checkStep(page, 'referral assessed');

      // No consent yet: the letter is refused, and says why.
      await page.locator('#screening-file').setInputFiles(asFile('screening.json', screening));
      await press(page, '[data-testid=make-letter]');
      expect(await page.locator('.govuk-error-summary').innerText()).toMatch(
        /has not agreed to share this with GP/,
      );

      await chooseRadio(page, 'recipient', 'gp');
      await chooseRadio(page, 'agreed', 'yes');
      await press(page, '[data-testid=record-consent]');
      await chooseRadio(page, 'recipient', 'other');
      await typeInto(page, '#recipientName', 'Hostel');
      await chooseRadio(page, 'agreed', 'no');
      await press(page, '[data-testid=record-consent]');
      expect(await page.locator('[data-testid=consent-list]').innerText()).toMatch(
        /GP\s+Agreed[\s\S]*Hostel\s+Not agreed/,
      );

      await typeInto(page, '#examples', 'I leave letters in a drawer');
      await press(page, '[data-testid=make-letter]');
      const letter = await page.locator('[data-testid=letter]').innerText();
      expect(letter).toContain('Referral to GP');
      expect(await focusedIs(page, '#letter-title')).toBe(true);
      expect(letter).toContain('“I leave letters in a drawer”');
      expect(letter).toContain('This is a needs screening, not a diagnosis.');
      expect(letter).toContain('The person agreed to share this with: GP.');
      expect(letter).toContain('The person did not agree to share it with: Hostel.');
      expect(letter).not.toContain(needsScreening.items.find((i) => i.id === 'rw-letters')!.text);
      await checkStep(page, 'referral letter');

      const saved = (await download(page, '[data-testid=download-referral]')) as {
        referral: unknown;
        consent: unknown;
        sharing?: string[];
      };
      expect(ReferralRecordSchema.parse(saved.referral)).toMatchObject({
        status: 'assessed',
        to: 'gp',
      });
      expect(ConsentToShareSchema.parse(saved.consent).decisions).toHaveLength(2);
      // The file says in words what the person agreed to share with whom.
      expect(saved.sharing?.slice(0, 2)).toEqual([
        'The person agreed to share this with: GP.',
        'The person did not agree to share it with: Hostel.',
      ]);

      // Withdrawn: the letter goes, and cannot be made again; focus goes to the consent list,
      // the withdraw control being gone, and the file no longer names the GP as agreed.
      await press(page, '[data-withdraw=gp]');
      expect(await page.locator('[data-testid=letter]').count()).toBe(0);
      expect(await focusedIs(page, '#consent-heading')).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid=announce]').innerText())
        .toBe('Consent to share with GP is withdrawn.');
      const withdrawn = (await download(page, '[data-testid=download-referral]')) as {
        sharing?: string[];
      };
      expect(withdrawn.sharing?.slice(0, 2)).toEqual([
        'The person has not agreed to share this with anyone.',
        'The person did not agree to share it with: GP, Hostel.',
      ]);
      await press(page, '[data-testid=make-letter]');
      expect(await page.locator('.govuk-error-summary').innerText()).toMatch(/has not agreed/);
    },
  );
});

/** One A4 page in print emulation: the PDF Chromium prints has exactly one page. */
async function printedPages(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => (window.print = () => undefined));
  await press(page, selector);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/**
 * The passport's pictures: how many beside each heading, whether each loaded, and whether it is
 * decorative there (empty alt, hidden), so the heading reads as its words; a line's picture
 * keeps its alt text.
 */
async function passportPictures(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('[data-testid=passport] img')].every(
      (img) => img.complete,
    ),
  );
  return page.locator('[data-testid=passport]').evaluate((el) => {
    const seen = (img: HTMLImageElement) => ({
      loaded: img.naturalWidth > 0,
      alt: img.alt.trim().length > 1,
    });
    return {
      headings: [...el.querySelectorAll('h3')].map((h3) => {
        const imgs = [...h3.querySelectorAll('img')];
        return {
          pictures: imgs.length,
          loaded: imgs.every((i) => seen(i).loaded),
          decorative: imgs.every((i) => i.alt === '' && i.getAttribute('aria-hidden') === 'true'),
        };
      }),
      lines: [...el.querySelectorAll<HTMLImageElement>('li img')].map(seen),
    };
  });
}

/** The longest passport the SDK allows, six parts of five lines, still prints on one page. */
async function checkLongest(page: Page) {
  const line = (part: string, n: number) =>
    `${part} ${n}: I need this said slowly to me, please.`.padEnd(50, '.').slice(0, 50);
  const parts = Object.fromEntries(
    ['about', 'hard', 'helps', 'explain', 'overwhelmed', 'support'].map((part) => [
      part,
      [0, 1, 2, 3, 4].map((n) => ({ text: line(part, n), from: 'own-words' })),
    ]),
  );
  const longest = PassportSchema.parse({
    schemaVersion: 1,
    kind: 'attune.passport',
    madeOn: '2026-11-01',
    checkAgainOn: '2027-05-01',
    for: ['court'],
    parts,
  });
  await page.locator('#passport-file').setInputFiles(asFile('passport.json', longest));
  await page.locator('#line-support-4').waitFor();
  await press(page, '[data-testid=make-passport]');
  expect(await page.locator('[data-testid=passport] li').count()).toBe(30);
  // With a picture beside every heading: all own words, so no line has one.
  expect((await passportPictures(page)).headings.map((h) => h.pictures)).toEqual([
    1, 1, 1, 1, 1, 1,
  ]);
  expect(await printedPages(page, '[data-testid=print-passport]')).toBe(1);
}

describe('a person makes their passport with the practitioner', () => {
  it(
    'holds only what they chose, prints on one A4 page and as a wallet card, and downloads',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${siteUrl()}/follow-up/passport/`);
      await checkStep(page, 'passport start');
      await page.locator('#screening-file').setInputFiles(asFile('screening.json', screening));
      await page.locator('#plan-file').setInputFiles(asFile('plan.json', agreedPlan));
      await page.locator('#line-helps-0').waitFor();
      for (const id of ['#line-helps-0', '#line-overwhelmed-0', '#line-hard-0']) {
        await tabTo(page, id);
        await page.keyboard.press('Space');
      }
      await typeInto(page, '#own-support', 'My mentor. His number is in my phone.');
      await page.keyboard.press('Enter');
      // Added: focus stays in the box, ready for another line, and the change is announced.
      expect(await page.locator('#line-support-0').isChecked()).toBe(true);
      expect(await focusedIs(page, '#own-support')).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid=announce]').innerText())
        .toBe('Added to Who can support me.');
      await typeInto(page, '#own-about', 'I am a dad and I work on building sites.');
      await page.keyboard.press('Enter');
      await tabTo(page, '#for-police-custody');
      await page.keyboard.press('Space');
      await checkStep(page, 'passport choosing');
      await press(page, '[data-testid=make-passport]');
      const shown = await page.locator('[data-testid=passport]').innerText();
      expect(await focusedIs(page, '#passport-title')).toBe(true);
      expect(shown).toContain('A text the day before helps me remember.');
      expect(shown).toContain('My mentor. His number is in my phone.');
      // Who they may show it to is what they agreed to share, said as every export says it.
      expect(shown).toContain('The person agreed to share this with: Police custody.');
      // A suggestion nobody ticked is not on it.
      expect(shown).not.toContain('Meet after his morning shift');
      expect(shown).not.toMatch(/\bWe will\b/);
      // The screening's Easy Read pictures: one beside each heading, and the area's picture
      // beside the line the screening suggested; each loads and says what it shows.
      const pictures = await passportPictures(page);
      expect(pictures.headings).toEqual(
        pictures.headings.map(() => ({ pictures: 1, loaded: true, decorative: true })),
      );
      // Each heading's accessible name is its words alone ("About me", not "A person About me").
      const names = await page
        .locator('[data-testid=passport] h3')
        .evaluateAll((hs) => hs.map((h) => h.textContent?.trim()));
      expect(await headingNames(page)).toEqual(names);
      expect(pictures.headings.length).toBe(5);
      expect(pictures.lines).toEqual([{ loaded: true, alt: true }]);
      // The wallet card has none: at bank-card size they would push its lines off.
      expect(await page.locator('[data-testid=wallet-card] img').count()).toBe(0);
      await checkStep(page, 'passport made');

      // Print emulation: the passport alone, on one A4 page.
      await page.evaluate(() => (window.print = () => undefined));
      await press(page, '[data-testid=print-passport]');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header').first().isVisible()).toBe(false);
      // The pictures print with it.
      expect(await page.locator('[data-testid=passport] img').first().isVisible()).toBe(true);
      // On a black and white printer every picture the passport can carry keeps an outline of
      // at least 3:1 against the paper, with the filter print gives it.
      const printed = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((img) => ({
            filter: getComputedStyle(img).filter,
            width: img.getBoundingClientRect().width,
          }));
      const asHeading = await printed('[data-testid=passport] h3 img');
      const asLine = await printed('[data-testid=passport] li img');
      const outlines = await outlineContrast(
        page,
        Object.entries(pictureMap.pictures as Record<string, { icon: string } | null>)
          .filter(([key, p]) => p && /^(passport|area):/.test(key))
          .map(([key, p]) => ({
            src: `/pictures/${p!.icon}.svg`,
            ...(key.startsWith('passport:') ? asHeading : asLine),
          })),
      );
      expect(outlines.length).toBe(18);
      // A line that only grazes a curve meets a sliver of anti-aliased pixels, so a few short of
      // every line is allowed; without print's outline the foot of a bust held on 74% of lines.
      expect(outlines.filter((o) => o.held < 0.95)).toEqual([]);
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
      if (process.env.SCREENSHOTS)
        await page.screenshot({
          path: 'test/.tmp/shots/follow-up-passport-print.png',
          fullPage: true,
        });

      await page.emulateMedia({ media: 'screen' });
      await press(page, '[data-testid=print-card]');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-testid=passport]').isVisible()).toBe(false);
      const card = await page.locator('[data-testid=wallet-card]').evaluate((el) => ({
        width: el.getBoundingClientRect().width,
        height: el.getBoundingClientRect().height,
        overflows: el.scrollHeight > el.clientHeight + 1,
      }));
      // 85.6 × 54 mm at 96 px to the inch, and nothing cut off.
      expect(card.width).toBeCloseTo(323.5, 0);
      expect(card.height).toBeCloseTo(204.1, 0);
      expect(card.overflows).toBe(false);
      expect(await page.locator('[data-testid=card-sharing]').innerText()).toBe(
        'The person agreed to share this with: Police custody.',
      );
      if (process.env.SCREENSHOTS)
        await page
          .locator('[data-testid=wallet-card]')
          .screenshot({ path: 'test/.tmp/shots/follow-up-card-print.png' });
      await page.emulateMedia({ media: 'screen' });

      const passport = PassportSchema.parse(
        await download(page, '[data-testid=download-passport]'),
      );
      expect(passport.parts.helps).toEqual([
        { text: 'A text the day before helps me remember.', from: 'plan' },
      ]);
      expect(passport.parts.support).toEqual([
        { text: 'My mentor. His number is in my phone.', from: 'own-words' },
      ]);
      expect(passport.for).toEqual(['police-custody']);
      expect(passport.sharing?.[0]).toBe('The person agreed to share this with: Police custody.');
      await checkLongest(page);
    },
  );
});

describe('a practitioner compares two screenings of the same person', () => {
  it('says what changed by need area in words, never a score', { timeout: 120_000 }, async () => {
    const later = {
      ...screen(needsScreening, [{ skip: false, pick: 0 }]),
      completedAt: '2027-05-01T10:00:00.000Z',
    };
    await page.goto(`${siteUrl()}/follow-up/compare/`);
    await checkStep(page, 'compare start');
    // A file that is not a screening: the summary takes focus and links to its field.
    await page.locator('#screening-1').setInputFiles(asFile('plan.json', agreedPlan));
    await page.locator('.govuk-error-summary a[href="#screening-1"]').waitFor();
    expect(await focusedIs(page, '.govuk-error-summary')).toBe(true);
    await page.locator('#screening-1').setInputFiles(asFile('later.json', later));
    // The first one read is said, as nothing else moves yet.
    await expect
      .poll(() => page.locator('[data-testid=announce]').innerText())
      .toBe('Open: a screening finished on 1 May 2027.');
    await page.locator('#screening-2').setInputFiles(asFile('earlier.json', screening));
    await page.locator('[data-testid=changes]').waitFor();
    expect(await focusedIs(page, '#changes-heading')).toBe(true);
    const rows = await page.locator('[data-testid=changes] .govuk-summary-list__row').count();
    expect(rows).toBe(needsScreening.domains.length);
    const text = await page.locator('[data-testid=changes]').innerText();
    expect(text).toContain(needsScreening.domains[0]!.label);
    expect(text).not.toMatch(/\d|score/i);
    await checkStep(page, 'compare result');
  });
});
