// @ts-check
import {
  satteri,
  satteriCreateHighlightFn,
  satteriHighlightPlugin,
} from '@astrojs/markdown-satteri';

/**
 * Code in the developer guides: a light theme whose every colour has at least 7:1 contrast on
 * white (WCAG AAA), as Shiki's bundled themes fall below 4.5:1 for some tokens.
 * @type {import('shiki').ThemeRegistration}
 */
const attuneLight = {
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
      scope: ['keyword', 'storage', 'storage.type', 'keyword.control', 'keyword.operator.new'],
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
};

/** @type {import('shiki').ShikiTransformer} */
const colourClasses = {
  // The CSP allows no inline styles, so token colours become classes (styled in _attune.scss).
  name: 'attune:colour-classes',
  pre(node) {
    delete node.properties.style;
  },
  span(node) {
    const style = String(node.properties.style ?? '');
    delete node.properties.style;
    const colour = /color:#([0-9a-f]{6})/i.exec(style)?.[1]?.toLowerCase();
    const classes = /** @type {string[]} */ (
      [
        colour !== undefined && colour !== '0b0c0c' ? `attune-tok-${colour}` : null,
        /font-style:italic/.test(style) ? 'attune-tok-italic' : null,
        /font-weight:bold/.test(style) ? 'attune-tok-bold' : null,
      ].filter((c) => c !== null)
    );
    if (classes.length) this.addClassToHast(node, classes);
  },
};

/**
 * Prose links written from the site's root (`[interop](/developers/interop/)`) are served under
 * `base`, so the guides work when the site lives at, say, `/attune/`.
 * @param {string} base
 */
function baseLinks(base) {
  const root = base.replace(/\/?$/, '/');
  return {
    name: 'attune:base-links',
    element: {
      filter: ['a'],
      /** @param {{ properties?: Record<string, unknown> }} node @param {{ setProperty(node: unknown, key: string, value: string): void }} ctx */
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//'))
          ctx.setProperty(node, 'href', root + href.slice(1));
      },
    },
  };
}

/**
 * Markdown and MDX through Astro's own processor, with Shiki run as a plugin rather than by
 * `syntaxHighlight`: the output is the same, but Astro no longer warns on every build that
 * Shiki's inline styles break the CSP, which our transformer already removes.
 */
export async function markdownProcessor() {
  const highlight = await satteriCreateHighlightFn('shiki', {
    theme: attuneLight,
    transformers: [colourClasses],
    langs: [],
    themes: {},
    langAlias: {},
    wrap: false,
  });
  if (!highlight) throw new Error('Shiki did not load');
  return satteri({ hastPlugins: [satteriHighlightPlugin(highlight, [])] });
}

/** Adds the base-aware link plugin once Astro knows `base` (from the config or `--base`). */
export function markdownBaseLinks() {
  return {
    name: 'attune:markdown-base-links',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:setup': ({ config }) => {
        // The Satteri processor made by markdownProcessor(); its plugin list is read at render time.
        const options = /** @type {{ hastPlugins?: unknown[] } | undefined} */ (
          config.markdown.processor?.options
        );
        if (!options?.hastPlugins) throw new Error('Markdown: expected the Satteri processor');
        options.hastPlugins.push(baseLinks(config.base));
      },
    },
  };
}
