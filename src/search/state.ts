/**
 * The state of a search as it lives in the URL (`/suche/?q=verkehr&art=Initiative&sort=datum`),
 * so a search can be shared, bookmarked and reloaded, and its translation into Pagefind
 * options. Pure and free of DOM access: the build (search metadata) and the browser (search
 * page) share it.
 */

/** The facets, in display order. `key` is the Pagefind filter name and the URL parameter. */
export const FACETS = [
  { key: 'art', label: 'Art' },
  { key: 'feld', label: 'Handlungsfeld' },
  { key: 'stand', label: 'Stand' },
  { key: 'jahr', label: 'Jahr' },
  { key: 'gebiet', label: 'Gebiet' },
  // Who published the entry's sources: findable by filter, never as a body match.
  { key: 'quelle', label: 'Quelle' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/**
 * Pagefind's bundle as src/integrations/pagefind.ts writes it: the script and the WebAssembly
 * of its German index (`forceLanguage: 'de'`), which every search loads first.
 */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
export const PAGEFIND_WASM = '/pagefind/wasm.de.pagefind';

/** Pagefind sort key of press releases (ISO date, so text order is date order). */
export const DATE_SORT = 'date';

export type SortOrder = 'relevanz' | 'datum';

export interface SearchState {
  query: string;
  /** Selected values per facet; values within a facet are alternatives, facets narrow each other. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

const FACET_KEYS: readonly string[] = FACETS.map((facet) => facet.key);

export function isFacetKey(key: string): key is FacetKey {
  return FACET_KEYS.includes(key);
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of FACETS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values.sort((a, b) => a.localeCompare(b, 'de'));
  }
  return {
    query: (params.get('q') ?? '').trim().replace(/\s+/g, ' '),
    filters,
    sort: params.get('sort') === 'datum' ? 'datum' : 'relevanz',
  };
}

/** The canonical query string of a state: `q` first, facets in display order, values sorted. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { key } of FACETS) {
    for (const value of [...(state.filters[key] ?? [])].sort((a, b) => a.localeCompare(b, 'de')))
      params.append(key, value);
  }
  if (state.sort === 'datum') params.set('sort', 'datum');
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values && values.length > 0);
}

/** Something to search for: a query, or at least one filter (then Pagefind lists all matches). */
export function isActive(state: SearchState): boolean {
  return state.query !== '' || hasFilters(state);
}

export type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind filters for a state, optionally leaving one facet out (to count that facet's values). */
export function pagefindFilters(state: SearchState, without?: FacetKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const { key } of FACETS) {
    const values = state.filters[key];
    if (key !== without && values?.length) filters[key] = { any: values };
  }
  return filters;
}

export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> {
  return state.sort === 'datum' ? { [DATE_SORT]: 'desc' } : {};
}

export function toggleFilter(
  state: SearchState,
  key: FacetKey,
  value: string,
  on: boolean,
): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  if (current.size) filters[key] = [...current].sort((a, b) => a.localeCompare(b, 'de'));
  else delete filters[key];
  return { ...state, filters };
}

/** What the live region announces after a search, in German. */
export function resultMessage(count: number, state: SearchState): string {
  const hits = count === 0 ? 'Keine Treffer' : count === 1 ? '1 Treffer' : `${count} Treffer`;
  const query = state.query ? ` für „${state.query}“` : '';
  const active = FACETS.flatMap(({ key, label }) =>
    state.filters[key]?.length ? [`${label}: ${state.filters[key].join(' oder ')}`] : [],
  );
  const filtered = active.length ? ` (gefiltert nach ${active.join('; ')})` : '';
  const sorted = state.sort === 'datum' && count > 0 ? ', nach Datum sortiert' : '';
  return `${hits}${query}${filtered}${sorted}.`;
}
