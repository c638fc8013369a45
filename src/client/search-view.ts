import { COLLECTIONS, COLLECTION_NAMES } from '../vocabulary/collections.ts';
import { FACETS, type FacetKey, type SearchState } from '../search/state.ts';
import { excerptRange, headingRanges, type Excerpt, type WordRange } from './excerpt.ts';

/** DOM for the search page: results and facets, built from text nodes only (no innerHTML). */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text, and the word positions of the hits in it. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  /** Elements with an id in the indexed page; headings among them start sub-results. */
  anchors?: PagefindAnchor[];
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    locations?: number[];
    anchor?: PagefindAnchor;
  }[];
}

interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
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
  const words = data.content.trim().split(/\s+/);
  const headings = headingRanges(data.anchors ?? []);
  const excerpt = resultExcerpt(data, words, headings);
  if (excerpt) item.append(excerpt);
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
      subItem.append(subLink);
      // The section's own text, without its heading, which the link already shows.
      const from = sub.anchor?.location;
      const range =
        from === undefined
          ? undefined
          : excerptRange(headings, sub.locations ?? [], {
              start: from,
              end: Math.min(
                words.length,
                ...headings.filter((h) => h.start > from).map((h) => h.start),
              ),
            });
      if (range) subItem.append(': ', ...excerptNodes(words, range, sub.locations ?? []));
      subList.append(subItem);
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
  // A group with one value would filter nothing out („Stand: abgeschlossen (1)“); it stays
  // only while that value is chosen, so the reader can take the choice back.
  const groups = FACETS.flatMap(({ key, label }) => {
    const values = facetValues(state, key, counts[key] ?? {});
    return values.length > 1 || state.filters[key]?.length
      ? [renderFacet(state, key, label, values, open.has(key))]
      : [];
  });
  box.replaceChildren(
    ...(groups.length
      ? groups
      : [create('p', 'search-facet__none', 'Die Treffer unterscheiden sich in keinem Filter.')]),
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
 * shows title and summary anyway, so an excerpt that repeated them would say nothing new. Only
 * where the hits are in title or summary alone does the excerpt start there. A hit in a heading
 * alone gives no excerpt: the heading is listed among the matching sections. The excerpt stays
 * inside one section of the body (src/client/excerpt.ts).
 */
function resultExcerpt(
  data: PagefindResultData,
  words: string[],
  headings: WordRange[],
): HTMLParagraphElement | undefined {
  const summary = data.meta['summary'] ?? '';
  const summaryAt = summary ? data.content.indexOf(summary) : -1;
  const skip =
    summaryAt === -1
      ? 0
      : data.content
          .slice(0, summaryAt + summary.length)
          .trim()
          .split(/\s+/).length;
  const inText = (hit: number) => !headings.some((h) => hit >= h.start && hit < h.end);
  const start = data.locations.some((hit) => hit >= skip && inText(hit))
    ? skip
    : data.locations.some((hit) => hit < skip)
      ? 0
      : undefined;
  if (start === undefined) return undefined;
  const range = excerptRange(headings, data.locations, { start, end: words.length }, EXCERPT_WORDS);
  if (!range) return undefined;
  const paragraph = create('p', 'search-result__excerpt');
  paragraph.append(...excerptNodes(words, range, data.locations));
  return paragraph;
}

/** The words of a range as text and `<mark>` nodes, with „…“ where the section goes on. */
function excerptNodes(words: string[], range: Excerpt, hits: readonly number[]): (Node | string)[] {
  const marks = new Set(hits);
  const nodes: (Node | string)[] = range.cutBefore ? ['… '] : [];
  for (let index = range.start; index < range.end; index++) {
    if (index > range.start) nodes.push(' ');
    nodes.push(marks.has(index) ? create('mark', '', words[index]) : words[index]!);
  }
  if (range.cutAfter) nodes.push(' …');
  return nodes;
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
