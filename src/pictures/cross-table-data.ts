import type { CollectionName } from '../vocabulary/collections.ts';
import { crossTable, type CrossTable } from './cross-table.ts';
import type { EdgeDetail } from '../vocabulary/relations.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

/** Which entries of `collection` work on which action field; one pass over the fields' incoming edges. */
export function actionFieldTable(
  atlas: Atlas,
  collection: CollectionName,
): CrossTable<AtlasEntry, AtlasEntry, true> {
  const fields = atlas.ofCollection('action-fields');
  const pairs = fields.flatMap((field) =>
    atlas.graph
      .incoming(field.slug)
      .filter(
        (edge) => edge.relation.collection === collection && edge.relation.field === 'actionFields',
      )
      .map((edge) => ({ row: atlas.get(edge.from), column: field, mark: true as const })),
  );
  return crossTable(pairs, atlas.ofCollection(collection), fields);
}

/** Actors against the networks they are members of, with role and since when. */
export function membershipTable(atlas: Atlas): CrossTable<AtlasEntry, AtlasEntry, EdgeDetail> {
  const networks = atlas.ofCollection('networks');
  const pairs = networks.flatMap((network) =>
    atlas.graph
      .outgoing(network.slug)
      .filter(
        (edge) => edge.relation.field === 'members' && atlas.get(edge.to).collection === 'actors',
      )
      .map((edge) => ({ row: atlas.get(edge.to), column: network, mark: edge.detail ?? {} })),
  );
  return crossTable(pairs, atlas.ofCollection('actors'), networks);
}
