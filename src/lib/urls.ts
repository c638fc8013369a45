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
