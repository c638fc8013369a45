import type { EdgeDetail, Edge, RelationGraph } from '../knowledge-base/graph.ts';
import { relationKey, relationSpec, type RelationKey } from '../vocabulary/relations.ts';
import type { CollectionName } from '../vocabulary/collections.ts';
import type { Slug } from '../vocabulary/slugs.ts';

/**
 * The relation graph is built once, in the loader, where it is validated. Each entry is
 * stored with its own edges in both directions, so pages read their neighbourhood in
 * O(edges of the entry) and nothing downstream rebuilds or re-inverts the graph.
 */
export interface StoredEdge {
  relation: RelationKey;
  /** The other end: the target of an outgoing edge, the source of an incoming one. */
  slug: Slug;
  detail?: EdgeDetail;
}

export interface StoredRelations {
  outgoing: StoredEdge[];
  incoming: StoredEdge[];
}

export function storedRelations(graph: RelationGraph, slug: Slug): StoredRelations {
  const stored = (edge: Edge, other: Slug): StoredEdge => {
    const key = relationKey(edge.relation);
    return edge.detail ? { relation: key, slug: other, detail: edge.detail } : { relation: key, slug: other };
  };
  return {
    outgoing: graph.outgoing(slug).map((edge) => stored(edge, edge.to)),
    incoming: graph.incoming(slug).map((edge) => stored(edge, edge.from)),
  };
}

/** The stored edges of `slug` as graph edges again, with their relation specs. */
export function edgesOf(slug: Slug, relations: StoredRelations): { outgoing: Edge[]; incoming: Edge[] } {
  const spec = (key: RelationKey) => {
    const dot = key.indexOf('.');
    return relationSpec(key.slice(0, dot) as CollectionName, key.slice(dot + 1));
  };
  const edge = (from: Slug, to: Slug, stored: StoredEdge): Edge =>
    stored.detail ? { relation: spec(stored.relation), from, to, detail: stored.detail } : { relation: spec(stored.relation), from, to };
  return {
    outgoing: relations.outgoing.map((stored) => edge(slug, stored.slug, stored)),
    incoming: relations.incoming.map((stored) => edge(stored.slug, slug, stored)),
  };
}
