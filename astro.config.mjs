// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { NodePackageImporter } from 'sass';
import { serviceWorker } from './site/integrations/service-worker.mjs';
import { markdownBaseLinks, markdownProcessor } from './site/integrations/markdown.mjs';
import { securityHeaders } from './site/integrations/security-headers.mjs';
import { devSearch } from './site/integrations/dev-search.mjs';

// Static site in site/, content in content/ (loaded by site/content.config.ts).
export default defineConfig({
  // Where the site is published. Change it to your own address (or pass `--site` and `--base` to
  // `astro build`): the FHIR canonical URLs and the JSON Schemas' $ids are built from it.
  site: 'https://attune.example.org',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [markdownBaseLinks(), mdx(), serviceWorker(), securityHeaders(), devSearch()],
  markdown: { syntaxHighlight: false, processor: await markdownProcessor() },
  build: { inlineStylesheets: 'never', format: 'directory' },
  // A build prints only what needs attention (warnings and errors), not a line per page;
  // `astro build --verbose` shows everything. Other commands keep Astro's usual output.
  logger: {
    entrypoint: 'astro/logger/node',
    config: {
      level: process.argv.includes('--verbose')
        ? 'debug'
        : process.argv.includes('build')
          ? 'warn'
          : 'info',
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    // Everything comes from the site itself: no third-party scripts, styles, fonts or requests.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search index runs as WebAssembly, which CSP must allow by name.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [
      {
        // Vite wraps every dynamic import in a preload helper (about 0.5 KB gzip) that loads the
        // chunk's CSS and dependencies first. Our lazy chunks have neither, so the site's own
        // modules use plain import() and the /screening/ page stays inside its JavaScript budget.
        name: 'attune:plain-dynamic-import',
        enforce: 'post',
        apply: 'build',
        renderChunk(code) {
          if (!code.includes('__VITE_PRELOAD__') && !code.includes('__vitePreload')) return null;
          // __vitePreload(async () => { … await import(x) … }, __VITE_PRELOAD__) becomes (async () => { … })().
          const plain = code
            .replace(/__vitePreload\(/g, '(')
            .replace(/,\s*__VITE_PRELOAD__(?:\s*,\s*import\.meta\.url)?\s*\)/g, ')()');
          return plain === code ? null : { code: plain, map: null };
        },
      },
    ],
    // lightningcss rejects an old IE media-query hack inside govuk-frontend; esbuild minifies it as is.
    build: {
      cssMinify: 'esbuild',
      rollupOptions: {
        // Astro marks MDX modules with a directive the bundler cannot keep and warns once per
        // file (a hundred lines of noise per build); the directive is Astro's own and harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    css: {
      preprocessorOptions: { scss: { quietDeps: true, importers: [new NodePackageImporter()] } },
    },
  },
});
