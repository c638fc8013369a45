import { COLLECTIONS } from '../lib/collections.ts';
import { formatDate, yearOf, type PartialDate } from '../lib/dates.ts';
import { DATE_SORT, type FacetKey } from '../lib/search-state.ts';
import { searchTerms } from '../lib/search-terms.ts';
import type { Slug } from '../lib/slugs.ts';
import type { Atlas, AtlasEntry } from './atlas.ts';
import { kindLabel, statusLabel } from './present.ts';

/**
 * What the search index learns about an entry beyond its visible text: the facets it
 * belongs to, the metadata a result shows (kind, summary, date), the sort key of press
 * releases and the extra terms of src/lib/search-terms.ts. Plain data; SearchMeta.astro
 * writes it into the page as Pagefind attributes.
 */
export interface SearchMetaData {
  /** Pagefind metadata; `title` comes from the page's h1. */
  meta: Record<string, string>;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: Record<string, string>;
}

/** Actors that are a territory, and so an area an entry can be about. */
const TERRITORIAL_KINDS = new Set(['municipality', 'district', 'region', 'state']);

export function searchMeta(atlas: Atlas, item: AtlasEntry): SearchMetaData {
  const data = item.entry.data as Record<string, unknown>;
  const refs = (field: string) => ((data[field] as Slug[] | undefined) ?? []).map((slug) => atlas.get(slug));
  const titles = (entries: readonly AtlasEntry[]) => [...new Set(entries.map((entry) => entry.title))];
  const isTerritory = (entry: AtlasEntry) =>
    entry.collection === 'actors' && TERRITORIAL_KINDS.has((entry.entry.data as { kind: string }).kind);

  const singular = COLLECTIONS[item.collection].singular;
  const filters: SearchMetaData['filters'] = { art: [singular] };
  const meta: Record<string, string> = { kind: kindText(item), summary: item.summary };
  const sort: Record<string, string> = {};
  const extra: string[] = [];

  switch (item.collection) {
    case 'initiatives':
      filters.stand = [statusLabel(data['status'] as string)];
      filters.feld = titles(refs('actionFields'));
      filters.gebiet = titles(refs('areas'));
      if (typeof data['started'] === 'string') {
        const started = data['started'] as PartialDate;
        const ended = data['ended'] as PartialDate | undefined;
        setDate(meta, ended ? `${formatDate(started)} – ${formatDate(ended)}` : `seit ${formatDate(started)}`, started);
      }
      break;
    case 'networks':
      filters.feld = titles(refs('actionFields'));
      filters.gebiet = titles(refs('areas'));
      if (typeof data['founded'] === 'string') setDate(meta, `gegründet ${formatDate(data['founded'] as PartialDate)}`, data['founded']);
      break;
    case 'action-fields': {
      filters.feld = [item.title];
      const sdgs = (data['sdgs'] as number[] | undefined) ?? [];
      if (sdgs.length) extra.push('sdg', ...sdgs.map((goal) => `sdg${goal}`));
      break;
    }
    case 'actors':
      if (isTerritory(item)) filters.gebiet = [item.title];
      break;
    case 'press-releases': {
      const date = data['date'] as PartialDate;
      const about = refs('about');
      filters.jahr = [String(yearOf(date))];
      filters.feld = titles(about.filter((entry) => entry.collection === 'action-fields'));
      filters.gebiet = titles(about.filter(isTerritory));
      setDate(meta, formatDate(date), date);
      sort[DATE_SORT] = date;
      break;
    }
  }

  const { terms, more } = searchTerms({ title: item.title, summary: item.summary, body: item.entry.body ?? '', extra });
  if (terms.length) meta['terms'] = terms.join(' ');
  if (more.length) meta['more'] = more.join(' ');
  for (const key of Object.keys(filters) as FacetKey[]) if (!filters[key]?.length) delete filters[key];
  return { meta, filters, sort };
}

/** „Initiative · laufend“, „Netzwerk · Verein“, „Akteur · Kommune“, „Handlungsfeld“. */
function kindText(item: AtlasEntry): string {
  const singular = COLLECTIONS[item.collection].singular;
  const data = item.entry.data as Record<string, unknown>;
  const detail = item.collection === 'initiatives' ? statusLabel(data['status'] as string) : kindLabel(item);
  return detail && detail !== singular ? `${singular} · ${detail}` : singular;
}

/** The date a result shows („17. November 2023“, „seit Februar 2019“) and its machine form. */
function setDate(meta: Record<string, string>, text: string, datetime: string): void {
  meta['date'] = text;
  meta['datetime'] = datetime;
}
