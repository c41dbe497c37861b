import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from './crawl';
import { axe, newPage } from './browser';
import { serve } from './server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (name: string) => readFileSync(`${dist}${name}`, 'utf8');

/** The headers a Netlify or Cloudflare host would send for every path, read from `_headers`. */
function headersFile(): Record<string, string> {
  const [rule, ...lines] = read('_headers').trim().split('\n');
  expect(rule).toBe('/*');
  return Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
}

describe('security headers for static hosts', () => {
  it('carry the pages’ own CSP plus what a meta tag cannot, the same for every kind of host', () => {
    const headers = headersFile();
    const metas = new Set(
      filesUnder(dist)
        .filter((f) => f.endsWith('.html'))
        .map((f) =>
          /<meta http-equiv="content-security-policy" content="([^"]+)"/
            .exec(read(f))?.[1]
            ?.replace(/&#39;/g, "'"),
        ),
    );
    expect([...metas]).toHaveLength(1);
    const meta = [...metas][0]!.replace(/;\s*$/, '');
    expect(headers['Content-Security-Policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(headers).toMatchObject({
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    });
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\)/);
    const nginx = read('nginx-headers.conf');
    const apache = read('.htaccess');
    for (const [name, value] of Object.entries(headers)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(apache).toContain(`Header always set ${name} "${value}"`);
    }
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(apache).toContain('ErrorDocument 404 /404.html');
  });

  describe('served with those headers', () => {
    let server: Server;
    let url: string;
    let framer: Server;
    beforeAll(async () => {
      ({ server, url } = await serve(dist, '/', headersFile()));
    });
    afterAll(async () => {
      await new Promise((r) => server.close(r));
      if (framer) await new Promise((r) => framer.close(r));
    });

    it(
      'runs every kind of page with no policy violation: search, the screening, guidance, code',
      { timeout: 90_000 },
      async () => {
        const { context, page } = await newPage();
        await context.addInitScript(() => {
          (window as unknown as { violations: string[] }).violations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { violations: string[] }).violations.push(
              `${e.violatedDirective} ${e.blockedURI}`,
            ),
          );
        });
        const violations: string[] = [];
        for (const path of [
          '/',
          '/search/?q=court',
          '/screening/',
          '/mentoring/',
          '/adjustments/quiet-room/',
          '/developers/getting-started/',
          '/training/autism/',
        ]) {
          await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
          if (path.startsWith('/search/'))
            await expect
              .poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 })
              .toBeGreaterThan(0);
          for (const v of await page.evaluate(
            () => (window as unknown as { violations: string[] }).violations,
          ))
            violations.push(`${path}: ${v}`);
        }
        expect(violations).toEqual([]);
        await context.close();
      },
    );

    it('cannot be framed by another site', { timeout: 30_000 }, async () => {
      framer = createServer((_, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<iframe src="${url}/privacy/"></iframe>`),
      );
      await new Promise<void>((r) => framer.listen(0, '127.0.0.1', r));
      const address = framer.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const { context, page } = await newPage();
      await page.goto(`http://localhost:${port}/`);
      await page.waitForTimeout(500);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const text = frame
        ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')
        : '';
      expect(text).not.toContain('How Attune handles information');
      await context.close();
    });

    it('answers an unknown address with a 404 page that helps', { timeout: 30_000 }, async () => {
      const { context, page } = await newPage();
      const response = await page.goto(`${url}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('Page not found');
      expect(
        await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual(['/search/', '/']);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  });
});
