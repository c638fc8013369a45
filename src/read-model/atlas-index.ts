import { COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import { edgesOf } from './atlas.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import type { Atlas, AtlasEntry } from '../data/atlas.ts';

/**
 * The lookups pages use, over entries as the loader stored them: a Map by slug, each
 * collection sorted by title for readers, the alias map, and each entry's stored edges.
 * Pure, so unit tests build the same read model from plain entries.
 */
export function indexAtlas(entries: AtlasEntry[]): Atlas {
  const bySlug = new Map(entries.map((item) => [item.slug, item]));
  const byCollection = new Map<CollectionName, AtlasEntry[]>(COLLECTION_NAMES.map((name) => [name, []]));
  for (const item of entries) byCollection.get(item.collection)!.push(item);
  for (const list of byCollection.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const aliases = new Map<Slug, Slug>();
  for (const item of entries) for (const alias of item.data.aliases ?? []) aliases.set(alias, item.slug);
  const get = (slug: Slug) => {
    const item = bySlug.get(slug);
    if (!item) throw new Error(`Unknown entry ${slug}`);
    return item;
  };
  return {
    entries,
    get,
    ofCollection: (collection) => byCollection.get(collection)!,
    graph: {
      outgoing: (slug) => edgesOf(slug, get(slug).relations).outgoing,
      incoming: (slug) => edgesOf(slug, get(slug).relations).incoming,
      aliases,
    },
  };
}
