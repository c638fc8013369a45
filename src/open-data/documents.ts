import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import { RELATIONS, relationKey, type RelationSpec } from '../vocabulary/relations.ts';
import { entryRecord, type DataEntry, type DataRecord } from './entry-records.ts';

/** Licence as the site settings name it. */
export interface License {
  id: string;
  name: string;
  url: string;
  attribution: string;
}

/** What every JSON file of /daten/ states about itself. */
export interface DocumentMeta {
  siteUrl: string;
  /** Absolute URL of the file's JSON Schema. */
  schemaUrl: string;
  license: License;
  /** Latest content change of the whole knowledge base, as written (may be partial). */
  updated: string | undefined;
}

function envelope(meta: DocumentMeta, title: string) {
  return {
    $schema: meta.schemaUrl,
    title,
    license: {
      id: meta.license.id,
      name: meta.license.name,
      url: meta.license.url,
      attribution: meta.license.attribution,
    },
    ...(meta.updated ? { updated: meta.updated } : {}),
  };
}

/** One collection as JSON: the envelope, then every entry as a record, ordered by slug. */
export function collectionDocument(
  collection: CollectionName,
  records: readonly DataRecord[],
  meta: DocumentMeta,
) {
  return {
    ...envelope(meta, `${COLLECTIONS[collection].plural} im Kooperationsatlas`),
    collection,
    count: records.length,
    entries: records,
  };
}

/** The facts table as JSON: the envelope, then one record per fact. */
export function factsDocument(records: readonly DataRecord[], meta: DocumentMeta) {
  return {
    ...envelope(meta, 'Kennzahlen im Kooperationsatlas'),
    count: records.length,
    facts: records,
  };
}

export function collectionRecords(entries: readonly DataEntry[], siteUrl: string): DataRecord[] {
  return [...entries].sort(bySlug).map((entry) => entryRecord(entry, siteUrl));
}

function bySlug(a: { slug: string }, b: { slug: string }): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export interface GraphEdgeInput {
  relation: Pick<RelationSpec, 'collection' | 'field'>;
  from: string;
  to: string;
  detail?: { role?: string; since?: string; note?: string; source?: number };
}

/** The relation types, with the reading in both directions, as the pages head them. */
export function relationTypes() {
  return RELATIONS.map((spec) => ({
    id: relationKey(spec),
    from: spec.collection,
    field: spec.field,
    to: [...spec.targets],
    label: spec.forwardLabel,
    inverseLabel: spec.inverseLabel,
    symmetric: spec.symmetric ?? false,
  }));
}

/**
 * The relation graph: every entry as a node, every reference as a typed edge, stored once in
 * the direction it was written; `relations` gives each type's label read forwards (from → to)
 * and backwards (to → from), so both directions of the site's pages can be rebuilt.
 */
export function graphDocument(
  entries: readonly DataEntry[],
  edges: Iterable<GraphEdgeInput>,
  meta: DocumentMeta,
) {
  const nodes = [...entries].sort(bySlug).map((entry) => ({
    id: entry.slug,
    collection: entry.collection,
    url: new URL(entry.path, meta.siteUrl).href,
    title: entry.title,
  }));
  const edgeList = [];
  for (const edge of edges) {
    edgeList.push({
      from: edge.from,
      to: edge.to,
      relation: relationKey(edge.relation),
      ...(edge.detail ?? {}),
    });
  }
  return {
    ...envelope(meta, 'Beziehungen im Kooperationsatlas'),
    relations: relationTypes(),
    nodeCount: nodes.length,
    edgeCount: edgeList.length,
    nodes,
    edges: edgeList,
  };
}
