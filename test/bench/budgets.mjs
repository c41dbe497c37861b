// npm run budgets (after npm run build) — gzip size of the JavaScript each kind of page loads,
// against the budgets: /screening/ and /mentoring/ at most 30 KB in total, content pages under 5 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Gzip size of the scripts written into the page itself: small modules Astro inlines, and the
 * island loader (<astro-island> and its client:load directive), which are classic scripts. */
function inlineOf(page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  return [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + gzipSync(m[1], { level: 9 }).length,
    0,
  );
}

/** Every script file a page loads, following static imports between chunks. */
function scriptsOf(page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const seen = new Set();
  const queue = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    // An island loads its component and its renderer (Preact) itself, as soon as the page does.
    ...[...html.matchAll(/<astro-island[^>]+?(?:component|renderer)-url="([^"]+)"/g)].map(
      (m) => m[1],
    ),
    ...[...html.matchAll(/<astro-island[^>]+?renderer-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  while (queue.length) {
    const src = queue.shift();
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      queue.push(src.replace(/[^/]+$/, m[1]));
  }
  return [...seen];
}

const pages = [
  ['/', 5],
  ['/screening/', 30],
  ['/adjustments/text-reminders/', 5],
  ['/privacy/', 5],
  ['/training/autism/understanding-autism/', 5],
  ['/training/autism/', null],
  ['/mentoring/', 30],
  ['/follow-up/review/', null],
  ['/follow-up/compare/', null],
  ['/follow-up/referral/', null],
  ['/follow-up/passport/', null],
  ['/developers/', 5],
  ['/search/', null],
  ['/cases/', null],
];
for (const [page, budgetKb] of pages) {
  const total = scriptsOf(page).reduce((sum, f) => sum + gz(f), inlineOf(page));
  const kb = total / 1024;
  const verdict =
    budgetKb === null
      ? '(app page, no budget set)'
      : `(budget ${budgetKb} KB) ${kb <= budgetKb ? 'within' : 'OVER'}`;
  console.log(`${page.padEnd(40)} ${kb.toFixed(1).padStart(5)} KB gzip JS  ${verdict}`);
}
