// @ts-check
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

/**
 * Search in `npm start`. Pagefind indexes built HTML, which the dev server never writes, so the
 * search page would wait for an index that is not there. The first time the search page asks for
 * Pagefind, this reads the site's own pages from the dev server (following links from the home
 * page, inside `base`), indexes them in memory with Pagefind's Node API, and serves the index at
 * `<base>pagefind/`; that first search waits for it. Restart the dev server to index changed prose.
 */
export function devSearch() {
  let base = '/';
  /** @type {Promise<Map<string, Uint8Array>> | undefined} */
  let ready;
  /** @type {(index: () => Promise<Map<string, Uint8Array>>) => void} */
  let listening = () => {};
  /** Resolves, once the server listens, to a function that builds the index once. */
  const indexer = new Promise((resolve) => (listening = resolve));

  /** @param {string} origin @param {{ warn(m: string): void, info(m: string): void }} logger */
  async function build(origin, logger) {
    // The same settings as the `pagefind` command, which reads pagefind.json itself.
    const config = JSON.parse(readFileSync('pagefind.json', 'utf8'));
    const { index } = await pagefind.createIndex({ excludeSelectors: config.exclude_selectors });
    if (!index) throw new Error('Pagefind could not start');
    const seen = new Set([base]);
    const queue = [base];
    while (queue.length) {
      const path = /** @type {string} */ (queue.shift());
      const response = await fetch(origin + path).catch(() => null);
      if (!response?.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
      const html = await response.text();
      await index.addHTMLFile({ url: path, content: html });
      for (const m of html.matchAll(/<a\s[^>]*href="([^"#?]+)/g)) {
        const next = new URL(m[1], origin + path);
        if (next.origin !== origin || !next.pathname.startsWith(base)) continue;
        if (!next.pathname.endsWith('/') || seen.has(next.pathname)) continue;
        seen.add(next.pathname);
        queue.push(next.pathname);
      }
    }
    const { files } = await index.getFiles();
    logger.info(`search: indexed ${seen.size} pages for the dev server`);
    return new Map(files.map((f) => [f.path.replace(/^\//, ''), f.content]));
  }

  return {
    name: 'attune:dev-search',
    hooks: {
      /** @param {{ config: { base: string } }} options */
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      /** @param {{ server: { middlewares: { use(fn: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void): void } } }} options */
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://x').pathname;
          if (!path.startsWith(prefix)) return next();
          void indexer.then(async (index) => {
            const file = (await index()).get(path.slice(prefix.length));
            if (!file) return void res.writeHead(404).end();
            const type = path.endsWith('.js')
              ? 'text/javascript'
              : path.endsWith('.css')
                ? 'text/css'
                : path.endsWith('.wasm')
                  ? 'application/wasm'
                  : 'application/octet-stream';
            res.writeHead(200, { 'content-type': type }).end(file);
          });
        });
      },
      /** @param {{ address: { address: string, port: number, family: string }, logger: { warn(m: string): void, info(m: string): void } }} options */
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        listening(
          () =>
            (ready ??= build(`http://${host}:${address.port}`, logger).catch((error) => {
              logger.warn(`search is not available in the dev server: ${error.message}`);
              return new Map();
            })),
        );
      },
      'astro:server:done': async () => {
        await pagefind.close();
      },
    },
  };
}
