// @ts-check
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Headers a static host should send with every file. A <meta> CSP cannot say who may frame the
 * page, and the others have no meta form at all, so they go in the host's configuration.
 */
export const OTHER_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // Nothing on the site uses these; saying so stops an injected script from asking for them.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // frame-ancestors below does this for current browsers; this is for older ones.
  'X-Frame-Options': 'DENY',
};

/**
 * The policy Astro wrote into the built pages' CSP meta tag (the same on every page: Astro lists
 * every inline script's hash on each), plus `frame-ancestors 'none'`, which only a header can carry.
 * @param {string} html
 */
export function headerPolicy(html) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
  if (!meta) throw new Error('Security headers: the page has no CSP meta tag');
  const policy = meta
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return `${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/**
 * Every header, for one policy.
 * @param {string} policy
 * @returns {[string, string][]}
 */
export const allHeaders = (policy) => [
  ['Content-Security-Policy', policy],
  ...Object.entries(OTHER_HEADERS),
];

/**
 * The same headers for three kinds of host: `_headers` (Netlify, Cloudflare Pages), an nginx
 * snippet to `include` in the site's `location`, and Apache's `.htaccess` (needs mod_headers).
 * @param {string} policy @param {string} base
 */
export function hostFiles(policy, base) {
  const headers = allHeaders(policy);
  const root = base.replace(/\/?$/, '/');
  return {
    _headers: `${root}*\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`,
    'nginx-headers.conf': [
      '# Written by site/integrations/security-headers.mjs at build time; include it inside the',
      `# location that serves ${root}. "always" sends the headers on error pages too.`,
      ...headers.map(([k, v]) => `add_header ${k} "${v}" always;`),
      `error_page 404 ${root}404.html;`,
      '',
    ].join('\n'),
    '.htaccess': [
      '# Written by site/integrations/security-headers.mjs at build time (needs mod_headers).',
      '<IfModule mod_headers.c>',
      ...headers.map(([k, v]) => `  Header always set ${k} "${v}"`),
      '</IfModule>',
      `ErrorDocument 404 ${root}404.html`,
      '',
    ].join('\n'),
  };
}

/** An Astro integration that writes the host files next to the built site. */
export function securityHeaders() {
  let base = '/';
  return {
    name: 'attune:security-headers',
    hooks: {
      /** @param {{ config: { base: string } }} options */
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const policy = headerPolicy(readFileSync(join(dist, 'index.html'), 'utf8'));
        for (const [name, text] of Object.entries(hostFiles(policy, base)))
          writeFileSync(join(dist, name), text);
      },
    },
  };
}
