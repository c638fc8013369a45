import type { CollectionName } from '../vocabulary/collections.ts';
import type { GraphEdgeRef, GraphNode, Neighbourhood } from './neighbourhood-layout.ts';
import { relationKey, type Edge } from '../vocabulary/relations.ts';
import type { AtlasEntry, RelatedGroup } from '../read-model/atlas.ts';
import { relatedSectionId } from '../site/entry-attributes.ts';

/** The kinds of entry whose pages show their neighbourhood as a picture. */
export const GRAPH_COLLECTIONS: ReadonlySet<CollectionName> = new Set([
  'networks',
  'actors',
  'initiatives',
]);

function edgeRef(edge: Edge): GraphEdgeRef {
  return { relation: relationKey(edge.relation), from: edge.from, to: edge.to };
}

export function graphNode(item: AtlasEntry): GraphNode {
  return { id: item.slug, title: item.title, href: item.url, kind: item.collection };
}

/**
 * An entry's neighbourhood drawn from the same groups, in the same order, as its list of
 * related entries (the page computes `relatedGroups` once for both). Linear in the degree.
 */
export function neighbourhoodOf(item: AtlasEntry, groups: readonly RelatedGroup[]): Neighbourhood {
  return {
    centre: graphNode(item),
    groups: groups.map((group) => ({
      label: group.label,
      listHref: `#${relatedSectionId(group.label)}`,
      members: group.items.map(({ target, edge, also }) => ({
        node: graphNode(target),
        edge: edgeRef(edge),
        ...(also
          ? { also: also.map((other) => ({ label: other.label, edge: edgeRef(other.edge) })) }
          : {}),
      })),
    })),
  };
}
