// npm run size:sdk — what each @attune/sdk entry point costs a browser host: every export of the
// entry bundled and minified as ESM, gzip (level 9) included. "with deps" bundles xstate and zod in,
// as a page that uses nothing else would ship them; "own code" leaves them out, since a host
// that already ships xstate or zod pays only for ours. Numbers are for importing everything an
// entry exports; a host that imports a few names tree-shakes to less.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const sdk = new URL('../../sdk/', import.meta.url);
const { name, exports } = JSON.parse(readFileSync(new URL('package.json', sdk), 'utf8'));

async function size(entry, external) {
  const result = await build({
    ...(entry.startsWith('./')
      ? { entryPoints: [new URL(entry, sdk).pathname] }
      : { stdin: { contents: entry, resolveDir: sdk.pathname } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    external: external ? ['xstate', 'xstate/*', 'zod', 'zod/*'] : [],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length / 1024, gzip: gzipSync(code, { level: 9 }).length / 1024 };
}

const rows = [];
for (const [subpath, target] of Object.entries(exports)) {
  if (typeof target === 'string') continue; // ./package.json: metadata, not code
  const [all, own] = await Promise.all([size(target.default, false), size(target.default, true)]);
  rows.push([
    subpath === '.' ? name : `${name}/${subpath.slice(2)}`,
    all.raw,
    all.gzip,
    own.raw,
    own.gzip,
  ]);
}

// What a page running one flow imports: named imports let the bundler drop the rest of the entry.
const typical = {
  'screening machine + selectors':
    "export { createScreeningMachine, currentQuestion, progress } from '@attune/sdk/screening'",
  'adjustment plan machine':
    "export { createAdjustmentPlanMachine } from '@attune/sdk/adjustments/plan'",
  'mentoring plan machine + record':
    "export { createMentoringPlanMachine, mentoringPlanRecord } from '@attune/sdk/mentoring'",
};
rows.push(['-- named imports, as a page uses them --']);
for (const [label, code] of Object.entries(typical)) {
  const [all, own] = await Promise.all([size(code, false), size(code, true)]);
  rows.push([label, all.raw, all.gzip, own.raw, own.gzip]);
}

const kb = (n) => n.toFixed(1).padStart(8);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(
  `${'entry point'.padEnd(width)}  ${'with deps (KB)'.padStart(18)}  ${'own code (KB)'.padStart(18)}`,
);
console.log(
  `${''.padEnd(width)}  ${'raw'.padStart(8)}  ${'gzip'.padStart(8)}  ${'raw'.padStart(8)}  ${'gzip'.padStart(8)}`,
);
for (const [entry, ...sizes] of rows)
  console.log(`${entry.padEnd(width)}  ${sizes.map(kb).join('  ')}`);
