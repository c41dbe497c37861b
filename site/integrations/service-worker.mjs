// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pages a mentor or practitioner may need where there is no signal, from the site's root. */
export const OFFLINE_PAGES = ['/mentoring/', '/screening/'];

/**
 * Every file a page needs, from its HTML: scripts and the chunks they import (lazy ones too, so
 * the outcome and plan views open offline), stylesheets and the fonts and images they use.
 * Paths are as the browser asks for them, under `base` (`/` or, say, `/attune/`); `dist` holds
 * the files without it.
 * @param {string} dist
 * @param {string[]} pages
 * @param {string} [base]
 */
export function offlineFiles(dist, pages, base = '/') {
  const root = base.replace(/\/?$/, '/');
  const served = (/** @type {string} */ path) => root + path.replace(/^\//, '');
  const found = new Set(pages.map(served));
  const queue = [];
  for (const page of pages) {
    const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<script[^>]+src="(\/[^"/][^"]*)"/g)) queue.push(m[1]);
    for (const m of html.matchAll(/<link[^>]+href="(\/[^"/][^"]*)"/g))
      if (!m[0].includes('rel="canonical"')) queue.push(m[1]);
  }
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (found.has(file)) continue;
    if (!file.startsWith(root))
      throw new Error(
        `Offline cache: ${file} is linked from an offline page but is outside ${root}`,
      );
    const path = join(dist, file.slice(root.length));
    if (!existsSync(path))
      throw new Error(
        `Offline cache: ${file} is linked from an offline page but is not in the build`,
      );
    found.add(file);
    const dir = file.replace(/[^/]+$/, '');
    const text = /\.(js|css)$/.test(file) ? readFileSync(path, 'utf8') : '';
    if (file.endsWith('.js')) {
      // Static and dynamic imports between chunks are relative: from"./x.js", import("./x.js"), import(`./x.js`).
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
        queue.push(dir + m[1]);
    } else if (file.endsWith('.css')) {
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const url = m[1];
        if (url.startsWith('data:')) continue;
        // Browsers fetch only the font subsets a page's text needs; Latin ones are all that ours need.
        if (/\.woff2?$/.test(url) && (!url.endsWith('.woff2') || !url.includes('latin'))) continue;
        const target = url.startsWith('/') ? url : dir + url.replace(/^\.\//, '');
        // govuk-frontend's styles name images our pages never show (the crown, for one); the build leaves them out.
        if (target.startsWith(root) && existsSync(join(dist, target.slice(root.length))))
          queue.push(target);
      }
    }
  }
  return [...found].sort();
}

/** @param {string[]} files */
export function serviceWorkerSource(files) {
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
  return `// Written at build time by site/integrations/service-worker.mjs: it keeps the mentoring and
// screening pages and their files, so they open where there is no signal. It caches pages only,
// never answers, and answers only for the files below; everything else goes to the network as usual.
const CACHE = 'attune-offline-${version}';
const FILES = ${JSON.stringify(files)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('attune-offline-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname.replace(/index\\.html$/, '');
  if (!FILES.includes(path)) return;
  // The copy first: a poor signal must not leave a mentor waiting. A new build ships a new
  // worker with a new cache name, which replaces this one the next time the page opens.
  event.respondWith(caches.match(path, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
`;
}

/**
 * An Astro integration that writes dist/sw.js once the site is built. The worker sits at the
 * root of `base`, so its scope is the site and nothing else on the same host.
 */
export function serviceWorker() {
  let base = '/';
  return {
    name: 'attune:service-worker',
    hooks: {
      /** @param {{ config: { base: string } }} options */
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      /** @param {{ dir: URL, logger: { info(message: string): void } }} options */
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = offlineFiles(dist, OFFLINE_PAGES, base);
        writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(files));
        logger.info(`sw.js keeps ${files.length} files for use offline`);
      },
    },
  };
}
