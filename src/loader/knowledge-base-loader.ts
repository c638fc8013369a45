import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import type { CollectionName } from '../vocabulary/collections.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { KnowledgeBaseError, formatProblem } from '../vocabulary/errors.ts';
import type { EntryData } from '../schemas/index.ts';
import { createLoadCache, loadKnowledgeBase, type KnowledgeBase } from '../knowledge-base/load.ts';
import { readInParallel } from '../knowledge-base/read-in-parallel.ts';
import type { LoadedEntry } from '../knowledge-base/read-entry.ts';
import type { StoredEntry } from '../read-model/atlas.ts';
import { SITE } from '../site.config.ts';
import { CacheFiles, bodiesDir } from './cache-files.ts';

/** What the store needs of an entry: none of its text, render or search terms. */
type StorableEntry = Pick<LoadedEntry, 'collection' | 'slug' | 'absolutePath' | 'data' | 'updated'>;

type Load =
  | { entries: StorableEntry[]; mdx: Map<Slug, string>; error?: undefined }
  | { entries?: undefined; error: KnowledgeBaseError };

/**
 * In CI (`CI=true`, set by GitHub Actions) removed HTML stops the build too: the page would
 * silently say less than the file. `npm run check` reports it as a problem everywhere, before
 * any build, so a pull request meets it there, with its line. Previews (`npm run dev`, local
 * builds) only warn, so an editor can look while fixing.
 */
const REMOVALS_ARE_PROBLEMS = /^(1|true)$/i.test(process.env['CI'] ?? '');

/** Chokidar (inside Vite) reports one change of a file per this many milliseconds. */
const WATCHER_CHANGE_WINDOW_MS = 50;

/**
 * The loaders of the five collections and of the `status` collection, sharing one read of
 * the whole knowledge base: the cross-collection checks (slugs, references, links) need every
 * file, and one shared pass reports every problem at once. Made once, in content.config.ts;
 * it owns everything that lives from one load to the next: what each unchanged file yielded
 * (so a save in the dev server re-reads, re-validates and re-renders only that file), the
 * files the watcher reported, and the load the collections share.
 *
 * A build stops at the first load with problems. The dev server keeps running instead: it
 * keeps the last good entries and stores the problems in the `status` collection, which every
 * page reads (src/data/content-layer.ts), so the editor sees them in the browser until the file is fixed.
 */
export class KnowledgeBaseLoaders {
  readonly #cache = createLoadCache();
  /** Files the watcher reported since the last load; `undefined` before the first load (read all). */
  #changedSinceLoad: Set<string> | undefined;
  #shared: Promise<Load> | undefined;
  #cacheFiles: CacheFiles | undefined;
  /** What each loader does with a reload (stores its collection, or the problems), by loader. */
  readonly #onReload = new Map<string, (result: Load) => void>();
  /** A restarted dev server brings a new watcher; each is listened to once. */
  readonly #watchers = new WeakSet<object>();
  #reloadPending = false;

  /** The loader of one collection. */
  collection(collection: CollectionName): Loader {
    return {
      name: 'kooperationsatlas-knowledge-base',
      load: async (context) => {
        const store = (result: Load) => {
          if (result.entries) this.#storeCollection(collection, context, result);
        };
        const result = await this.#load(context);
        if (result.error && !context.watcher) throw result.error;
        store(result);
        this.#watch(context, store);
      },
    };
  }

  /**
   * The problems of the last load, one entry `current`; empty when the knowledge base is fine.
   * It also names the folder of the rendered bodies once, instead of a path in every entry.
   */
  status(): Loader {
    return {
      name: 'kooperationsatlas-knowledge-base-status',
      load: async (context) => {
        const store = (result: Load) => {
          // Told once per load in the dev terminal; the browser shows it on every page. A build
          // stops with the collections' error, which Astro prints: a second copy here would
          // only double the list.
          if (result.error && context.watcher) context.logger.error(result.error.message);
          const data = {
            problems: result.error?.message ?? '',
            bodies: bodiesDir(context.config.cacheDir),
          };
          context.store.set({ id: 'current', data, digest: context.generateDigest(data) });
        };
        store(await this.#load(context));
        this.#watch(context, store);
      },
    };
  }

  #load(context: LoaderContext): Promise<Load> {
    this.#shared ??= this.#read(context);
    return this.#shared;
  }

