import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPage, siteUrl } from './browser';

const guides = readdirSync(new URL('../../content/developers/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('code in the developer guides', () => {
  it('reads at 1280 px without scrolling sideways in any block', { timeout: 60_000 }, async () => {
    const { context, page } = await newPage({ width: 1280 });
    const wide: string[] = [];
    for (const guide of guides) {
      await page.goto(`${siteUrl()}/developers/${guide}/`);
      const blocks = await page
        .locator('main pre')
        .evaluateAll((pres) =>
          pres
            .filter((p) => p.scrollWidth > p.clientWidth + 1)
            .map((p) => (p.textContent ?? '').split('\n').find((l) => l.length > 70) ?? ''),
        );
      for (const line of blocks) wide.push(`${guide}: ${line}`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
