import type { EntryFile } from '../knowledge-base/entry-files.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../vocabulary/collections.ts';
import { isSlug } from '../vocabulary/slugs.ts';
import { collectionPath, entryPath, homePath, searchPath } from '../vocabulary/urls.ts';
import { ADMIN_PATH } from './security-policy.ts';

/**
 * What the sitemap lists and with which `lastmod`, decided from the knowledge base's file
 * list and Git history alone, so the sitemap needs no hand-over from the render pass.
 *
 * - An entry page is listed when a file with its slug lies in its collection's folder. An
 *   alias redirect has the URL of a former slug, for which no file exists: it is left out.
 *   A draft has a file but no page, so the sitemap never asks about it.
 * - `lastmod` of an entry page is the date of the last commit of its file; of an index page
 *   the newest of its collection; of the start page the newest of all (drafts count there:
 *   telling them apart would mean parsing every file, and an early lastmod only invites an
 *   extra crawl). Pages without a dated file get none: never the build time.
 * - The search page (empty without a query), 404 and the form editor (`/admin/`) are left out.
 *
 * Every lookup is one Map or Set access: O(1) per page.
 */
export interface SitemapPlan {
  includes(pagePath: string): boolean;
  lastmod(pagePath: string): string | undefined;
}

const EXCLUDED: ReadonlySet<string> = new Set([searchPath(), '/404/', '/404.html']);

export function planSitemap(
  files: readonly Pick<EntryFile, 'collection' | 'slug' | 'absolutePath'>[],
  commitDates: ReadonlyMap<string, string>,
): SitemapPlan {
  const entryDates = new Map<string, string | undefined>();
  const newest = new Map<string, string>();
  const raise = (pagePath: string, date: string) => {
    const current = newest.get(pagePath);
    if (current === undefined || date > current) newest.set(pagePath, date);
  };
  for (const file of files) {
    const date = commitDates.get(file.absolutePath);
    entryDates.set(entryPath(file.collection, file.slug), date);
    if (date === undefined) continue;
    raise(collectionPath(file.collection), date);
    raise(homePath(), date);
  }
  const entrySections = new Set(COLLECTION_NAMES.map((name) => COLLECTIONS[name].segment));
  return {
    includes(pagePath) {
      if (EXCLUDED.has(pagePath) || pagePath.startsWith(ADMIN_PATH)) return false;
      return !isEntryPagePath(pagePath, entrySections) || entryDates.has(pagePath);
    },
    lastmod: (pagePath) => entryDates.get(pagePath) ?? newest.get(pagePath),
  };
}

/** `/<collection segment>/<slug>/`: the shape of entry pages and of alias redirects. */
function isEntryPagePath(pagePath: string, sections: ReadonlySet<string>): boolean {
  const parts = pagePath.split('/');
  return (
    parts.length === 4 &&
    parts[0] === '' &&
    parts[3] === '' &&
    sections.has(parts[1]!) &&
    isSlug(parts[2]!)
  );
}
