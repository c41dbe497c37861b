// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { NodePackageImporter } from 'sass';
import { serviceWorker } from './site/integrations/service-worker.mjs';

// Static site in site/, content in content/ (loaded by site/content.config.ts).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), serviceWorker()],
  markdown: {
    // Code in the developer guides: a light theme whose every colour has at least 7:1 contrast on
    // white (WCAG AAA), as Shiki's bundled themes fall below 4.5:1 for some tokens.
    shikiConfig: {
      // The CSP allows no inline styles, so token colours become classes (styled in _attune.scss).
      transformers: [
        {
          name: 'attune:colour-classes',
          pre(node) {
            delete node.properties.style;
          },
          span(node) {
            const style = String(node.properties.style ?? '');
            delete node.properties.style;
            const colour = /color:#([0-9a-f]{6})/i.exec(style)?.[1]?.toLowerCase();
            const classes = [
              colour !== undefined && colour !== '0b0c0c' ? `attune-tok-${colour}` : null,
              /font-style:italic/.test(style) ? 'attune-tok-italic' : null,
              /font-weight:bold/.test(style) ? 'attune-tok-bold' : null,
            ].filter((c) => c !== null);
            if (classes.length) this.addClassToHast(node, classes);
          },
        },
      ],
      theme: {
        name: 'attune-light',
        type: 'light',
        colors: { 'editor.background': '#ffffff', 'editor.foreground': '#0b0c0c' },
        settings: [
          { settings: { foreground: '#0b0c0c', background: '#ffffff' } },
          {
            scope: ['comment', 'punctuation.definition.comment'],
            settings: { foreground: '#484949', fontStyle: 'italic' },
          },
          {
            scope: ['string', 'string.template', 'punctuation.definition.string'],
            settings: { foreground: '#005a30' },
          },
          {
            scope: [
              'keyword',
              'storage',
              'storage.type',
              'keyword.control',
              'keyword.operator.new',
            ],
            settings: { foreground: '#4c2c92' },
          },
          {
            scope: ['constant', 'constant.numeric', 'constant.language', 'support.constant'],
            settings: { foreground: '#003078' },
          },
          {
            scope: ['entity.name.function', 'support.function', 'meta.function-call'],
            settings: { foreground: '#80224d' },
          },
          {
            scope: ['entity.name.tag', 'entity.name.type', 'support.type'],
            settings: { foreground: '#0b0c0c', fontStyle: 'bold' },
          },
        ],
      },
    },
  },
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
    build: { cssMinify: 'esbuild' },
    css: {
      preprocessorOptions: { scss: { quietDeps: true, importers: [new NodePackageImporter()] } },
    },
  },
});
