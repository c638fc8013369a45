import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../vocabulary/collections.ts';
import { KnowledgeBaseError, formatProblem } from '../vocabulary/errors.ts';
import { createLoadCache, loadKnowledgeBase, type KnowledgeBase } from '../knowledge-base/load.ts';
import { readInParallel } from '../knowledge-base/read-in-parallel.ts';
import { SITE } from '../site.config.ts';
import { storedData, writeBody, writeSearchRecords } from './cache-files.ts';

/**
 * One loader per collection, all sharing a single read of the whole knowledge base: the
 * cross-collection checks (slugs, references, links) need every file, and one shared pass
 * reports every problem at once instead of stopping at the first bad file. Between loads the
 * cache keeps what each unchanged file yielded, so a save in the dev server re-reads,
 * re-validates and re-renders only that file.
 *
 * A build stops at the first load with problems. The dev server keeps running instead: it
 * keeps the last good entries and stores the problems in the `status` collection, which every
 * page reads (src/data/atlas.ts), so the editor sees them in the browser until the file is fixed.
 */
const cache = createLoadCache();
/**
 * In CI (`CI=true`, set by GitHub Actions) removed HTML stops the build: the page would
 * silently say less than the file, and nobody reads build logs in a pull request. Previews
 * (`npm run dev`, local builds) only warn, so an editor can look while fixing.
 */
const REMOVALS_ARE_PROBLEMS = /^(1|true)$/i.test(process.env['CI'] ?? '');

type Load = { base: KnowledgeBase; error?: undefined } | { base?: undefined; error: KnowledgeBaseError };
let shared: Promise<Load> | undefined;
/** Files the watcher reported since the last load; `undefined` before the first load (read all). */
let changedSinceLoad: Set<string> | undefined;

function load(root: string, context: LoaderContext): Promise<Load> {
  shared ??= (async (): Promise<Load> => {
    const changed = changedSinceLoad;
    changedSinceLoad = new Set();
    // The first load reads every file, on every core; later ones only what changed.
    if (!changed) await readInParallel(root, path.resolve(root, SITE.contentDir), cache);
    try {
      // What the workers just read is taken from the cache, not read a second time.
      const options = { removalsAreProblems: REMOVALS_ARE_PROBLEMS, changed: changed ?? new Set<string>() };
      const base = loadKnowledgeBase(root, path.resolve(root, SITE.contentDir), cache, options);
      for (const warning of base.warnings) context.logger.warn(formatProblem(warning));
      for (const entry of base.entries) writeBody(entry, context.config.cacheDir);
      // Only a build indexes for search; the dev server loads with a watcher.
      if (!context.watcher) writeSearchRecords(base, context.config.cacheDir);
      return { base };
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError)) throw error;
      // The message names every file, field and line; a stack trace would only hide it.
      error.stack = '';
      return { error };
    }
  })();
  return shared;
}

/** The loaders each hear the same file event; they share one reload of it. */
let reloading: Promise<Load> | undefined;

function reloadOnce(root: string, context: LoaderContext): Promise<Load> {
  if (!reloading) {
    shared = undefined;
    reloading = load(root, context);
    setTimeout(() => (reloading = undefined));
  }
  return reloading;
}

function watch(context: LoaderContext, root: string, store: (result: Load) => void): void {
  context.watcher?.on('all', (_event, changed) => {
    if (!changed.startsWith(path.resolve(root, SITE.contentDir))) return;
    changedSinceLoad?.add(path.resolve(changed));
    reloadOnce(root, context).then(store, (error: Error) => context.logger.error(error.message));
  });
}

export function knowledgeBaseLoader(collection: CollectionName): Loader {
  return {
    name: 'kooperationsatlas-knowledge-base',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const store = (result: Load) => {
        if (result.base) storeCollection(collection, context, result.base);
      };
      const result = await load(root, context);
      if (result.error && !context.watcher) throw result.error;
      store(result);
      watch(context, root, store);
    },
  };
}

/** The problems of the last load, one entry `current`; empty when the knowledge base is fine. */
export function knowledgeBaseStatusLoader(): Loader {
  return {
    name: 'kooperationsatlas-knowledge-base-status',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const store = (result: Load) => {
        // Told once per load in the terminal; the browser shows it on every page.
        if (result.error) context.logger.error(result.error.message);
        const data = { problems: result.error?.message ?? '' };
        context.store.set({ id: 'current', data, digest: context.generateDigest(data.problems) });
      };
      store(await load(root, context));
      watch(context, root, store);
    },
  };
}

/** Stores the collection's entries; unchanged ones keep their digest and are left alone. */
function storeCollection(collection: CollectionName, context: LoaderContext, base: KnowledgeBase): void {
  const { store } = context;
  const root = fileURLToPath(context.config.root);
  const current = new Set<string>();
  for (const entry of base.entries) {
    if (entry.collection !== collection) continue;
    current.add(entry.slug);
    const filePath = path.relative(root, entry.absolutePath).split(path.sep).join('/');
    const data = storedData(entry, base, writeBody(entry, context.config.cacheDir));
    const digest = context.generateDigest(JSON.stringify(data) + (entry.format === 'mdx' ? entry.body : ''));
    if (entry.format === 'mdx') store.set({ id: entry.slug, data, body: entry.body, filePath, digest, deferredRender: true });
    else store.set({ id: entry.slug, data, filePath, digest });
  }
  for (const id of store.keys()) if (!current.has(id)) store.delete(id);
}
