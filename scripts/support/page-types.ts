import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';

/**
 * The kinds of page the site builds, told apart by URL alone, with the template that
 * renders each: what the check needs to sample one page per kind and to name the file
 * behind a problem it finds in the built site.
 */
export interface PageType {
  /** Stable key, e.g. `start`, `index:netzwerke`, `entry:netzwerke`. */
  key: string;
  template: string;
}

const bySegment = new Map(COLLECTION_NAMES.map((name) => [COLLECTIONS[name].segment, name]));

export function pageTypeOf(pagePath: string): PageType | undefined {
  if (pagePath === '/') return { key: 'start', template: 'src/pages/index.astro' };
  if (pagePath === '/404.html') return { key: 'not-found', template: 'src/pages/404.astro' };
  if (pagePath === '/suche/') return { key: 'search', template: 'src/pages/suche/index.astro' };
  const match = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(pagePath);
  if (!match || !bySegment.has(match[1]!)) return undefined;
  return match[2]
    ? { key: `entry:${match[1]}`, template: 'src/pages/[section]/[slug].astro' }
    : { key: `index:${match[1]}`, template: 'src/pages/[section]/index.astro' };
}

/** The first page of each kind, in the order given (e.g. the sitemap's). */
export function onePagePerType(pagePaths: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const pagePath of pagePaths) {
    const type = pageTypeOf(pagePath);
    if (type && !chosen.has(type.key)) chosen.set(type.key, pagePath);
  }
  return [...chosen.values()];
}
