import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import { toFhirCodeSystems, toFhirQuestionnaire } from '@attune/sdk/interop/fhir';

const fhir = new URL('../../dist/fhir/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, fhir), 'utf8'));

describe('the FHIR resources the site publishes at /fhir/', () => {
  it('has each built-in questionnaire, exactly as the SDK gives it, under the site’s own canonical base', () => {
    for (const q of [needsScreening, practicalSupport]) {
      const published = read(`Questionnaire/${q.id}.json`);
      expect(published).toMatchObject({ id: q.id, status: 'active', publisher: 'Attune' });
      expect(published.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The base comes from astro.config.mjs (`site` + `base` + fhir), the one place it is set.
      const base = String(published.url).replace(/\/Questionnaire\/[^/]+$/, '');
      expect(base).toBe('https://attune.example.org/fhir');
      expect(published).toEqual(
        toFhirQuestionnaire(q, { base, publisher: 'Attune', date: published.date }),
      );
    }
  });

  it('has every code system those questionnaires use, one file each, named by id', () => {
    const files = readdirSync(new URL('CodeSystem/', fhir)).sort();
    const expected = [needsScreening, practicalSupport].flatMap((q) =>
      toFhirCodeSystems(q, {
        base: 'https://attune.example.org/fhir',
        publisher: 'Attune',
        date: read(`Questionnaire/${q.id}.json`).date,
      }),
    );
    expect(files).toEqual(expected.map((s) => `${s.id}.json`).sort());
    for (const system of expected) expect(read(`CodeSystem/${system.id}.json`)).toEqual(system);
  });
});
