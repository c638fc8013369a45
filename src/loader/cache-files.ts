import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase, LoadedEntry } from '../knowledge-base/load.ts';
import { storedRelations, type StoredRelations } from '../read-model/atlas.ts';
import { searchRecord, type SearchRecord } from '../search/records.ts';
import type { TypedData } from '../schemas/index.ts';

/**
 * What the loader stores with each entry besides its validated frontmatter. Rendered HTML
 * is written to a file of its own instead of the data store: Astro bundles the data store
 * into the build as one JavaScript string, and 10,000 bodies would make that string (and
 * its compile, parse and serialisation) the largest cost of the build.
 */
export interface StoredExtras {
  updated: string | undefined;
  relations: StoredRelations;
  /** Absolute path of the body's rendered HTML; absent for `.mdx`, which Astro renders. */
  bodyFile?: string;
}

/** Where the loader keeps rendered bodies and the search records, below Astro's cache folder. */
export function renderedDir(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'kooperationsatlas');
}

export function searchRecordsFile(cacheDir: URL): string {
  return path.join(renderedDir(cacheDir), 'search-records.json');
}

export function storedData(entry: LoadedEntry, base: KnowledgeBase, bodyFile: string | undefined): Record<string, unknown> {
  const extras: StoredExtras = { updated: entry.updated, relations: storedRelations(base.graph, entry.slug) };
  if (bodyFile !== undefined) extras.bodyFile = bodyFile;
  return { ...entry.data, ...extras };
}

const written = new WeakMap<LoadedEntry, string>();
const madeDirs = new Set<string>();

/** Writes the entry's rendered HTML once per render and returns the file. */
export function writeBody(entry: LoadedEntry, cacheDir: URL): string | undefined {
  if (entry.rendered.html === undefined) return undefined;
  let file = written.get(entry);
  if (!file) {
    const dir = path.join(renderedDir(cacheDir), 'bodies', entry.collection);
    if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
    file = path.join(dir, `${entry.slug}.html`);
    writeFileSync(file, entry.rendered.html);
    written.set(entry, file);
  }
  return file;
}

/** The search index's input for every published entry, for the Pagefind integration. */
export function writeSearchRecords(base: KnowledgeBase, cacheDir: URL): void {
  const typed = (entry: LoadedEntry) => ({ collection: entry.collection, data: entry.data, slug: entry.slug }) as TypedData & { slug: LoadedEntry['slug'] };
  const lookup = (slug: LoadedEntry['slug']) => typed(base.graph.get(slug) as LoadedEntry);
  const records: SearchRecord[] = base.entries.map((entry) => searchRecord(typed(entry), lookup, entry.searchTerms, entry.rendered.text, written.get(entry)));
  const file = searchRecordsFile(cacheDir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(records));
}
