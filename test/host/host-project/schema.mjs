// node schema.mjs <name>: the JSON Schema as the installed package gives it.
import { jsonSchemaFor } from '@attune/sdk/interop';

console.log(JSON.stringify(jsonSchemaFor(process.argv[2])));
