import type { Atlas, AtlasEntry } from '../../src/data/atlas.ts';
import type { CollectionName } from '../../src/lib/collections.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import type { Slug } from '../../src/lib/slugs.ts';
import { entryPath } from '../../src/lib/urls.ts';

export interface PlainEntry {
  collection: CollectionName;
  slug: string;
  data: Record<string, unknown> & { title: string; summary: string };
}

/**
 * The read model of src/data/atlas.ts built from plain entries with the real relation graph,
 * for unit tests that cannot load Astro's content layer. Entries are expected to be valid.
 */
export function plainAtlas(plain: readonly PlainEntry[]): Atlas {
  const entries: AtlasEntry[] = plain.map(({ collection, slug, data }) => ({
    collection,
    slug: slug as Slug,
    url: entryPath(collection, slug),
    title: data.title,
    summary: data.summary,
    entry: { id: slug, collection, data } as unknown as AtlasEntry['entry'],
  }));
  const { graph, problems } = buildGraph(entries.map((item) => ({ collection: item.collection, slug: item.slug, file: item.slug, data: item.entry.data as Record<string, unknown> })));
  if (problems.length) throw new Error(`Invalid test atlas: ${JSON.stringify(problems)}`);
  const bySlug = new Map(entries.map((item) => [item.slug, item]));
  return {
    entries,
    get(slug) {
      const item = bySlug.get(slug);
      if (!item) throw new Error(`Unknown entry ${slug}`);
      return item;
    },
    ofCollection: (collection) => entries.filter((item) => item.collection === collection),
    graph,
  };
}
