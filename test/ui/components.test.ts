import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { render as toHtml } from 'preact-render-to-string';
import { fixtures } from '../../site/ui/components/fixtures';
import { Fragment, h } from '../../site/ui/h';
import { setCatalogue } from '../../site/ui/messages';
import enGB from '../../site/ui/messages/en-GB.json';
import { axe, newPage, siteUrl } from '../site/browser';

// Each component drawn from its fixture into a page of the built site (its styles, its CSP),
// then read back from real Chromium: markup, ARIA and error state, and axe.
setCatalogue(enGB);
const fixture = (component: string, name: string) =>
  fixtures.find((f) => f.component === component && f.name === name)!;

let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ context, page } = await newPage());
  await page.goto(`${siteUrl()}/accessibility/`);
});
afterAll(async () => context?.close());

async function show(component: string, name: string): Promise<Page> {
  const html = toHtml(h(Fragment, {}, fixture(component, name).draw()));
  await page.evaluate((markup) => (document.querySelector('main')!.innerHTML = markup), html);
  return page;
}
const attr = (selector: string, name: string) =>
  page.locator(`main ${selector}`).first().getAttribute(name);
const count = (selector: string) => page.locator(`main ${selector}`).count();
/** The text a screen reader is given for an element's aria-describedby, in order. */
const description = (selector: string) =>
  page.evaluate((s) => {
    const ids = document.querySelector(`main ${s}`)!.getAttribute('aria-describedby') ?? '';
    return ids
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`);
  }, selector);

describe('radios', () => {
  it('names the first input by the id prefix, so an error summary can link to it', async () => {
    await show('radios', 'default');
    expect(await page.locator('main input').evaluateAll((i) => i.map((e) => e.id))).toEqual([
      'where',
      'where-2',
      'where-3',
    ]);
    expect(await count('input[type=radio][name=where]')).toBe(3);
    expect(await count('.govuk-form-group--error')).toBe(0);
  });

  it('puts the page heading and its caption inside the legend', async () => {
    await show('radios', 'with hint, caption and error');
    expect(await page.locator('main legend').innerText()).toMatch(
      /^Section 1 of 3\s+How should we contact you\?$/,
    );
    expect(await count('legend h1')).toBe(1);
  });

  it('in error: a red group, a prefixed message, both tied to the fieldset with the hint', async () => {
    await show('radios', 'with hint, caption and error');
    expect(await count('.govuk-form-group.govuk-form-group--error')).toBe(1);
    expect(await description('fieldset')).toEqual([
      'Choose one.',
      'Error: Choose how we should contact you',
    ]);
    expect(await page.locator('main .govuk-error-message .govuk-visually-hidden').innerText()).toBe(
      'Error:',
    );
    expect(await description('#contact-3')).toEqual(['To a mobile']);
    // Each choice is marked invalid too, as a text input in error is.
    expect(
      await page
        .locator('main input')
        .evaluateAll((i) => i.map((e) => e.getAttribute('aria-invalid'))),
    ).toEqual(['true', 'true', 'true']);
  });
});

describe('checkboxes', () => {
  it('keeps the checked state it is given and describes the fieldset with the error', async () => {
    await show('checkboxes', 'with error');
    expect(
      await page
        .locator('main input')
        .evaluateAll((i) => i.map((e) => (e as HTMLInputElement).checked)),
    ).toEqual([false, true, false]);
    expect(await description('fieldset')).toEqual(['Error: Choose at least one thing that helps']);
  });

  it('without a fieldset, the single checkbox carries its own hint', async () => {
    await show('checkboxes', 'one checkbox without a fieldset');
    expect(await count('fieldset')).toBe(0);
    expect(await description('#save')).toEqual(['Off unless you turn it on']);
  });
});

describe('text input and textarea', () => {
  it('a text input in error is invalid, red and described by its hint then its error', async () => {
    await show('text-input', 'with hint and error');
    expect(await attr('#title', 'aria-invalid')).toBe('true');
    expect(await attr('#title', 'class')).toContain('govuk-input--error');
    expect(await description('#title')).toEqual(['In a few words', 'Error: Enter what would help']);
    expect(await page.locator('main label[for=title]').innerText()).toBe('What would help?');
    // GOV.UK order: label, hint, error, then the input.
    expect(
      await page
        .locator('main .govuk-form-group > *')
        .evaluateAll((els) => els.map((e) => e.className)),
    ).toEqual([
      'govuk-label',
      'govuk-hint',
      'govuk-error-message',
      'govuk-input govuk-input--error',
    ]);
  });

  it('a textarea as the page heading has its label inside the h1 and keeps its text', async () => {
    await show('textarea', 'as the page heading, with error');
    expect(await page.locator('main h1 label[for=more]').innerText()).toBe('Tell us more');
    expect(await page.locator('main #more').inputValue()).toBe('kept');
    expect(await attr('#more', 'aria-invalid')).toBe('true');
    expect(await description('#more')).toEqual(['Error: Tell us more in 500 characters or fewer']);
  });
});

describe('file upload', () => {
  it('in error: invalid, red and described by its hint then its error, with its label', async () => {
    await show('file-upload', 'with hint and error');
    expect(await attr('#plan-file', 'type')).toBe('file');
    expect(await attr('#plan-file', 'aria-invalid')).toBe('true');
    expect(await attr('#plan-file', 'class')).toContain('govuk-file-upload--error');
    expect(await description('#plan-file')).toEqual([
      'It ends in .json',
      'Error: This file is not a plan',
    ]);
    expect(await page.locator('main label[for=plan-file]').innerText()).toBe('Open a plan file');
  });
});

describe('select', () => {
  it('in error: invalid, red and described by its hint then its error, keeping the choice', async () => {
    await show('select', 'with hint, error and a choice made');
    expect(await attr('#setting', 'aria-invalid')).toBe('true');
    expect(await attr('#setting', 'class')).toContain('govuk-select--error');
    expect(await description('#setting')).toEqual([
      'Choose the place you meet most often.',
      'Error: Choose where you meet',
    ]);
    expect(await page.locator('main #setting').inputValue()).toBe('home');
    expect(await page.locator('main label[for=setting]').innerText()).toBe('Where you meet');
  });

  it('ties its label to the list and shows the value chosen', async () => {
    await show('select', 'default');
    expect(await page.locator('main label[for=show]').innerText()).toBe('Show');
    expect(await page.locator('main select#show').inputValue()).toBe('due');
    expect(await attr('select', 'aria-invalid')).toBeNull();
  });

  it('in error, is marked invalid and described by its hint then its error', async () => {
    await show('select', 'with hint and error');
    expect(await attr('select', 'aria-invalid')).toBe('true');
    expect(await attr('select', 'class')).toContain('govuk-select--error');
    expect(await description('select')).toEqual([
      'Work in any tab counts as use.',
      'Error: Choose how long before the caseload locks',
    ]);
  });
});

describe('table', () => {
  it('a table heads its columns for screen readers, naming an action column', async () => {
    await show('table', 'with an unnamed action column');
    expect(await page.locator('main th[scope=col]').allInnerTexts()).toEqual([
      'Step',
      'By',
      'Action',
    ]);
    expect(await count('tbody tr td')).toBe(3);
  });

  it('heads each row with its first cell when asked, and can keep the caption for screen readers', async () => {
    await show('table', 'with row headings and a hidden caption');
    expect(await page.locator('main th[scope=row]').allInnerTexts()).toEqual([
      'IOM-ALPHA',
      'IOM-BRAVO',
    ]);
    expect(await count('tbody td')).toBe(2);
    expect(await attr('caption', 'class')).toContain('govuk-visually-hidden');
  });
});

describe('tag and inset text', () => {
  it('a tag is its words in one element, coloured by its class', async () => {
    await show('tag', 'coloured');
    expect(await page.locator('main strong.govuk-tag.govuk-tag--orange').innerText()).toBe(
      'Plan review overdue',
    );
  });

  it('inset text keeps its attributes', async () => {
    await show('inset-text', 'default');
    expect(await page.locator('main .govuk-inset-text[data-testid=note]').innerText()).toContain(
      'locked',
    );
  });
});

describe('date input', () => {
  it('groups its three boxes and marks only the part in error', async () => {
    await show('date-input', 'with an error in the month');
    expect(await attr('fieldset', 'role')).toBe('group');
    expect(
      await page
        .locator('main input')
        .evaluateAll((i) => i.map((e) => [e.id, e.getAttribute('aria-invalid')])),
    ).toEqual([
      ['review-day', null],
      ['review-month', 'true'],
      ['review-year', null],
    ]);
    expect(await description('fieldset')).toEqual([
      'For example, 27 3 2027',
      'Error: The review date must be a real date',
    ]);
  });
});

describe('error summary', () => {
  it('has role="alert" once, on the inner element, and links each error', async () => {
    await show('error-summary', 'two errors');
    expect(await count('[role=alert]')).toBe(1);
    expect(await attr('.govuk-error-summary', 'role')).toBeNull();
    expect(await page.locator('main .govuk-error-summary__title').innerText()).toBe(
      'There is a problem',
    );
    expect(
      await page
        .locator('main .govuk-error-summary a')
        .evaluateAll((a) => a.map((e) => e.getAttribute('href'))),
    ).toEqual(['#title', '#date']);
    // Extra attributes (the macro's `attributes`) land on the element that is focused.
    expect(await count('.govuk-error-summary[data-error-summary][tabindex="-1"]')).toBe(1);
    // No govuk-frontend script is started on this site, so no component claims one.
    expect(await count('[data-module]')).toBe(0);
  });

  it('says an error about no field without a link that would go nowhere', async () => {
    await show('error-summary', 'with an error about no field');
    expect(await count('.govuk-error-summary__list li')).toBe(2);
    expect(await count('.govuk-error-summary__list a')).toBe(1);
    expect(await count('.govuk-error-summary__list a[href="#"]')).toBe(0);
  });
});

describe('the rest', () => {
  it('an error message is prefixed for screen readers', async () => {
    await show('error-message', 'default');
    expect(await page.locator('main #x-error').textContent()).toBe('Error: Enter a name');
  });

  it('warning text hides its icon and says "Warning"', async () => {
    await show('warning-text', 'default');
    expect(await attr('.govuk-warning-text__icon', 'aria-hidden')).toBe('true');
    expect(await page.locator('main .govuk-warning-text__text').innerText()).toMatch(/^Warning\s/);
  });

  it('a panel is the page heading', async () => {
    await show('panel', 'default');
    expect(await page.locator('main h1.govuk-panel__title').innerText()).toBe(
      'The screening has stopped',
    );
  });

  it('a summary list action names its row for screen readers', async () => {
    await show('summary-list', 'with a change action');
    expect(await count('dl dt')).toBe(2);
    expect(await page.getByRole('button', { name: 'Change the step' }).count()).toBe(1);
  });

  it('details, button and back link are the elements govuk-frontend uses', async () => {
    await show('details', 'default');
    expect(await page.locator('main details summary').innerText()).toBe('Why we ask');
    await show('button', 'secondary');
    expect(await attr('button', 'type')).toBe('button');
    // With href, a link that says it is a button and is not dragged away as a link.
    await show('button', 'as a link');
    expect(await count('a.govuk-button[href="/training/certificate/"][role=button]')).toBe(1);
    expect(await attr('a.govuk-button', 'draggable')).toBe('false');
    await show('back-link', 'as a button and as a link');
    expect(await count('button.govuk-back-link')).toBe(1);
    expect(await count('a.govuk-back-link[href="/"]')).toBe(1);
  });
});

describe('notification banner', () => {
  it('is a region named by its title; the success kind is an alert with its own heading level', async () => {
    await show('notification-banner', 'default');
    expect(await attr('.govuk-notification-banner', 'role')).toBe('region');
    expect(await page.getByRole('region', { name: 'A screening is saved' }).count()).toBe(1);
    await show('notification-banner', 'success, under an h2');
    expect(await count('.govuk-notification-banner--success[role=alert]')).toBe(1);
    expect(await count('h3.govuk-notification-banner__title#nb-right')).toBe(1);
  });
});

describe('axe on every fixture', () => {
  // Two fixtures of one name would let a test read the wrong one (it finds the first).
  it('each fixture has its own name within its component', () => {
    const keys = fixtures.map((f) => `${f.component}: ${f.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.component, f.name]))(
    '%s (%s) has no WCAG 2.2 AA violations',
    async (component, name) => {
      await show(component, name);
      expect(await axe(page, 'main')).toEqual([]);
    },
  );

  // The check every page and step relies on must be able to fail: a field with no label and an
  // image with no text alternative are reported, by rule.
  it('reports real faults (the check can fail)', async () => {
    await page.evaluate(
      () => (document.querySelector('main')!.innerHTML = '<input type="text"><img src="/x.png">'),
    );
    const found = (await axe(page, 'main')).map((v) => v.split(' ')[0]);
    expect(found).toEqual(expect.arrayContaining(['label', 'image-alt']));
  });
});
