import type { CollectionName } from '../lib/collections.ts';
import type { Edge } from '../lib/graph.ts';
import type { GraphNode, Neighbourhood } from '../lib/neighbourhood-layout.ts';
import { relationKey } from '../lib/relations.ts';
import type { Slug } from '../lib/slugs.ts';
import { relatedGroups, type Atlas, type AtlasEntry } from './atlas.ts';
import { relatedSectionId } from './present.ts';

/** The kinds of entry whose pages show their neighbourhood as a picture. */
export const GRAPH_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['networks', 'actors', 'initiatives']);

export function graphNode(item: AtlasEntry): GraphNode {
  return { id: item.slug, title: item.title, href: item.url, kind: item.collection };
}

/**
 * An entry's neighbourhood in the same groups and order as its list of related entries
 * (`relatedGroups`), with the read model's edge behind each item. Linear in the entry's degree.
 */
export function neighbourhoodOf(atlas: Atlas, slug: Slug): Neighbourhood {
  const edgeByLabel = new Map<string, Edge>();
  for (const edge of atlas.graph.outgoing(slug)) edgeByLabel.set(`${edge.relation.forwardLabel}\u0000${edge.to}`, edge);
  for (const edge of atlas.graph.incoming(slug)) {
    const key = `${edge.relation.inverseLabel}\u0000${edge.from}`;
    if (!edgeByLabel.has(key)) edgeByLabel.set(key, edge);
  }
  return {
    centre: graphNode(atlas.get(slug)),
    groups: relatedGroups(atlas, slug).map((group) => ({
      label: group.label,
      listHref: `#${relatedSectionId(group.label)}`,
      members: group.items.map(({ target }) => {
        const edge = edgeByLabel.get(`${group.label}\u0000${target.slug}`)!;
        return { node: graphNode(target), edge: { relation: relationKey(edge.relation), from: edge.from, to: edge.to } };
      }),
    })),
  };
}