  async #read(context: LoaderContext): Promise<Load> {
    const root = fileURLToPath(context.config.root);
    const contentDir = path.resolve(root, SITE.contentDir);
    const changed = this.#changedSinceLoad;
    this.#changedSinceLoad = new Set();
    // The first load reads every file, on every core; later ones only what changed.
    if (!changed) await readInParallel(root, contentDir, this.#cache);
    let base: KnowledgeBase;
    try {
      // What the workers just read is taken from the cache, not read a second time.
      base = loadKnowledgeBase(root, contentDir, this.#cache, {
        removalsAreProblems: REMOVALS_ARE_PROBLEMS,
        changed: changed ?? new Set<string>(),
      });
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError)) throw error;
      // The message names every file, field and line; a stack trace would only hide it.
      error.stack = '';
      return { error };
    }
    for (const warning of base.warnings) context.logger.warn(formatProblem(warning));
    // Once per dev-server session: the history does not change while it runs.
    if (base.datesWarning && !changed) context.logger.warn(base.datesWarning);
    this.#cacheFiles ??= new CacheFiles(context.config.cacheDir);
    const mdx = this.#cacheFiles.writeBodies(base.entries);
    // Only a build indexes for search; the dev server loads with a watcher.
    if (!context.watcher) this.#cacheFiles.writeSearchRecords(base);
    // A build loads once: bodies, renders and search terms are on disk now, and holding them
    // (with the texts the cache keeps for the dev server's next save) for the rest of the build
    // cost gigabytes at 50,000 entries.
    if (!context.watcher) this.#cache.files.clear();
    const entries = base.entries.map(({ collection, slug, absolutePath, data, updated }) => ({
      collection,
      slug,
      absolutePath,
      data,
      updated,
    }));
    return { entries, mdx };
  }

  /**
   * The loaders share one watcher listener and one reload per burst of file events. The reload
   * waits until the watcher's 50 ms window for the file has closed: within it, Vite's chokidar
   * drops every further change event. An editor that saves in place empties the file first, so
   * the one event that does arrive can be of the empty file, and the write that follows is
   * never reported. Read after the window, the file is whole; a later write has its own event.
   */
  #watch(context: LoaderContext, store: (result: Load) => void): void {
    if (!context.watcher) return;
    this.#onReload.set(context.collection, store);
    if (this.#watchers.has(context.watcher)) return;
    this.#watchers.add(context.watcher);
    const contentDir = path.resolve(fileURLToPath(context.config.root), SITE.contentDir);
    context.watcher.on('all', (_event, changed) => {
      if (!changed.startsWith(contentDir)) return;
      this.#changedSinceLoad?.add(path.resolve(changed));
      if (this.#reloadPending) return;
      this.#reloadPending = true;
      setTimeout(() => {
        this.#reloadPending = false;
        this.#shared = undefined;
        this.#load(context).then(
          (result) => this.#onReload.forEach((onReload) => onReload(result)),
          (error: Error) => context.logger.error(error.message),
        );
      }, WATCHER_CHANGE_WINDOW_MS + 10);
    });
  }

  /**
   * Stores the collection's entries; unchanged ones keep their digest and are left alone. No
   * edges: the read model derives them from the frontmatter, so a changed reference changes
   * only the entry that declares it.
   */
  #storeCollection(
    collection: CollectionName,
    context: LoaderContext,
    load: Load & { entries: StorableEntry[] },
  ) {
    const { store } = context;
    const root = fileURLToPath(context.config.root);
    const current = new Set<string>();
    for (const entry of load.entries) {
      if (entry.collection !== collection) continue;
      current.add(entry.slug);
      const file = posixRelative(root, entry.absolutePath);
      const mdx = load.mdx.get(entry.slug);
      const data: StoredEntry =
        mdx === undefined
          ? { frontmatter: entry.data, updated: entry.updated }
          : { frontmatter: entry.data, file, updated: entry.updated };
      // The digest covers the file Astro's `filePath` names too (a moved content folder); an
      // MDX file's name carries the body's digest.
      const digest = context.generateDigest(JSON.stringify(data) + (mdx ?? file));
      if (mdx === undefined) {
        store.set({ id: entry.slug, data, filePath: file, digest });
      } else {
        // Astro compiles `.mdx` itself (components need its runtime), from the loader's text of
        // the body (src/loader/cache-files.ts), never from the editor's file.
        store.set({
          id: entry.slug,
          data,
          filePath: posixRelative(root, mdx),
          digest,
          deferredRender: true,
        });
      }
    }
    for (const id of store.keys()) if (!current.has(id)) store.delete(id);
  }
}

/**
 * The type of what a collection stores, for `getCollection` (src/data/content-layer.ts). Only a type:
 * the loader validated the frontmatter with the collection's zod schema already.
 */
export function storedEntrySchema<C extends CollectionName>(_collection: C) {
  return z.custom<StoredEntry<EntryData<C>>>();
}

function posixRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
