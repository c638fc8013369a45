import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Slug } from '../vocabulary/slugs.ts';
import type { TypedData } from '../schemas/index.ts';
import type { KnowledgeBase } from '../knowledge-base/load.ts';
import type { LoadedEntry } from '../knowledge-base/read-entry.ts';
import { searchRecord, type SearchRecord } from '../search/records.ts';

/** Where the loader keeps rendered bodies and the search records: below Astro's cache folder. */
export function loaderCacheDir(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'kooperationsatlas');
}

export function searchRecordsFile(cacheDir: URL): string {
  return path.join(loaderCacheDir(cacheDir), 'search-records.json');
}

/**
 * The files the loader writes beside Astro's cache instead of into its data store: rendered
 * bodies (Astro bundles the data store into the build as one JavaScript string, and 10,000
 * bodies made that string the largest cost of the build) and the search records the Pagefind
 * integration reads. A body is written once per render: an entry the dev server did not
 * re-read is the same object as before and keeps its file.
 */
export class CacheFiles {
  readonly #dir: string;
  readonly #written = new WeakMap<LoadedEntry, string>();
  readonly #madeDirs = new Set<string>();
  readonly #cacheDir: URL;

  constructor(cacheDir: URL) {
    this.#cacheDir = cacheDir;
    this.#dir = loaderCacheDir(cacheDir);
  }

  /** Writes each new render's HTML; returns every entry's body file by slug (`.mdx` has none). */
  writeBodies(entries: readonly LoadedEntry[]): Map<Slug, string> {
    const files = new Map<Slug, string>();
    for (const entry of entries) {
      const file = this.#writeBody(entry);
      if (file !== undefined) files.set(entry.slug, file);
    }
    return files;
  }

  /** The search index's input for every published entry, for the Pagefind integration. */
  writeSearchRecords(base: KnowledgeBase, bodyFiles: ReadonlyMap<Slug, string>): void {
    const typed = (entry: LoadedEntry) =>
      ({ collection: entry.collection, data: entry.data, slug: entry.slug }) as TypedData & {
        slug: Slug;
      };
    const lookup = (slug: Slug) => typed(base.graph.get(slug) as LoadedEntry);
    const records: SearchRecord[] = base.entries.map((entry) =>
      searchRecord(
        typed(entry),
        lookup,
        entry.searchTerms,
        entry.rendered.text,
        bodyFiles.get(entry.slug),
      ),
    );
    const file = searchRecordsFile(this.#cacheDir);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(records));
  }

  #writeBody(entry: LoadedEntry): string | undefined {
    if (entry.rendered.html === undefined) return undefined;
    let file = this.#written.get(entry);
    if (!file) {
      const dir = path.join(this.#dir, 'bodies', entry.collection);
      if (!this.#madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      this.#madeDirs.add(dir);
      file = path.join(dir, `${entry.slug}.html`);
      writeFileSync(file, entry.rendered.html);
      this.#written.set(entry, file);
    }
    return file;
  }
}
