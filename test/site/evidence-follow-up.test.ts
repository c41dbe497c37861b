import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { caseBundle, encryptCaseBundle, MIN_PBKDF2_ITERATIONS } from '@attune/sdk/cases';
import {
  FOLLOW_UP_CAVEAT,
  summariseFollowUp,
  type ReferralRecord,
  type ReviewRecord,
} from '@attune/sdk/follow-up';
import { axe, newPage, offSite, siteUrl } from './browser';
import { sampleParts, screeningRecord, yearCase } from '../fixtures/caseload';
import { outcome, PRIVATE_WORDS } from '../fixtures/follow-up.js';

const shown = (v: number | null | undefined) =>
  v === null || v === undefined ? 'suppressed' : v.toLocaleString('en-GB');
const day = (offset: number) => new Date(Date.UTC(2026, 8, 1 + offset)).toISOString().slice(0, 10);

/**
 * A generated cohort: 40 reviews (text reminders in every one, a quiet room in only two, so its
 * row is a small cell), 24 referrals (20 to a GP with known waits, 2 to a brain injury service,
 * 2 never sent) and 12 people screened twice.
 */
function cohort() {
  const reviews: ReviewRecord[] = Array.from({ length: 40 }, (_, n) => ({
    schemaVersion: 1,
    kind: 'attune.review',
    reference: `P-${n}`,
    needs: n % 2 ? ['memory-organisation'] : ['memory-organisation', 'sensory'],
    setting: n % 4 ? 'supervision-appointment' : 'home-visit',
    planAgreedAt: null,
    dueOn: '2026-12-01',
    reviewedOn: n % 5 ? '2026-12-03' : '2026-12-30',
    earlyBecause: null,
    adjustments: [
      outcome('text-reminders', n % 6 ? 'yes' : 'no', n % 3 ? 'helped' : 'helped-a-bit'),
      ...(n < 2 ? [outcome('quiet-room', 'yes', 'did-not-help')] : []),
    ],
    appointments: null,
    nextReviewOn: '2027-03-01',
  }));
  const referral = (
    n: number,
    to: ReferralRecord['to'],
    wait: number | null,
    sent = true,
  ): ReferralRecord => ({
    schemaVersion: 1,
    kind: 'attune.referral',
    reference: `P-${n}`,
    to,
    otherService: null,
    areas: [],
    consentOn: day(0),
    status: !sent ? 'preparing' : wait === null ? 'sent' : 'assessed',
    sentOn: sent ? day(0) : null,
    acceptedOn: wait === null ? null : day(1),
    assessedOn: wait === null ? null : day(wait),
    closedOn: null,
    outcome: null,
  });
  const referrals = [
    ...Array.from({ length: 20 }, (_, n) => referral(n, 'gp', n < 15 ? 30 + n : null)),
    referral(30, 'brain-injury-service', 60),
    referral(31, 'brain-injury-service', null),
    referral(32, 'adult-adhd-service', null, false),
    referral(33, 'adult-adhd-service', null, false),
  ];
  const once = screeningRecord();
  const screenings = Array.from({ length: 12 }, (_, n) => [
    { ...once, reference: `P-${n}`, completedAt: '2026-01-12T09:40:00.000Z' },
    { ...once, reference: `P-${n}`, completedAt: '2026-07-12T09:40:00.000Z' },
  ]).flat();
  return { reviews, referrals, screenings };
}

const tableRow = (page: Page, table: string, row: string) =>
  page
    .locator(`[data-testid=${table}] tr[data-row="${row}"] td`)
    .allInnerTexts()
    .then((cells) => cells.map((c) => c.trim()));

