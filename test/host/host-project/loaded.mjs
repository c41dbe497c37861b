// node loaded.mjs <specifier>: where the specifier resolves, and every SDK file importing it loads.
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
const specifier = process.argv[2];
await import(specifier);
const root = new URL('./node_modules/@attune/sdk/', import.meta.url).href;
console.log(
  JSON.stringify({
    resolved: import.meta.resolve(specifier),
    sdkFiles: loaded
      .filter((u) => u.startsWith(root))
      .map((u) => u.slice(root.length))
      .sort(),
    packages: [
      ...new Set(
        loaded.map((u) => u.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]).filter(Boolean),
      ),
    ].sort(),
  }),
);
