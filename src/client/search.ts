/**
 * The search page in the browser. Our own small UI over Pagefind's JS API rather than
 * Pagefind's component UI: that UI alone is ~180 KB of script plus ~40 KB of CSS, keeps its
 * state outside the URL and brings its own markup and keyboard model; what is needed here
 * (query and facets in the URL, counts per facet, result kind/summary/date, arrow keys, one
 * live region) fits in a few kilobytes of code that uses no innerHTML (ready for a strict CSP
 * with Trusted Types). The page preloads Pagefind's code and WebAssembly (src/pages/suche/);
 * its index is fetched only once the reader uses search: a query in the URL, or focus in the
 * search field.
 *
 * Two Pagefind instances: Pagefind counts every value of every loaded filter on every search,
 * which at 10,000 entries costs ~150 ms per search. So the results come from an instance on
 * the main thread that loads a filter only when the reader filters by it (searches take a few
 * milliseconds), and the facet counts from a second instance in Pagefind's web worker that has
 * all filters loaded, off the main thread. The filters stay folded until the reader opens them
 * (or a filter is in the URL), so a plain query fetches Pagefind's code, WebAssembly and page
 * table once, not twice, and no filter index at all.
 */
import './trusted-types.ts';
import {
  FACETS,
  PAGEFIND_SCRIPT,
  isActive,
  isFacetKey,
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  resultMessage,
  stateFromParams,
  toggleFilter,
  type PagefindFilters,
  type SearchState,
} from '../search/state.ts';
import {
  renderFacets,
  renderResult,
  type FilterCounts,
  type PagefindResultData,
} from './search-view.ts';

interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: FilterCounts;
}

interface Pagefind {
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters: PagefindFilters; sort: Record<string, string> },
  ): Promise<PagefindResponse>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** A variable, so Vite leaves the import alone. */
const PAGEFIND_URL = PAGEFIND_SCRIPT;
/**
 * Results shown at once: about what a first screen holds, so a query loads only the fragments
 * (each carrying its entry's whole text, for the excerpt) of results the reader sees; Pagefind's
 * own interface shows five too. „Weitere Treffer zeigen“ adds `PAGE_SIZE` at a time.
 */
const FIRST_PAGE_SIZE = 5;
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

/**
 * Ranking (Pagefind adds each matched field's weight on top of the body's score): the title and
 * its extra terms (compound parts, abbreviations) count most, then a name's first word, so the
 * entry whose name starts with the query leads among title matches, then the summary, so an
 * entry that is about a word ranks above one that mentions it in passing. Extra body terms count
 * like body text; kind and date are shown, not ranked. Measured in tests/e2e/search.test.ts.
 */
const RANKING = {
  metaWeights: { title: 5, lead: 3, terms: 4, more: 1, kind: 0, summary: 2, date: 0, datetime: 0 },
};

const app = document.querySelector<HTMLElement>('#search-app');
if (app) startSearch(app);

