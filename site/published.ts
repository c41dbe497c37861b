import type { FhirPublicationOptions } from '@attune/sdk/interop/fhir';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import { base } from './routes';

/**
 * Where the site is published, from Astro's `site` and `base` (in astro.config.mjs, or
 * `astro build --site https://example.org --base /attune/`): the one place the FHIR canonical
 * URLs and the JSON Schemas' `$id`s come from.
 */
export const publishedAt: string = new URL(base, import.meta.env.SITE).href;

/** The FHIR canonical base, e.g. `https://example.org/attune/fhir` (no trailing slash, as FHIR writes it). */
export const fhirBase: string = `${publishedAt}fhir`;

/** The questionnaires the site publishes as FHIR resources at /fhir/. */
export const fhirQuestionnaires = [needsScreening, practicalSupport];

/** What every published FHIR resource says about where it lives, who publishes it and when. */
export const fhirPublication: FhirPublicationOptions = {
  base: fhirBase,
  publisher: 'Attune',
  // The day of the build: a rebuilt site republishes the resources.
  date: new Date().toISOString().slice(0, 10),
};
