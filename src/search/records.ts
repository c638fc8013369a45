import { escapeAttribute, escapeText } from 'entities';
import { COLLECTIONS } from '../vocabulary/collections.ts';
import { formatDate, yearOf, type PartialDate } from '../vocabulary/dates.ts';
import { kindLabel, statusLabel } from '../schemas/labels.ts';
import { DATE_SORT, type FacetKey } from './state.ts';
import { searchTerms, type SearchTerms } from './terms.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { entryPath } from '../vocabulary/urls.ts';
import type { TypedData } from '../schemas/index.ts';
import type { SearchBlock } from '../vocabulary/search-blocks.ts';

/**
 * What the search index learns about an entry: the text a reader sees (title, summary,
 * body), the facets it belongs to (among them who published its sources), the metadata a result
 * shows (kind, summary, date), the
 * sort key of press releases and the extra terms of src/search/terms.ts. Built by the
 * loader from the knowledge base, so Pagefind never re-reads the built pages.
 */
export interface SearchRecord {
  url: string;
  title: string;
  summary: string;
  meta: Record<string, string>;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: Record<string, string>;
  /** The body as headings and the text below each (src/markdown/search-text.ts). */
  body: SearchBlock[];
}

type Subject = TypedData & { slug: Slug };

/** Actors that are a territory, and so an area an entry can be about. */
const TERRITORIAL_KINDS = new Set(['municipality', 'district', 'region', 'state']);

function isTerritory(entry: Subject): boolean {
  return entry.collection === 'actors' && TERRITORIAL_KINDS.has(entry.data.kind);
}

/**
 * The extra terms of an entry (compound parts, abbreviations, SDGs): they depend on the entry
 * alone, so the loader works them out while it reads the file, on whichever core reads it.
 */
export function entryTerms(item: TypedData, text: string): SearchTerms {
  const extra =
    item.collection === 'action-fields' && item.data.sdgs?.length
      ? ['sdg', ...item.data.sdgs.map((goal) => `sdg${goal}`)]
      : [];
  return searchTerms({ title: item.data.title, summary: item.data.summary, text, extra });
}

export function searchRecord(
  item: Subject,
  lookup: (slug: Slug) => Subject,
  terms: SearchTerms,
  body: SearchBlock[],
): SearchRecord {
  const titles = (
    slugs: readonly Slug[] | undefined,
    keep: (entry: Subject) => boolean = () => true,
  ) => [
    ...new Set(
      (slugs ?? [])
        .map(lookup)
        .filter(keep)
        .map((entry) => entry.data.title),
    ),
  ];
  const singular = COLLECTIONS[item.collection].singular;
  const filters: SearchRecord['filters'] = {
    art: [singular],
    quelle: sourceNames(item.data.sources),
  };
  const meta: Record<string, string> = { kind: kindText(item), summary: item.data.summary };
  // A press release's headline is a sentence; the other titles are names.
  if (item.collection !== 'press-releases') meta['lead'] = titleStart(item.data.title);
  const sort: Record<string, string> = {};
  const setDate = (shown: string, datetime: PartialDate) => {
    meta['date'] = shown;
    meta['datetime'] = datetime;
  };

  switch (item.collection) {
    case 'initiatives': {
      const { status, started, ended } = item.data;
      filters.stand = [statusLabel(status)];
      filters.feld = titles(item.data.actionFields);
      filters.gebiet = titles(item.data.areas);
      if (started)
        setDate(
          ended ? `${formatDate(started)} – ${formatDate(ended)}` : `seit ${formatDate(started)}`,
          started,
        );
      break;
    }
    case 'networks':
      filters.feld = titles(item.data.actionFields);
      filters.gebiet = titles(item.data.areas);
      if (item.data.founded)
        setDate(`gegründet ${formatDate(item.data.founded)}`, item.data.founded);
      break;
    case 'action-fields':
      filters.feld = [item.data.title];
      break;
    case 'actors':
      if (isTerritory(item)) filters.gebiet = [item.data.title];
      break;
    case 'press-releases': {
      const { date, about } = item.data;
      filters.jahr = [String(yearOf(date))];
      filters.feld = titles(about, (entry) => entry.collection === 'action-fields');
      filters.gebiet = titles(about, isTerritory);
      setDate(formatDate(date), date);
      sort[DATE_SORT] = date;
      break;
    }
  }

  const { terms: titleTerms, more } = terms;
  if (titleTerms.length) meta['terms'] = titleTerms.join(' ');
  if (more.length) meta['more'] = more.join(' ');
  for (const key of Object.keys(filters) as FacetKey[])
    if (!filters[key]?.length) delete filters[key];
  return {
    url: entryPath(item.collection, item.slug),
    title: item.data.title,
    summary: item.data.summary,
    meta,
    filters,
    sort,
    body,
  };
}

/**
 * The first word of a name, ranked as a field of its own: of the entries whose names all contain
 * „Metropolregion“, the one whose name starts with it is most likely what the reader means.
 */
export function titleStart(title: string): string {
  return /[\p{L}\p{N}][\p{L}\p{N}.&-]*/u.exec(title)?.[0] ?? '';
}

/** Who published each source, or its title where the publisher is not recorded. */
function sourceNames(sources: TypedData['data']['sources']): string[] {
  return [...new Set((sources ?? []).map((source) => source.publisher ?? source.title))];
}

/** „Initiative · laufend“, „Netzwerk · Verein“, „Akteur · Kommune“, „Handlungsfeld“. */
function kindText(item: Subject): string {
  const singular = COLLECTIONS[item.collection].singular;
  const detail =
    item.collection === 'initiatives' ? statusLabel(item.data.status) : kindLabel(item);
  return detail && detail !== singular ? `${singular} · ${detail}` : singular;
}

/**
 * The page Pagefind indexes for an entry: title, summary and body, which is what describes
 * the entry; metadata, filters and sort keys as Pagefind attributes. Labels, facts, sources
 * and related lists of the real page stay out, so they never match as body text. The body is
 * its search text, not the page's HTML: each heading an element of its own with the id it has
 * on the page (Pagefind's sub-results link there), the text between headings one paragraph of
 * sentences (table rows, list items and paragraphs each end with a full stop).
 */
export function searchDocument(record: SearchRecord): string {
  const data = [
    ...Object.entries(record.meta).map(
      ([key, value]) =>
        `<data data-pagefind-meta="${key}[value]" value="${escapeAttribute(value)}"></data>`,
    ),
    ...Object.entries(record.filters).flatMap(([key, values]) =>
      values.map(
        (value) =>
          `<data data-pagefind-filter="${key}[value]" value="${escapeAttribute(value)}"></data>`,
      ),
    ),
    ...Object.entries(record.sort).map(
      ([key, value]) =>
        `<data data-pagefind-sort="${key}[value]" value="${escapeAttribute(value)}"></data>`,
    ),
  ].join('');
  const body = record.body
    .map(({ heading, text }) =>
      heading
        ? `<h${heading.depth}${heading.id ? ` id="${escapeAttribute(heading.id)}"` : ''}>${escapeText(text)}</h${heading.depth}>`
        : `<p>${escapeText(text)}</p>`,
    )
    .join('');
  return `<!doctype html><html lang="de"><head><title>${escapeText(record.title)}</title></head><body><main data-pagefind-body><h1>${escapeText(record.title)}</h1><p>${escapeText(record.summary)}</p>${body}<div hidden data-pagefind-ignore>${data}</div></main></body></html>`;
}
