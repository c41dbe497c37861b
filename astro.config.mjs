// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { NodePackageImporter } from 'sass';
import { serviceWorker } from './site/integrations/service-worker.mjs';
import { markdownBaseLinks, markdownProcessor } from './site/integrations/markdown.mjs';
import { markdownCitations } from './site/integrations/citations.mjs';
import { securityHeaders } from './site/integrations/security-headers.mjs';
import { devSearch } from './site/integrations/dev-search.mjs';

// Static site in site/, content in content/ (loaded by site/content.config.ts).
// Astro marks MDX modules with a directive the bundler cannot keep, and the bundler warns once per
// file (130 warnings a build); the directive is Astro's own and harmless, so only those are dropped.
// Astro gives each build environment its own bundler options (the page build does not inherit
// `build.rolldownOptions`), so the filter is added to every environment as it is configured.
/** @returns {import('vite').Plugin} */
function quietDirectivesEverywhere() {
  return {
    name: 'attune:quiet-module-directives',
    configEnvironment(_name, config) {
      const options = config.build?.rolldownOptions ?? {};
      const earlier = options.onwarn;
      return {
        build: {
          rolldownOptions: {
            onwarn(warning, warn) {
              if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
              if (earlier) earlier(warning, warn);
              else warn(warning);
            },
          },
        },
      };
    },
  };
}

export default defineConfig({
  // Where the site is published. Change it to your own address (or pass `--site` and `--base` to
  // `astro build`): the FHIR canonical URLs and the JSON Schemas' $ids are built from it.
  site: 'https://attune.example.org',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  // Preact draws the multi-step flows (site/flows/): first draw at build time, then updated in
  // place in the browser.
  integrations: [
    // Citations first: the base-link plugin then serves their links under `base`.
    markdownCitations(new URL('./content/sources/', import.meta.url)),
    markdownBaseLinks(),
    mdx(),
    preact(),
    serviceWorker(),
    securityHeaders(),
    devSearch(),
  ],
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
    // lightningcss rejects an old IE media-query hack inside govuk-frontend; esbuild minifies it as is.
    build: {
      cssMinify: 'esbuild',
    },
    plugins: [quietDirectivesEverywhere()],
    css: {
      preprocessorOptions: { scss: { quietDeps: true, importers: [new NodePackageImporter()] } },
    },
  },
});
