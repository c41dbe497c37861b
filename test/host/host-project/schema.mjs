// node schema.mjs <name> [base]: the JSON Schema as the installed package gives it, with `$id`
// under `base` (the site's address) when one is given.
import { jsonSchemaFor } from '@attune/sdk/interop';

console.log(JSON.stringify(jsonSchemaFor(process.argv[2], { base: process.argv[3] })));
