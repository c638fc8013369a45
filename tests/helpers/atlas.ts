import type { Atlas, AtlasEntry } from '../../src/data/atlas.ts';
import { indexAtlas } from '../../src/read-model/atlas-index.ts';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import { buildGraph } from '../../src/knowledge-base/graph.ts';
import { storedRelations } from '../../src/read-model/atlas.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';
import { entryPath } from '../../src/vocabulary/urls.ts';

export interface PlainEntry {
  collection: CollectionName;
  slug: string;
  data: Record<string, unknown> & { title: string; summary: string };
}

/**
 * The read model of src/data/atlas.ts built from plain entries the way the loader builds it
 * (the real relation graph, each entry with its stored edges), for unit tests that cannot load
 * Astro's content layer. Entries are expected to be valid.
 */
export function plainAtlas(plain: readonly PlainEntry[]): Atlas {
  const { graph, problems } = buildGraph(plain.map(({ collection, slug, data }) => ({ collection, slug: slug as Slug, file: slug, data })));
  if (problems.length) throw new Error(`Invalid test atlas: ${JSON.stringify(problems)}`);
  const entries = plain.map(
    ({ collection, slug, data }) =>
      ({
        collection,
        data,
        slug: slug as Slug,
        url: entryPath(collection, slug),
        title: data.title,
        summary: data.summary,
        file: `content/${collection}/${slug}.md`,
        updated: undefined,
        relations: storedRelations(graph, slug as Slug),
        bodyFile: undefined,
        entry: { id: slug, collection, data } as unknown as AtlasEntry['entry'],
      }) as AtlasEntry,
  );
  return indexAtlas(entries);
}
