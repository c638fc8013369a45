import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildState } from '../lib/build-state.ts';
import type { CollectionName } from '../lib/collections.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../lib/knowledge-base.ts';
import { entryPath } from '../lib/urls.ts';
import { SITE } from '../site.config.ts';

/**
 * One loader per collection, all sharing a single read of the whole knowledge base: the
 * cross-collection checks (slugs, references, links) need every file, and one shared pass
 * reports every problem at once instead of stopping at the first bad file.
 */
let shared: Promise<KnowledgeBase> | undefined;
const reported = new WeakSet<Error>();

function knowledgeBase(root: string): Promise<KnowledgeBase> {
  shared ??= Promise.resolve().then(() => {
    const base = loadKnowledgeBase(root, path.resolve(root, SITE.contentDir));
    const redirects = [...base.graph.aliases].map(([alias, slug]) => entryPath(base.graph.get(slug)!.collection, alias));
    buildState().redirectPaths = new Set(redirects);
    return base;
  });
  return shared;
}

/** The five loaders each hear the same file event; they share one reload of it. */
let reloading: Promise<KnowledgeBase> | undefined;

function reloadOnce(root: string): Promise<KnowledgeBase> {
  if (!reloading) {
    shared = undefined;
    reloading = knowledgeBase(root);
    setTimeout(() => (reloading = undefined));
  }
  return reloading;
}

export function knowledgeBaseLoader(collection: CollectionName): Loader {
  return {
    name: 'kooperationsatlas-knowledge-base',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      await storeCollection(collection, context, await knowledgeBase(root));
      context.watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(path.resolve(root, SITE.contentDir))) return;
        reloadOnce(root)
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

async function storeCollection(collection: CollectionName, context: LoaderContext, base: KnowledgeBase): Promise<void> {
  const { store, renderMarkdown, generateDigest } = context;
  const root = fileURLToPath(context.config.root);
  store.clear();
  for (const entry of base.entries) {
    if (entry.collection !== collection) continue;
    const filePath = path.relative(root, entry.absolutePath).split(path.sep).join('/');
    const common = { id: entry.slug, data: { ...entry.data, updated: entry.updated }, body: entry.body, filePath, digest: generateDigest(entry.body) };
    if (entry.format === 'mdx') {
      store.set({ ...common, deferredRender: true });
    } else {
      store.set({ ...common, rendered: await renderMarkdown(entry.body, { fileURL: pathToFileURL(entry.absolutePath) }) });
    }
  }
}
