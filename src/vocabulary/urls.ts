import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { Slug } from './slugs.ts';

/** A path on this site, always with a trailing slash for pages. Only this module builds them. */
export type SitePath = string & { readonly __brand: 'SitePath' };

export function entryPath(collection: CollectionName, slug: Slug | string): SitePath {
  return `/${COLLECTIONS[collection].segment}/${slug}/` as SitePath;
}

export function collectionPath(collection: CollectionName): SitePath {
  return `/${COLLECTIONS[collection].segment}/` as SitePath;
}

/**
 * A page of one group of a long index, e.g. `/presse/jahr/2019/` and `/presse/jahr/2019/seite/2/`.
 * `facet` names what the group is (Jahr, Stand, Art), so the path cannot collide with an entry.
 */
export function groupPath(
  collection: CollectionName,
  facet: string,
  group: string,
  page = 1,
): SitePath {
  return `/${COLLECTIONS[collection].segment}/${facet}/${group}/${page > 1 ? `seite/${page}/` : ''}` as SitePath;
}

export function homePath(): SitePath {
  return '/' as SitePath;
}

export function searchPath(query?: string): SitePath {
  return (query ? `/suche/?q=${encodeURIComponent(query)}` : '/suche/') as SitePath;
}

/** Link to edit a content file on the Git host, e.g. `content/networks/uan.md`. */
export function editUrl(repositoryUrl: string, branch: string, file: string): string {
  return `${repositoryUrl.replace(/\/$/, '')}/edit/${branch}/${file}`;
}

/** The open-data page, or one of its files, e.g. `dataPath('initiativen.csv')`. */
export function dataPath(file?: string): SitePath {
  return (file ? `/daten/${file}` : '/daten/') as SitePath;
}

/** The pages about the site itself: legal notice, privacy, accessibility, about. */
export const INFO_PAGES = {
  imprint: { path: '/impressum/', title: 'Impressum' },
  privacy: { path: '/datenschutz/', title: 'Datenschutzerklärung' },
  accessibility: { path: '/barrierefreiheit/', title: 'Erklärung zur Barrierefreiheit' },
  about: { path: '/ueber/', title: 'Über den Atlas' },
} as const satisfies Record<string, { path: string; title: string }>;

export function infoPath(page: keyof typeof INFO_PAGES): SitePath {
  return INFO_PAGES[page].path as SitePath;
}

/** The RSS feed of all press releases. */
export function pressFeedPath(): SitePath {
  return `${collectionPath('press-releases')}feed.xml` as SitePath;
}

/** The RSS feed of the press releases about one entry: its page URL plus `feed.xml`. */
export function entryFeedPath(collection: CollectionName, slug: Slug | string): SitePath {
  return `${entryPath(collection, slug)}feed.xml` as SitePath;
}

/** Pages of pictures across the whole atlas. */
export function overviewPath(): SitePath {
  return '/uebersicht/' as SitePath;
}

export function timelinePath(): SitePath {
  return '/zeitleiste/' as SitePath;
}

export function matrixPath(): SitePath {
  return '/matrix/' as SitePath;
}

export function membershipsPath(): SitePath {
  return '/mitgliedschaften/' as SitePath;
}
