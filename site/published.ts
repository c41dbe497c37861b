import { base } from './routes';

/**
 * Where the site is published, from Astro's `site` and `base` (in astro.config.mjs, or
 * `astro build --site https://example.org --base /attune/`): the one place the FHIR canonical
 * URLs and the JSON Schemas' `$id`s come from.
 */
export const publishedAt: string = new URL(base, import.meta.env.SITE).href;

/** The FHIR canonical base, e.g. `https://example.org/attune/fhir` (no trailing slash, as FHIR writes it). */
export const fhirBase: string = `${publishedAt}fhir`;
