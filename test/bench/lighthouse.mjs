// node test/bench/lighthouse.mjs (after npm run build) — Lighthouse mobile scores for the pages
// the budgets name, served from dist/ with gzip as a static host would. Lighthouse is not a
// dependency of Attune: install it anywhere once and say where, for example
//   npm i --prefix /tmp/lh lighthouse
//   LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse node test/bench/lighthouse.mjs
// It drives the Chromium at CHROME_PATH (default /usr/bin/chromium). Scores move with the
// machine's load: run it on an otherwise idle machine.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const lighthouse = process.env.LIGHTHOUSE ?? '/tmp/lh/node_modules/.bin/lighthouse';
if (!existsSync(lighthouse)) {
  console.error(
    `No Lighthouse at ${lighthouse}: npm i --prefix /tmp/lh lighthouse, or set LIGHTHOUSE`,
  );
  process.exit(1);
}
const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = [
  '/',
  '/training/',
  '/training/autism/',
  '/training/autism/understanding-autism/',
  '/screening/',
  '/mentoring/',
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

// A static host's behaviour: gzip for text, long caching for hashed assets (/_astro/).
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(dist, path));
  if (!file.startsWith(dist)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file);
  if (!found) file = join(dist, '404.html');
  const ext = extname(file);
  let body = readFileSync(file);
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    'cache-control': path.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(found ? 200 : 404, headers).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const out = mkdtempSync(join(tmpdir(), 'attune-lh-'));

console.log(`${'page'.padEnd(42)} perf  a11y  best-practices`);
for (const page of pages) {
  const report = join(out, `${page.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`);
  // Not execFileSync: the server answering Lighthouse runs in this same process.
  await promisify(execFile)(
    lighthouse,
    [
      `${origin}${page}`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
  const score = (id) => String(Math.round(categories[id].score * 100)).padStart(4);
  console.log(
    `${page.padEnd(42)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}`,
  );
  // What cost points, so a fall can be chased.
  const failed = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  if (failed.length) console.log(`${''.padEnd(42)} below 0.9: ${failed.join(', ')}`);
}
console.log(`Reports: ${out}`);
server.close();
