import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, CatalogueSchema, SETTINGS } from '@attune/sdk/adjustments';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';

const guidanceDir = new URL('../../content/adjustments/', import.meta.url);
const guidance = readdirSync(guidanceDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('the adjustment catalogue', () => {
  it('is valid data with unique ids', () => {
    const parsed = CatalogueSchema.safeParse(catalogue);
    expect(
      parsed.success,
      parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5)),
    ).toBe(true);
    expect(new Set(catalogue.map((a) => a.id)).size).toBe(catalogue.length);
    expect(catalogue.length).toBeGreaterThanOrEqual(60);
  });

  it('serves only need domains the needs screening knows', () => {
    const known = new Set(needsScreening.domains.map((d) => d.id));
    for (const a of catalogue)
      for (const d of a.domains) expect(known, `${a.id}: ${d}`).toContain(d);
  });

  it('has at least 4 adjustments for every need domain and 5 for every setting', () => {
    for (const d of needsScreening.domains)
      expect(catalogue.filter((a) => a.domains.includes(d.id)).length, d.id).toBeGreaterThanOrEqual(
        4,
      );
    for (const s of SETTINGS)
      expect(
        catalogue.filter((a) => a.settings.includes(s.id)).length,
        s.id,
      ).toBeGreaterThanOrEqual(5);
  });

  it('has one guidance page for every adjustment, and none without one', () => {
    expect([...guidance].sort()).toEqual(catalogue.map((a) => a.id).sort());
  });

  it('gives every guidance page the sections practitioners rely on', () => {
    for (const id of guidance) {
      const text = readFileSync(new URL(`${id}.mdx`, guidanceDir), 'utf8');
      expect(text, id).toMatch(new RegExp(`^---\\nid: ${id}\\n---`));
      for (const heading of [
        '## What it is',
        '## Who it helps and why',
        '## How to do it well',
        '## An IOM example',
        '## What to avoid',
        '## Sources',
      ]) {
        expect(text, `${id} lacks ${heading}`).toContain(heading);
      }
    }
  });
});
