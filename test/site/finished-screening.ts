import { createActor } from 'xstate';
import type { Page } from 'playwright-core';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { recommendFromCatalogue } from '@attune/sdk/adjustments';
import { createScreeningMachine, currentQuestion, saveScreening } from '@attune/sdk/screening';
import type { Pattern } from '../fixtures/needs-screening-patterns.js';
import { siteUrl } from './browser';

/**
 * A finished needs screening saved as the page saves one, answered with a pattern. Opening the
 * outcome this way is what a practitioner does when they come back to a saved screening, and it
 * saves clicking through fifty questions in every test that looks at the outcome.
 */
export function savedFinishedRun(pattern: Pattern): string {
  const actor = createActor(createScreeningMachine(needsScreening), {
    input: { recordId: 'test-record' },
  }).start();
  actor.send({ type: 'START', at: '2026-11-28T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    const { item } = currentQuestion(needsScreening, actor.getSnapshot())!;
    actor.send(item.kind === 'text' ? { type: 'SKIP' } : { type: 'ANSWER', value: pattern(item) });
  }
  actor.send({ type: 'SUBMIT', at: '2026-11-28T09:30:00Z' });
  return JSON.stringify(saveScreening(needsScreening, actor.getPersistedSnapshot()));
}

/**
 * A needs screening answered and saved as the page saves it, waiting at the review: each
 * question answered with its first option (least need) or its last (most), a choose-any question
 * with its first, and the adjustments recommended from the catalogue.
 */
export function savedAtReview(answer: 'first' | 'last'): string {
  const actor = createActor(
    createScreeningMachine(needsScreening, { recommend: recommendFromCatalogue }),
  ).start();
  actor.send({ type: 'START', at: '2026-11-24T09:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    const { item, options } = currentQuestion(needsScreening, actor.getSnapshot())!;
    if (item.kind === 'text') actor.send({ type: 'SKIP' });
    else if (item.kind === 'multiple') actor.send({ type: 'ANSWER', value: [options[0]!.value] });
    else
      actor.send({
        type: 'ANSWER',
        value: (answer === 'first' ? options[0] : options.at(-1))!.value,
      });
  }
  return JSON.stringify(saveScreening(needsScreening, actor.getPersistedSnapshot()));
}

/** Opens the screening page with a finished run saved, resumes it, and waits for the outcome. */
export async function openOutcome(page: Page, pattern: Pattern): Promise<void> {
  await page.goto(`${siteUrl()}/screening/`);
  await page.evaluate((saved) => {
    localStorage.clear();
    localStorage.setItem('attune.screening', saved);
  }, savedFinishedRun(pattern));
  await page.reload();
  await page.locator('[data-testid=resume]').click();
  await page.locator('main h1', { hasText: 'Screening outcome' }).waitFor();
}
