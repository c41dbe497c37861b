import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaFor, SCHEMA_NAMES, type SchemaName } from '@attune/sdk/interop';
import { publishedAt } from '../../published';

// One file per published schema, generated from the SDK at build time so the site's copy is
// exactly what `jsonSchemaFor()` gives a host that installed the package, with `$id` where it is published.
export const getStaticPaths = (() =>
  SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(
    `${JSON.stringify(jsonSchemaFor(params.name as SchemaName, { base: publishedAt }), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/schema+json' },
    },
  );
