import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../lib/collections.ts';
import { createLoadCache, loadKnowledgeBase, type KnowledgeBase } from '../lib/knowledge-base.ts';
import { SITE } from '../site.config.ts';
import { storedData, writeBody, writeRedirectPaths, writeSearchRecords } from './stored-entry.ts';

/**
 * One loader per collection, all sharing a single read of the whole knowledge base: the
 * cross-collection checks (slugs, references, links) need every file, and one shared pass
 * reports every problem at once instead of stopping at the first bad file. Between loads the
 * cache keeps what each unchanged file yielded, so a save in the dev server re-reads,
 * re-validates and re-renders only that file.
 */
const cache = createLoadCache();
let shared: Promise<KnowledgeBase> | undefined;
const reported = new WeakSet<Error>();

function knowledgeBase(root: string, context: LoaderContext): Promise<KnowledgeBase> {
  shared ??= Promise.resolve().then(() => {
    const base = loadKnowledgeBase(root, path.resolve(root, SITE.contentDir), cache);
    for (const entry of base.entries) writeBody(entry, context.config.cacheDir);
    // Only a build indexes for search; the dev server has no watcher-free load.
    if (!context.watcher) writeSearchRecords(base, context.config.cacheDir);
    writeRedirectPaths(base, context.config.cacheDir);
    return base;
  });
  return shared;
}

/** The five loaders each hear the same file event; they share one reload of it. */
let reloading: Promise<KnowledgeBase> | undefined;

function reloadOnce(root: string, context: LoaderContext): Promise<KnowledgeBase> {
  if (!reloading) {
    shared = undefined;
    reloading = knowledgeBase(root, context);
    setTimeout(() => (reloading = undefined));
  }
  return reloading;
}

export function knowledgeBaseLoader(collection: CollectionName): Loader {
  return {
    name: 'kooperationsatlas-knowledge-base',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      storeCollection(collection, context, await knowledgeBase(root, context));
      context.watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(path.resolve(root, SITE.contentDir))) return;
        reloadOnce(root, context)
          .then((base) => storeCollection(collection, context, base))
          .catch((error: Error) => {
            // All five loaders share the failed load; tell the editor once.
            if (reported.has(error)) return;
            reported.add(error);
            context.logger.error(error.message);
          });
      });
    },
  };
}

/** Stores the collection's entries; unchanged ones keep their digest and are left alone. */
function storeCollection(collection: CollectionName, context: LoaderContext, base: KnowledgeBase): void {
  const { store, generateDigest } = context;
  const root = fileURLToPath(context.config.root);
  const current = new Set<string>();
  for (const entry of base.entries) {
    if (entry.collection !== collection) continue;
    current.add(entry.slug);
    const filePath = path.relative(root, entry.absolutePath).split(path.sep).join('/');
    const data = storedData(entry, base, writeBody(entry, context.config.cacheDir));
    const digest = generateDigest(JSON.stringify(data) + (entry.format === 'mdx' ? entry.body : ''));
    if (entry.format === 'mdx') store.set({ id: entry.slug, data, body: entry.body, filePath, digest, deferredRender: true });
    else store.set({ id: entry.slug, data, filePath, digest });
  }
  for (const id of store.keys()) if (!current.has(id)) store.delete(id);
}
