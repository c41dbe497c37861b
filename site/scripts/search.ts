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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

export async function bindSearch(form: HTMLFormElement, status: HTMLElement, list: HTMLElement) {
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'need', 'setting']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && params.get(name)) field.value = params.get(name)!;
  }
  async function run() {
    const data = new FormData(form);
    const term = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const name of ['need', 'setting'])
      if (data.get(name)) filters[name] = String(data.get(name));
    const url = new URL(location.href);
    for (const name of ['q', 'need', 'setting']) {
      const value = name === 'q' ? term : filters[name];
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word or choose a filter to search.';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Searching…';
    const engine = await load();
    const found = await engine.search(term || null, { filters });
    const results = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
    status.textContent = `${found.results.length} ${found.results.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}${found.results.length > 30 ? ', showing the first 30' : ''}.`;
    list.replaceChildren(
      ...results.map((r) => {
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
      }),
    );
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).tagName === 'SELECT') void run();
  });
  if ([...params.keys()].length) await run();
}
