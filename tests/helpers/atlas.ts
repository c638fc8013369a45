import { buildGraph } from '../../src/knowledge-base/graph.ts';
import { atlasEntry, indexAtlas, type Atlas } from '../../src/read-model/atlas.ts';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';

export interface PlainEntry {
  collection: CollectionName;
  slug: string;
  data: Record<string, unknown> & { title: string; summary: string };
}

/**
 * The read model built from plain entries the way the loader stores them (frontmatter and file,
 * the read model derives the edges) and pages read them, for unit tests that cannot load
 * Astro's content layer. Entries must be valid: the loader's graph check runs first, since the
 * read model would silently leave out a dangling reference.
 */
export function plainAtlas(plain: readonly PlainEntry[]): Atlas {
  const { problems } = buildGraph(
    plain.map(({ collection, slug, data }) => ({
      collection,
      slug: slug as Slug,
      file: slug,
      data,
    })),
  );
  if (problems.length) throw new Error(`Invalid test atlas: ${JSON.stringify(problems)}`);
  const entries = plain.map(({ collection, slug, data }) =>
    atlasEntry({
      collection,
      slug: slug as Slug,
      stored: {
        frontmatter: data,
        file: `content/${collection}/${slug}.md`,
        updated: undefined,
      },
    }),
  );
  return indexAtlas(entries);
}
