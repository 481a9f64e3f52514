// Search with Pagefind, loaded only when someone searches. Results show their type, title and excerpt
// and link to the exact section (a template's or a step's anchor); filters come from the pages'
// metadata. If the index cannot load (a site opened from disk, say), the page says why and the list
// of everything below stays usable.
import { t } from './ui-strings.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 20;
const app = document.querySelector<HTMLElement>('[data-search-app]');
const field = document.querySelector<HTMLInputElement>('#site-search');

/** Pagefind wraps matches in <mark>; rebuild that safely from text, never through innerHTML. */
function appendExcerpt(target: HTMLElement, excerpt: string) {
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    // Inside an element: at the start of a document, the HTML parser drops leading spaces.
    const text = new DOMParser().parseFromString(`<p>${marked ? marked[1] : part}</p>`, 'text/html').body.textContent ?? '';
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      target.append(mark);
    } else target.append(text);
  }
}

/** `base` is the site's base path: the index stores URLs relative to the site's folder. */
async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  if (location.protocol === 'file:') throw new Error('file://');
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // noWorker: Pagefind would otherwise start a web worker, a second copy of its engine (43 KB more
  // to download before the first result) that a handbook's few thousand pages do not need.
  await module.options({ baseUrl: base, excerptLength: 24, noWorker: true });
  await module.init();
  return module;
}

if (app && field) {
  app.hidden = false;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterBox = app.querySelector<HTMLElement>('[data-search-filters]')!;
  const params = new URLSearchParams(location.search);
  field.value = params.get('q') ?? '';
  // Keyed by the URL's query (anything a link can say): no prototype, so `?f.constructor=x` is just a filter name.
  const chosen: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [key, value] of params) if (key.startsWith('f.')) (chosen[key.slice(2)] ??= []).push(value);

  status.textContent = t('search.loading');
  loadPagefind(app.dataset.bundle ?? '/pagefind/', app.dataset.base ?? '/')
    .then(async (pagefind) => {
      renderFilters(await pagefind.filters());
      let runs = 0;
      const run = async () => {
        const query = field.value.trim();
        const url = new URL(location.href);
        url.search = '';
        if (query) url.searchParams.set('q', query);
        for (const [name, values] of Object.entries(chosen)) for (const value of values) url.searchParams.append(`f.${name}`, value);
        history.replaceState(null, '', url);
        list.replaceChildren();
        if (!query && !Object.keys(chosen).length) {
          status.textContent = '';
          return;
        }
        const generation = ++runs;
        const search = await pagefind.search(query || null as unknown as string, { filters: chosen });
        if (generation !== runs) return; // a newer query has started: its results replace these
        // Twenty at a time: each result's data is a request of its own.
        const showFrom = async (start: number) => {
          const page = await Promise.all(search.results.slice(start, start + PAGE_SIZE).map((result) => result.data()));
          if (generation !== runs) return;
          list.append(...page.map(renderResult));
          const next = start + PAGE_SIZE;
          if (next >= search.results.length) return;
          const item = document.createElement('li');
          item.className = 'search-more';
          const more = document.createElement('button');
          more.type = 'button';
          more.className = 'button';
          more.textContent = t('search.more');
          more.addEventListener('click', async () => {
            item.remove();
            await showFrom(next);
            // Keyboard users carry on from the first of the new results.
            list.children[next]?.querySelector('a')?.focus();
          });
          item.append(more);
          list.append(item);
        };
        await showFrom(0);
        // The count is announced once the results it counts are on the page.
        if (generation !== runs) return;
        status.textContent = search.results.length ? t('search.results', { count: search.results.length, query }) : t('search.noResults', { query });
      };
      field.form?.addEventListener('submit', (event) => {
        event.preventDefault();
        void run();
      });
      let timer: number | undefined;
      field.addEventListener('input', () => {
        clearTimeout(timer);
        timer = window.setTimeout(run, 200);
      });
      filterBox.addEventListener('change', (event) => {
        const box = event.target as HTMLInputElement;
        const values = (chosen[box.name] ??= []);
        if (box.checked) values.push(box.value);
        else chosen[box.name] = values.filter((value) => value !== box.value);
        if (!chosen[box.name].length) delete chosen[box.name];
        void run();
      });
      await run();
    })
    .catch((error: unknown) => {
      status.textContent = t('search.unavailable', { reason: error instanceof Error ? error.message : String(error) });
    });

  function renderFilters(filters: Record<string, Record<string, number>>) {
    for (const [name, values] of Object.entries(filters)) {
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name;
      set.append(legend);
      for (const [value, count] of Object.entries(values)) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = chosen[name]?.includes(value) ?? false;
        label.append(box, ` ${value} (${count})`);
        set.append(label, document.createElement('br'));
      }
      filterBox.append(set);
    }
  }

  function renderResult(result: PagefindResultData) {
    const item = document.createElement('li');
    const type = document.createElement('span');
    type.className = 'result-type';
    type.textContent = result.meta.type ?? result.filters[Object.keys(result.filters)[0]]?.[0] ?? '';
    // The best section of the page (a template or a tree step) when Pagefind found one.
    const best = result.sub_results
      ?.filter((sub) => sub.url.includes('#'))
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    const link = document.createElement('a');
    link.href = best?.url ?? result.url;
    link.textContent = best && best.title !== result.meta.title ? `${result.meta.title} › ${best.title}` : (result.meta.title ?? result.url);
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, best?.excerpt ?? result.excerpt);
    item.append(type, link, excerpt);
    return item;
  }
}
