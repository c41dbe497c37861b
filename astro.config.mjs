// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { NodePackageImporter } from 'sass';

// Static site in site/, content in content/ (loaded by site/content.config.ts).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { inlineStylesheets: 'never', format: 'directory' },
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
    // modulePreload off: the only dynamic import is Pagefind's own script, which Vite must not wrap.
    build: { cssMinify: 'esbuild', modulePreload: false },
    css: { preprocessorOptions: { scss: { quietDeps: true, importers: [new NodePackageImporter()] } } },
  },
});
