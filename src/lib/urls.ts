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
