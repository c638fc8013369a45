import { COLLECTIONS, COLLECTION_NAMES } from '../vocabulary/collections.ts';
import { FACETS, type FacetKey, type SearchState } from '../search/state.ts';

/** DOM for the search page: results and facets, built from text nodes only (no innerHTML). */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text, and the word positions of the hits in it. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** Facet values shown before the „… weitere“ disclosure. */
const FACET_PREVIEW = 8;
const EXCERPT_WORDS = 24;

/** Fixed display order of facet values where one exists; others go by count (years: newest first). */
const VALUE_ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  art: COLLECTION_NAMES.map((name) => COLLECTIONS[name].singular),
  // The labels of src/schemas/initiative.ts, written out: importing the schema would bundle zod.
  stand: ['geplant', 'laufend', 'abgeschlossen', 'eingestellt'],
};

export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = create('li', 'search-result');
  const kind = create('p', 'search-result__kind', data.meta['kind'] ?? '');
  if (data.meta['date']) {
    const time = create('time', '', data.meta['date']);
    if (data.meta['datetime']) time.dateTime = data.meta['datetime'];
    kind.append(' · ', time);
  }
  const heading = create('h3', 'search-result__title');
  const link = create('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(kind, heading);
  if (data.meta['summary'])
    item.append(create('p', 'search-result__summary', data.meta['summary']));
  const excerpt = bodyExcerpt(data);
  if (excerpt) item.append(excerpt);
  else if (data.excerpt.includes('<mark>'))
    item.append(marked(create('p', 'search-result__excerpt'), data.excerpt));
  const sections = data.sub_results
    .filter(
      (sub) =>
        sub.url.includes('#') &&
        (sub.locations?.length ?? 0) > 0 &&
        sub.title !== data.meta['title'],
    )
    .slice(0, 3);
  if (sections.length) {
    const subList = create('ul', 'search-result__sections');
    subList.setAttribute('aria-label', 'Passende Abschnitte');
    for (const sub of sections) {
      const subItem = create('li');
      const subLink = create('a', '', sub.title);
      subLink.href = sub.url;
      subItem.append(subLink, ': ');
      subList.append(marked(subItem, sub.excerpt));
    }
    item.append(subList);
  }
  return item;
}

/** Replaces the facets; keeps keyboard focus on the checkbox the reader just used. */
export function renderFacets(box: HTMLElement, state: SearchState, counts: FilterCounts): void {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && box.contains(active)
      ? { name: active.name, value: active.value }
      : undefined;
  const open = new Set(
    [...box.querySelectorAll('details[open]')].map((details) => details.getAttribute('data-facet')),
  );
  box.replaceChildren(
    ...FACETS.flatMap(({ key, label }) => {
      const values = facetValues(state, key, counts[key] ?? {});
      return values.length ? [renderFacet(state, key, label, values, open.has(key))] : [];
    }),
  );
  if (focused)
    box
      .querySelector<HTMLInputElement>(
        `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`,
      )
      ?.focus();
}

function facetValues(
  state: SearchState,
  key: FacetKey,
  counts: Record<string, number>,
): [string, number][] {
  const selected = state.filters[key] ?? [];
  const values = Object.entries(counts).filter(
    ([value, count]) => count > 0 || selected.includes(value),
  );
  for (const value of selected) if (!(value in counts)) values.push([value, 0]);
  const order = VALUE_ORDER[key];
  return values.sort(([a, countA], [b, countB]) =>
    order
      ? order.indexOf(a) - order.indexOf(b)
      : key === 'jahr'
        ? b.localeCompare(a)
        : countB - countA || a.localeCompare(b, 'de'),
  );
}

function renderFacet(
  state: SearchState,
  key: FacetKey,
  label: string,
  values: [string, number][],
  open: boolean,
): HTMLElement {
  const selected = state.filters[key] ?? [];
  const option = ([value, count]: [string, number]) => {
    const checkbox = create('input');
    checkbox.type = 'checkbox';
    checkbox.name = key;
    checkbox.value = value;
    checkbox.checked = selected.includes(value);
    const text = create('label');
    text.append(checkbox, ` ${value} `, create('span', 'search-facet__count', `(${count})`));
    const item = create('li');
    item.append(text);
    return item;
  };
  const shown = values.filter(
    ([value], index) => index < FACET_PREVIEW || selected.includes(value),
  );
  const rest = values.filter((entry) => !shown.includes(entry));
  const fieldset = create('fieldset', 'search-facet');
  const list = create('ul');
  list.append(...shown.map(option));
  fieldset.append(create('legend', '', label), list);
  if (rest.length) {
    const details = create('details');
    details.setAttribute('data-facet', key);
    details.open = open;
    const restList = create('ul');
    restList.append(...rest.map(option));
    details.append(create('summary', '', `${rest.length} weitere`), restList);
    fieldset.append(details);
  }
  return fieldset;
}

/**
 * The words around the first hit after the entry's header (kind, title, summary): the result
 * shows title and summary anyway, and Pagefind's own excerpt would mostly repeat them. Without
 * a hit in the body, the caller falls back to Pagefind's excerpt. Word positions count
 * whitespace-separated words of `content`, as Pagefind's excerpts do.
 */
function bodyExcerpt(data: PagefindResultData): HTMLParagraphElement | undefined {
  const summary = data.meta['summary'] ?? '';
  const summaryAt = summary ? data.content.indexOf(summary) : -1;
  const skip =
    summaryAt === -1
      ? 0
      : data.content
          .slice(0, summaryAt + summary.length)
          .trim()
          .split(/\s+/).length;
  const first = Math.min(...data.locations.filter((location) => location >= skip));
  if (!Number.isFinite(first)) return undefined;
  const words = data.content.trim().split(/\s+/);
  const start = Math.max(skip, first - 6);
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const hits = new Set(data.locations);
  const paragraph = create('p', 'search-result__excerpt');
  if (start > skip) paragraph.append('… ');
  for (let index = start; index < end; index++) {
    if (index > start) paragraph.append(' ');
    paragraph.append(hits.has(index) ? create('mark', '', words[index]) : words[index]!);
  }
  if (end < words.length) paragraph.append(' …');
  return paragraph;
}

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends Pagefind's excerpt (text with `<mark>` around hits) as text nodes and mark elements. */
function marked<T extends HTMLElement>(target: T, excerpt: string): T {
  excerpt.split(/<mark>(.*?)<\/mark>/s).forEach((part, index) => {
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    target.append(index % 2 ? create('mark', '', text) : text);
  });
  return target;
}
