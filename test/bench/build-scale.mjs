// npm run bench:build — how the site build grows: pages built, build time (Astro + Pagefind) and
// Pagefind index size for the real site, then with 1,000 generated adjustment pages (made only in
// this run, through ATTUNE_BENCH_PAGES; nothing generated is shipped). Leaves the real build in dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);

function sizeOf(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    const s = statSync(full);
    return sum + (s.isDirectory() ? sizeOf(full) : s.size);
  }, 0);
}
const pagesIn = (dir) =>
  readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;

function build(extra) {
  const env = { ...process.env, ATTUNE_BENCH_PAGES: String(extra), ASTRO_TELEMETRY_DISABLED: '1' };
  const t0 = performance.now();
  execFileSync(bin('astro'), ['build', '--silent'], { cwd: root, env, stdio: 'ignore' });
  const t1 = performance.now();
  execFileSync(bin('pagefind'), ['--site', 'dist', '--silent'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  const t2 = performance.now();
  return {
    pages: pagesIn(join(root, 'dist')),
    astro: (t1 - t0) / 1000,
    pagefind: (t2 - t1) / 1000,
    index: sizeOf(join(root, 'dist/pagefind')) / 1024,
  };
}

execFileSync('npm', ['run', 'build:sdk', '--silent'], { cwd: root, stdio: 'ignore' });
const rows = [
  ['real site', build(0)],
  ['+1,000 generated adjustment pages', build(1000)],
  ['real site (rebuilt)', build(0)],
];
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(36)} ${String(r.pages).padStart(5)} pages  astro ${r.astro.toFixed(1).padStart(5)} s  pagefind ${r.pagefind.toFixed(1).padStart(4)} s  index ${r.index.toFixed(0).padStart(6)} KB`,
  );
}
const [, real] = rows[0],
  [, big] = rows[1];
console.log(
  `Growth: ${(big.pages / real.pages).toFixed(1)}× pages, ${((big.astro + big.pagefind) / (real.astro + real.pagefind)).toFixed(1)}× build time, ${(big.index / real.index).toFixed(1)}× index size`,
);