function startSearch(root: HTMLElement): void {
  const element = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = element<HTMLFormElement>('#search-form');
  const input = element<HTMLInputElement>('#search-input');
  const sortSelect = element<HTMLSelectElement>('#search-sort');
  const facetsBox = element<HTMLElement>('#search-facets');
  const filterPanel = element<HTMLDetailsElement>('#search-filters');
  const status = element<HTMLElement>('#search-status');
  const list = element<HTMLOListElement>('#search-results');
  const moreButton = element<HTMLButtonElement>('#search-more');

  let state = stateFromParams(new URLSearchParams(location.search));
  let resultsEngine: Promise<Pagefind> | undefined;
  let facetsEngine: Promise<Pagefind> | undefined;
  let searchId = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResponse['results'] = [];

  root.hidden = false;
  filterPanel.open = Object.values(state.filters).some((values) => values?.length);
  syncControls();

  const pagefindModule = () => import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>;

  /** Results: on the main thread, so they never wait for the worker; filters loaded only when used. */
  function loadResults(): Promise<Pagefind> {
    resultsEngine ??= pagefindModule().then(async (pagefind) => {
      const engine = pagefind.createInstance({
        noWorker: true,
        excerptLength: 24,
        ranking: RANKING,
      });
      await engine.init();
      return engine;
    });
    return resultsEngine;
  }

  /** Facet counts: in Pagefind's worker, with every filter chunk loaded. */
  function loadFacets(): Promise<Pagefind> {
    facetsEngine ??= pagefindModule().then(async (pagefind) => {
      const engine = pagefind.createInstance({ ranking: RANKING });
      await engine.filters();
      return engine;
    });
    return facetsEngine;
  }

  /** Controls from the state, on load and on back/forward (never while the reader types). */
  function syncControls(): void {
    input.value = state.query;
    sortSelect.value = state.sort;
    updateFilterSummary();
  }

  function updateFilterSummary(): void {
    const chosen = Object.values(state.filters).reduce(
      (sum, values) => sum + (values?.length ?? 0),
      0,
    );
    filterPanel.querySelector('summary')!.textContent = chosen
      ? `Filter (${chosen} gewählt)`
      : 'Filter';
  }

  function updateUrl(mode: 'push' | 'replace' | 'none'): void {
    if (mode === 'none') return;
    const query = paramsFromState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  async function run(next: SearchState, mode: 'push' | 'replace' | 'none'): Promise<void> {
    clearTimeout(debounce);
    state = next;
    updateUrl(mode);
    updateFilterSummary();
    const id = ++searchId;
    if (!isActive(state)) {
      list.replaceChildren();
      facetsBox.replaceChildren();
      filterPanel.hidden = true;
      moreButton.hidden = true;
      status.textContent = '';
      root.dataset['searchState'] = 'idle';
      return;
    }
    filterPanel.hidden = false;
    root.setAttribute('aria-busy', 'true');
    root.dataset['searchState'] = 'busy';
    root.dataset['facetsState'] = 'busy';
    try {
      const engine = await loadResults();
      const term = state.query || null;
      const response = await engine.search(term, {
        filters: pagefindFilters(state),
        sort: pagefindSort(state),
      });
      if (id !== searchId) return;
      list.replaceChildren();
      pending = response.results;
      await showMore(id, false, FIRST_PAGE_SIZE);
      if (id !== searchId) return;
      status.textContent = resultMessage(response.results.length, state);
      root.dataset['searchState'] = 'done';
      // For scripts/bench.ts, which times a query from Enter to this event.
      root.dispatchEvent(
        new CustomEvent('search:rendered', {
          bubbles: true,
          detail: { query: state.query, count: response.results.length },
        }),
      );
      refreshFacets();
    } catch (error) {
      if (id !== searchId) return;
      status.textContent =
        'Die Suche ist gerade nicht verfügbar. Bitte laden Sie die Seite neu oder nutzen Sie die Übersichten.';
      root.dataset['searchState'] = 'error';
      throw error;
    } finally {
      if (id === searchId) root.removeAttribute('aria-busy');
    }
  }

  /**
   * Facet counts after the results, while the filter panel is open; a folded panel fetches
   * them when the reader opens it, which saves the worker and the filter index on a query.
   */
  function refreshFacets(): void {
    if (!filterPanel.open) {
      root.dataset['facetsState'] = 'deferred';
      return;
    }
    const id = searchId;
    updateFacets(id, state.query || null).catch((error: unknown) => {
      if (id !== searchId) return;
      facetsBox.replaceChildren();
      root.dataset['facetsState'] = 'error';
      console.error('Die Filter der Suche konnten nicht geladen werden.', error);
    });
  }

  /** Counts per facet value; a facet with a selection is counted without its own selection. */
  async function updateFacets(id: number, term: string | null): Promise<void> {
    const engine = await loadFacets();
    const counts: FilterCounts = {
      ...(await engine.search(term, { filters: pagefindFilters(state), sort: {} })).filters,
    };
    for (const { key } of FACETS) {
      if (!state.filters[key]?.length) continue;
      const others = await engine.search(term, { filters: pagefindFilters(state, key), sort: {} });
      counts[key] = others.filters[key] ?? {};
    }
    if (id !== searchId) return;
    renderFacets(facetsBox, state, counts);
    root.dataset['facetsState'] = 'done';
  }

  async function showMore(id: number, focusFirst: boolean, count = PAGE_SIZE): Promise<void> {
    const batch = pending.slice(0, count);
    pending = pending.slice(count);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return;
    const items = data.map(renderResult);
    list.append(...items);
    moreButton.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  // Typing searches as you go (and fetches the index chunks for what is typed so far);
  // Enter searches at once and makes a history entry.
  input.addEventListener('input', () => {
    const typed = input.value.trim();
    if (typed) void loadResults().then((engine) => engine.preload(typed));
    clearTimeout(debounce);
    debounce = setTimeout(
      () => void run({ ...state, query: input.value.trim().replace(/\s+/g, ' ') }, 'replace'),
      DEBOUNCE_MS,
    );
  });
  input.addEventListener('focus', () => void loadResults(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run({ ...state, query: input.value.trim().replace(/\s+/g, ' ') }, 'push');
  });
  facetsBox.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !isFacetKey(target.name)) return;
    void run(toggleFilter(state, target.name, target.value, target.checked), 'push');
  });
  sortSelect.addEventListener(
    'change',
    () => void run({ ...state, sort: sortSelect.value === 'datum' ? 'datum' : 'relevanz' }, 'push'),
  );
  moreButton.addEventListener('click', () => void showMore(searchId, true));
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open && root.dataset['facetsState'] === 'deferred') refreshFacets();
  });
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    syncControls();
    void run(state, 'none');
  });

  // Keyboard: `/` or Ctrl/Cmd+K jump to the search field, arrows walk the results, Enter opens one.
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash =
      event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    const target =
      event.key === 'ArrowDown'
        ? (links[index + 1] ?? (moreButton.hidden ? undefined : moreButton))
        : event.key === 'ArrowUp'
          ? (links[index - 1] ?? input)
          : event.key === 'Home'
            ? links[0]
            : event.key === 'End'
              ? links.at(-1)
              : event.key === 'Escape'
                ? input
                : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  function resultLinks(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
  }

  if (isActive(state)) void run(state, 'none');
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
