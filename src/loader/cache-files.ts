import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../vocabulary/collections.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import type { TypedData } from '../schemas/index.ts';
import type { KnowledgeBase } from '../knowledge-base/load.ts';
import type { LoadedEntry } from '../knowledge-base/read-entry.ts';
import { bodyFileOf } from '../read-model/atlas.ts';
import { searchRecord, type SearchRecord } from '../search/records.ts';

/** Where the loader keeps rendered bodies and the search records: below Astro's cache folder. */
export function loaderCacheDir(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'kooperationsatlas');
}

/** The folder of the rendered bodies, which the read model finds by collection and slug. */
export function bodiesDir(cacheDir: URL): string {
  return path.join(loaderCacheDir(cacheDir), 'bodies');
}

export function searchRecordsFile(cacheDir: URL): string {
  return path.join(loaderCacheDir(cacheDir), 'search-records.json');
}

/** The text Astro compiles for an `.mdx` entry: an empty frontmatter, then the body as split and checked. */
export function astroMdxText(body: string): string {
  return `---\n---\n${body}`;
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

  /**
   * Writes each new render's HTML (at `bodyFileOf`), and each `.mdx` body as the exact text
   * Astro compiles; returns the `.mdx` files by slug, whose names carry a digest.
   */
  writeBodies(entries: readonly LoadedEntry[]): Map<Slug, string> {
    const mdx = new Map<Slug, string>();
    for (const entry of entries) {
      const file = this.#writeBody(entry);
      if (file !== undefined && entry.format === 'mdx') mdx.set(entry.slug, file);
    }
    return mdx;
  }

  /** The search index's input for every published entry, for the Pagefind integration. */
  writeSearchRecords(base: KnowledgeBase): void {
    const typed = (entry: LoadedEntry) =>
      ({ collection: entry.collection, data: entry.data, slug: entry.slug }) as TypedData & {
        slug: Slug;
      };
    const lookup = (slug: Slug) => typed(base.graph.get(slug) as LoadedEntry);
    const records: SearchRecord[] = base.entries.map((entry) =>
      searchRecord(typed(entry), lookup, entry.searchTerms, entry.rendered.searchBlocks),
    );
    const file = searchRecordsFile(this.#cacheDir);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(records));
  }

  #writeBody(entry: LoadedEntry): string | undefined {
    let file = this.#written.get(entry);
    if (file) return file;
    const folder = COLLECTIONS[entry.collection].folder;
    if (entry.format === 'mdx') {
      // Astro compiles this file, not the editor's: an empty frontmatter and the body exactly
      // as the loader split and checked it, so nothing before the body can reach Astro (keys
      // such as `layout`) and nothing the check did not see can reach the compiler. The name
      // carries the body's digest: a changed body is a new module for Vite, also in the dev
      // server, whose watcher ignores this folder.
      const digest = createHash('sha256').update(entry.body).digest('hex').slice(0, 16);
      file = this.#write(
        path.join(this.#dir, 'mdx', folder, `${entry.slug}.${digest}.mdx`),
        astroMdxText(entry.body),
      );
    } else if (entry.rendered.html !== undefined) {
      file = this.#write(
        bodyFileOf(bodiesDir(this.#cacheDir), entry.collection, entry.slug),
        entry.rendered.html,
      );
    } else {
      return undefined;
    }
    this.#written.set(entry, file);
    return file;
  }

  #write(file: string, text: string): string {
    const dir = path.dirname(file);
    if (!this.#madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    this.#madeDirs.add(dir);
    writeFileSync(file, text);
    return file;
  }
}
