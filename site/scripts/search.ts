/**
 * Runs Pagefind in the page. Pagefind's own script and index load only when someone searches,
 * from this site, so nothing is requested elsewhere and other pages pay nothing for search.
 */
import { base, withBase } from '../routes';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindHit[] }>;
}
let pagefind: Promise<Pagefind> | undefined;
// A variable specifier keeps the bundler from rewriting this import: Pagefind's script is built
// after the site, so it is loaded from the built site at run time.
const importAtRunTime = (specifier: string) => import(/* @vite-ignore */ specifier);
const load = () =>
  (pagefind ??= (importAtRunTime(withBase('/pagefind/pagefind.js')) as Promise<Pagefind>).then(
    async (engine) => {
      // Pagefind indexes the built files, which know nothing of the path the site is served under.
      await engine.options({ baseUrl: base });
      return engine;
    },
  ));

/** How many results a page of results shows; "Show more results" adds as many again. */
export const PAGE_SIZE = 20;

/**
 * Pagefind finds only pages with every word of the search. A practitioner's words ("memory
 * court hearing") are rarely all on the one page they want, so each word is also searched on its
 * own and a page scores the sum of its scores for each word, each scaled to that word's best
 * match: pages with every word come first, and pages strong on most words are not lost.
 */
export async function rankedSearch(
  engine: Pick<Pagefind, 'search'>,
  term: string,
  filters: Record<string, string>,
): Promise<PagefindHit[]> {
  const words = [...new Set(term.toLowerCase().split(/\s+/).filter(Boolean))];
  if (words.length < 2) return (await engine.search(term || null, { filters })).results;
  const byWord = await Promise.all(words.map((w) => engine.search(w, { filters })));
  const total = new Map<string, { hit: PagefindHit; score: number }>();
  for (const { results } of byWord) {
    const best = results[0]?.score || 1;
    for (const hit of results) {
      const entry = total.get(hit.id) ?? { hit, score: 0 };
      entry.score += hit.score / best;
      total.set(hit.id, entry);
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score).map((e) => e.hit);
}

/** Pagefind excerpts are escaped text with <mark> around matches; keep only those marks. */
const decoder = document.createElement('textarea');
function excerptNode(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    // A textarea decodes entities without parsing tags, and keeps spaces at the edges.
    decoder.innerHTML = part;
    const text = document.createTextNode(decoder.value);
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      fragment.append(mark);
    } else fragment.append(text);
  }
  return fragment;
}

function resultItem(r: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'govuk-!-margin-bottom-5';
  const a = document.createElement('a');
  a.className = 'govuk-link govuk-!-font-weight-bold';
  a.href = r.url;
  a.textContent = r.meta.title?.replace(/ – Attune$/, '') ?? r.url;
  const p = document.createElement('p');
  p.className = 'govuk-body govuk-!-margin-bottom-0';
  p.append(excerptNode(r.excerpt));
  li.append(a, p);
  return li;
}

const FIELDS = ['q', 'need', 'setting', 'audience'] as const;

export async function bindSearch(
  form: HTMLFormElement,
  status: HTMLElement,
  list: HTMLElement,
  more: HTMLButtonElement,
) {
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && params.get(name)) field.value = params.get(name)!;
  }
  let hits: PagefindHit[] = [];
  let shown = 0;
  let run = 0;

  /** Adds the next page of results; the first page replaces the last search's, all at once. */
  async function showMore(first = false) {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const items = (await Promise.all(next.map((h) => h.data()))).map(resultItem);
    if (first) list.replaceChildren(...items);
    else list.append(...items);
    shown += next.length;
    more.hidden = shown >= hits.length;
    more.textContent = `Show more results (${hits.length - shown} more)`;
    return items;
  }

  async function search() {
    const mine = ++run;
    const data = new FormData(form);
    const term = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const name of ['need', 'setting', 'audience'])
      if (data.get(name)) filters[name] = String(data.get(name));
    const url = new URL(location.href);
    for (const name of FIELDS) {
      const value = name === 'q' ? term : filters[name];
      // Practitioners' pages are the default, so the address leaves that choice out.
      if (value && !(name === 'audience' && value === 'Practitioners'))
        url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    if (!term && !filters.need && !filters.setting) {
      status.textContent = 'Type a word or choose a filter to search.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const found = await rankedSearch(await load(), term, filters);
    if (mine !== run) return;
    hits = found;
    shown = 0;
    await showMore(true);
    status.textContent = `${hits.length} ${hits.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}.`;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).tagName === 'SELECT') void search();
  });
  more.addEventListener('click', async () => {
    const items = await showMore();
    // Keyboard and screen reader users carry on from the first new result.
    items[0]?.querySelector('a')?.focus();
  });
  if (params.get('q') || params.get('need') || params.get('setting')) await search();
}