describe('the evidence page shows what follow-up records say', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it(
    'gives the SDK’s tables for a generated cohort, with small cells suppressed and the caveat',
    { timeout: 60_000 },
    async () => {
      const { reviews, referrals, screenings } = cohort();
      const expected = summariseFollowUp({ reviews, referrals, screenings }, { threshold: 5 });
      await page.goto(`${siteUrl()}/evidence/`);
      await page.locator('#records').setInputFiles([
        {
          name: 'reviews-and-referrals.ndjson',
          mimeType: 'application/x-ndjson',
          buffer: Buffer.from([...reviews, ...referrals].map((r) => JSON.stringify(r)).join('\n')),
        },
        {
          name: 'screenings.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(screenings)),
        },
      ]);
      // No encrypted bundle among the files, so no passphrase is asked for.
      expect(await page.locator('#bundle-passphrase').isVisible()).toBe(false);
      await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
      await page.locator('[data-testid=follow-up]').waitFor();

      expect(await page.locator('[data-testid=follow-up-caveat]').innerText()).toContain(
        FOLLOW_UP_CAVEAT,
      );
      // Reviews and referrals are not screening records: the cohort summary does not call them invalid.
      expect(await page.locator('[data-testid=invalid]').innerText()).toContain('None');

      const outcomeCells = (r: (typeof expected.adjustments)[string]) => [
        ...(['yes', 'partly', 'no'] as const).map((k) => shown(r.inPlace.cells[k])),
        ...(['helped', 'helped-a-bit', 'did-not-help'] as const).map((k) =>
          shown(r.helped.cells[k]),
        ),
      ];
      for (const [table, rows] of [
        ['follow-up-adjustments', expected.adjustments],
        ['follow-up-domains', expected.byDomain],
        ['follow-up-settings', expected.bySetting],
      ] as const)
        for (const [key, r] of Object.entries(rows))
          expect(await tableRow(page, table, key), `${table} ${key}`).toEqual(outcomeCells(r));

      // Text reminders were put in place in 33 of 40 reviews; noise moves a count by at most 10.
      const [yes] = await tableRow(page, 'follow-up-adjustments', 'text-reminders');
      expect(Math.abs(Number(yes) - 33)).toBeLessThanOrEqual(10);
      // A quiet room was reviewed twice: no figure from 1 to 4 may be published for it.
      for (const cell of await tableRow(page, 'follow-up-adjustments', 'quiet-room'))
        expect(cell).toMatch(/^(suppressed|0|[5-9]|\d{2,})$/);
      // Small cells show as suppressed (or 0), never as their count.
      for (const cell of await tableRow(page, 'follow-up-referrals', 'brain-injury-service'))
        expect(cell).toMatch(/^(suppressed|0|[5-9]|\d{2,})$/);
      expect(
        (await page.locator('[data-testid=follow-up] td').allInnerTexts()).filter(
          (c) => c === 'suppressed',
        ).length,
      ).toBeGreaterThan(0);

      expect(await page.locator('[data-testid=follow-up-timing] td').allInnerTexts()).toEqual(
        (['on-time', 'late', 'early'] as const)
          .map((k) => shown(expected.reviews.timing.cells[k]))
          .concat(shown(expected.reviews.timing.total)),
      );
      const statuses = ['sent', 'accepted', 'assessed', 'not-accepted', 'withdrawn'] as const;
      for (const [to, r] of Object.entries(expected.referrals.progress))
        expect(await tableRow(page, 'follow-up-referrals', to)).toEqual([
          shown(expected.referrals.to.cells[to]),
          ...statuses.map((s) => shown(r.cells[s])),
        ]);
      // Referrals never sent are not referrals made: no row for the ADHD service.
      expect(
        await page
          .locator('[data-testid=follow-up-referrals] tr[data-row=adult-adhd-service]')
          .count(),
      ).toBe(0);
      // 16 were assessed, so the median is shown: waits of 30 to 44 days for the GP and 60 for
      // the brain injury service, whose middle two are 37 and 38.
      expect(expected.referrals.daysToAssessment.median).toBe(38);
      expect(await page.locator('[data-testid=days-to-assessment]').innerText()).toContain(
        '38 days is the median',
      );

      expect(await page.locator('[data-testid=rescreened]').innerText()).toContain(
        `People screened more than once: ${shown(expected.rescreening.people)}.`,
      );
      for (const [d, r] of Object.entries(expected.rescreening.domains))
        expect(await tableRow(page, 'follow-up-rescreening', d)).toEqual(
          Object.values(r.cells).map(shown),
        );

      // Nothing the person said reaches the page.
      expect(await page.locator('body').innerText()).not.toContain(PRIVATE_WORDS);
      for (const v of await axe(page)) throw new Error(v);
      expect(offSite(requests)).toEqual([]);
    },
  );

  it('keeps a median from a handful of assessments off the page', async () => {
    const { reviews, referrals } = cohort();
    const few = referrals.filter((r) => r.to !== 'gp');
    await page.goto(`${siteUrl()}/evidence/`);
    await page.locator('#records').setInputFiles({
      name: 'few.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([...reviews.slice(0, 3), ...few])),
    });
    await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
    await page.locator('[data-testid=follow-up]').waitFor();
    const text = await page.locator('[data-testid=days-to-assessment]').innerText();
    expect(text).toContain('not shown: fewer than 5 referrals were assessed');
    expect(text).not.toMatch(/\d+ days/);
  });

  it(
    'opens an encrypted case bundle with its passphrase; a wrong one is an error on the field and loses nothing',
    { timeout: 60_000 },
    async () => {
      const passphrase = 'seven green lanterns';
      const bundle = caseBundle(Array.from({ length: 6 }, (_, i) => yearCase(i, sampleParts())));
      const encrypted = await encryptCaseBundle(bundle, passphrase, {
        iterations: MIN_PBKDF2_ITERATIONS,
      });
      await page.goto(`${siteUrl()}/evidence/`);
      await page.locator('#threshold').fill('6');
      await page.locator('#records').setInputFiles({
        name: 'attune-caseload-2026-12-01.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(encrypted)),
      });
      // Choosing the encrypted file is what brings the passphrase field.
      await page.locator('#bundle-passphrase').waitFor({ state: 'visible' });

      // No passphrase: the error summary names the field.
      await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
      await page.locator('[data-error-summary] a[href="#bundle-passphrase"]').waitFor();
      expect(await page.locator('[data-error-summary] a').allInnerTexts()).toEqual([
        'Enter the passphrase the case bundle was exported with',
      ]);

      // The wrong passphrase: the SDK's message, linked to the field, and nothing else changes.
      await page.locator('#bundle-passphrase').fill('seven green lantern');
      await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
      const link = page.locator('[data-error-summary] a[href="#bundle-passphrase"]');
      await expect
        .poll(() => link.innerText())
        .toContain('That passphrase does not open this file');
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('#bundle-passphrase-error').innerText()).toContain(
        'That passphrase does not open this file',
      );
      expect(await page.locator('#bundle-passphrase').getAttribute('aria-describedby')).toContain(
        'bundle-passphrase-error',
      );
      expect(await page.locator('[data-evidence-output]').innerText()).toBe('');
      for (const v of await axe(page)) throw new Error(v);
      await link.click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('bundle-passphrase');
      expect(
        await page.locator('#records').evaluate((i) => (i as HTMLInputElement).files?.length),
      ).toBe(1);
      expect(await page.locator('#threshold').inputValue()).toBe('6');

      // The right passphrase: the 6 screenings and 12 plans inside are counted.
      await page.locator('#bundle-passphrase').fill(passphrase);
      await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
      await expect
        .poll(() => page.locator('[data-status]').innerText())
        .toMatch(/^Finished: 18 records read\./);
      expect(await page.locator('[data-error-summary]').isHidden()).toBe(true);
      expect(await page.title()).not.toMatch(/^Error: /);
      // The passphrase is used, not kept: nothing about it in the page's storage.
      const stored = await page.evaluate(() =>
        JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
      );
      expect(stored).not.toContain('lantern');
      expect(offSite(requests)).toEqual([]);
    },
  );
});
