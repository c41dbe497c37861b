import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { caseBundle } from '@attune/sdk/cases';
import { MENTORING_EVIDENCE_CAVEAT, summariseMentoring } from '@attune/sdk/mentoring';
import { axe, newPage, offSite, siteUrl } from './browser';
import { generatedPlans } from '../fixtures/mentoring-plans';
import { sampleParts, yearCase } from '../fixtures/caseload';

const shown = (v: number | null | undefined) =>
  v === null || v === undefined ? 'suppressed' : v.toLocaleString('en-GB');

describe('the evidence page summarises mentoring plans', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ context, page, requests } = await newPage()));
  afterAll(async () => context?.close());

  it('gives the SDK’s protected counts, with the caveat and none of the words anyone wrote', async () => {
    const plans = generatedPlans(60);
    const expected = summariseMentoring(plans, { threshold: 5 });
    await page.goto(`${siteUrl()}/evidence/`);
    await page.locator('#records').setInputFiles([
      {
        name: 'plans.ndjson',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(plans.map((p) => JSON.stringify(p)).join('\n')),
      },
    ]);
    await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
    const section = page.locator('[data-testid=mentoring]');
    await section.waitFor();
    expect(await section.innerText()).toContain(MENTORING_EVIDENCE_CAVEAT);
    // Plans are the mentoring section's: the cohort summary does not call them unusable.
    expect(await page.locator('[data-testid=invalid]').innerText()).toContain('None');

    const cells = (testid: string) => page.locator(`[data-testid=${testid}] td`).allInnerTexts();
    expect(await cells('mentoring-steps')).toEqual(
      [...Object.values(expected.steps.cells), expected.steps.total].map(shown),
    );
    expect(await cells('mentoring-plans')).toEqual(
      [...Object.values(expected.plans.cells), expected.plans.total].map(shown),
    );
    // Small counts are never published as themselves.
    for (const c of await section.locator('td').allInnerTexts())
      expect(c).toMatch(/^(suppressed|0|[5-9]|\d{2,}|\d{1,3}(,\d{3})+)$/);
    // Goals, steps and reasons in the mentor's or the person's words stay out of the page.
    expect(await section.innerText()).not.toMatch(/Private|Goal \d+ for plan/);
    expect(await axe(page)).toEqual([]);
    expect(offSite(requests)).toEqual([]);
  });

  it('counts the plans kept inside a case bundle', async () => {
    const plans = generatedPlans(12, 7);
    const cases = plans.map((record, n) => {
      const c = yearCase(n, sampleParts());
      return {
        ...c,
        entries: [
          // Only this test's plan, so the count is known.
          ...c.entries.filter((e) => e.kind !== 'mentoring-plan'),
          { id: `plan-${n}`, on: '2026-11-01', kind: 'mentoring-plan' as const, record },
        ],
      };
    });
    await page.goto(`${siteUrl()}/evidence/`);
    await page.locator('#records').setInputFiles([
      {
        name: 'caseload.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(caseBundle(cases as never, '2026-11-28T09:00:00Z'))),
      },
    ]);
    await page.locator('button[type=submit]', { hasText: 'Summarise' }).click();
    await page.locator('[data-testid=mentoring]').waitFor();
    const total = (await page.locator('[data-testid=mentoring-plans] td').allInnerTexts()).at(-1)!;
    // Twelve plans, give or take the published noise.
    expect(Math.abs(Number(total) - 12)).toBeLessThanOrEqual(10);
  });
});
