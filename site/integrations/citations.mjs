// @ts-check
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Citations in lessons and guidance are written `[@id]` (Pandoc's form, so the prose stays plain
 * Markdown), `[@a; @b]` for several, or `[@id, para 2]` with a pinpoint. Each id is an entry in
 * `content/sources/`; the page shows "(Author or publisher, year)" linked to that entry on the
 * sources page, and a citation standing alone in a list item (a guidance page's source list) shows
 * the full reference.
 */
export const CITATION = /\[@([a-z0-9-]+(?:, [^;\]@]+)?(?:; ?@[a-z0-9-]+(?:, [^;\]@]+)?)*)\]/g;

/** The ids and pinpoints in one citation's inside: `a, para 2; @b` gives two. */
export function citedIds(/** @type {string} */ inside) {
  return inside.split(/; ?@/).map((part) => {
    const [id, ...pin] = part.split(', ');
    return { id: /** @type {string} */ (id), pinpoint: pin.join(', ') || undefined };
  });
}

/**
 * How a source is named in running text: its short name if it has one (an Act), otherwise its
 * authors or publisher, and year ("n.d." for an undated page).
 * @param {{ short?: string | undefined, author?: string | undefined, publisher: string, year: number | null }} entry
 */
export function citeLabel(entry) {
  return entry.short ?? `${entry.author ?? entry.publisher}, ${entry.year ?? 'n.d.'}`;
}

/** @typedef {{ title: string, short?: string, author?: string, publisher: string, year: number | null }} Entry */

/** Reads the bibliography (already checked by its collection schema when the site builds). */
function readSources(/** @type {URL} */ dir) {
  /** @type {Map<string, Entry>} */
  const map = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    map.set(file.slice(0, -5), JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  return map;
}

/**
 * Links are written from the site's root (`/sources/#id`); the base-link plugin, which runs after
 * this one and sees the links it adds, serves them under `base`.
 * @param {Map<string, Entry>} sources
 */
function citationPlugin(sources) {
  /** @param {string} id */
  const entry = (id) => {
    const found = sources.get(id);
    if (!found) throw new Error(`Citation [@${id}]: no such source in content/sources/`);
    return found;
  };
  /** @param {string} id @param {unknown[]} children */
  const link = (id, children) => ({
    type: 'element',
    tagName: 'a',
    properties: { className: ['govuk-link'], href: `/sources/#${id}` },
    children,
  });
  /** @param {string} value */
  const text = (value) => ({ type: 'text', value });

  /** Splits text at its citations: "(A, 2021; B, 2020)" with each name a link. */
  function inline(/** @type {string} */ value) {
    /** @type {unknown[]} */
    const out = [];
    let last = 0;
    for (const m of value.matchAll(CITATION)) {
      if (m.index > last) out.push(text(value.slice(last, m.index)));
      out.push(text('('));
      citedIds(/** @type {string} */ (m[1])).forEach(({ id, pinpoint }, i) => {
        if (i) out.push(text('; '));
        out.push(link(id, [text(citeLabel(entry(id)))]));
        if (pinpoint) out.push(text(`, ${pinpoint}`));
      });
      out.push(text(')'));
      last = m.index + m[0].length;
    }
    if (last < value.length) out.push(text(value.slice(last)));
    return out;
  }

  /** A full reference: title (linked), authors, publisher, year. */
  function reference(/** @type {string} */ id) {
    const e = entry(id);
    return [
      link(id, [text(e.title)]),
      text(`, ${e.author ? `${e.author}, ` : ''}${e.publisher}, ${e.year ?? 'n.d.'}`),
    ];
  }

  const blocks = ['p', 'li', 'td', 'th'];
  /**
   * Replaces each text node holding a citation, in place, so that nested blocks (a list inside a
   * list item) are left to their own visit rather than rebuilt here.
   * @param {any} node
   * @param {{ replaceNode(node: unknown, next: unknown): void }} ctx
   */
  function walk(node, ctx) {
    for (const child of node.children ?? []) {
      if (child.type === 'text' && child.value.includes('[@'))
        ctx.replaceNode(child, inline(child.value));
      else if (child.type === 'element' && ![...blocks, 'a', 'code', 'pre'].includes(child.tagName))
        walk(child, ctx);
    }
  }

  return {
    name: 'attune:citations',
    element: {
      filter: blocks,
      /** @param {any} node @param {{ replaceNode(node: unknown, next: unknown): void }} ctx */
      visit(node, ctx) {
        const only = node.children?.length === 1 ? node.children[0] : undefined;
        const single = only?.type === 'text' ? /^\s*\[@([a-z0-9-]+)\]\s*$/.exec(only.value) : null;
        if (single && (node.tagName === 'li' || node.tagName === 'p'))
          ctx.replaceNode(only, reference(/** @type {string} */ (single[1])));
        else walk(node, ctx);
      },
    },
  };
}

/** Adds the citation plugin to Astro's Markdown processor; list it before `markdownBaseLinks()`. */
export function markdownCitations(/** @type {URL} */ sourcesDir) {
  return {
    name: 'attune:markdown-citations',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:setup': ({ config }) => {
        const options = /** @type {{ hastPlugins?: unknown[] } | undefined} */ (
          config.markdown.processor?.options
        );
        if (!options?.hastPlugins) throw new Error('Markdown: expected the Satteri processor');
        options.hastPlugins.push(citationPlugin(readSources(sourcesDir)));
      },
    },
  };
}
