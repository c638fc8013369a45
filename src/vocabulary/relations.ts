import type { CollectionName } from './collections.ts';
import type { Slug } from './slugs.ts';

/**
 * Every reference field of the content model, in one table. The schemas build their
 * reference fields from it, the graph validates and inverts edges with it, and the
 * pages take their headings from it, so a new relation is added in exactly one place.
 */
export interface RelationSpec {
  collection: CollectionName;
  field: string;
  targets: readonly CollectionName[];
  /** Heading on the page of the entry that declares the relation. */
  forwardLabel: string;
  /** Heading on the page of the entry that is pointed to. */
  inverseLabel: string;
  /** A relation that means the same in both directions is shown once, merged. */
  symmetric?: boolean;
}

const ACTOR_OR_NETWORK = ['actors', 'networks'] as const;

export const RELATIONS: readonly RelationSpec[] = [
  {
    collection: 'initiatives',
    field: 'leads',
    targets: ACTOR_OR_NETWORK,
    forwardLabel: 'Träger',
    inverseLabel: 'Träger von',
  },
  {
    collection: 'initiatives',
    field: 'partners',
    targets: ACTOR_OR_NETWORK,
    forwardLabel: 'Beteiligte',
    inverseLabel: 'Beteiligt an',
  },
  {
    collection: 'initiatives',
    field: 'actionFields',
    targets: ['action-fields'],
    forwardLabel: 'Handlungsfelder',
    inverseLabel: 'Initiativen in diesem Handlungsfeld',
  },
  {
    collection: 'initiatives',
    field: 'areas',
    targets: ['actors'],
    forwardLabel: 'Gebiet',
    inverseLabel: 'Initiativen in diesem Gebiet',
  },
  {
    collection: 'networks',
    field: 'leads',
    targets: ACTOR_OR_NETWORK,
    forwardLabel: 'Träger',
    inverseLabel: 'Träger von',
  },
  {
    collection: 'networks',
    field: 'members',
    targets: ACTOR_OR_NETWORK,
    forwardLabel: 'Mitglieder',
    inverseLabel: 'Mitglied in',
  },
  {
    collection: 'networks',
    field: 'partners',
    targets: ACTOR_OR_NETWORK,
    forwardLabel: 'Beteiligte',
    inverseLabel: 'Beteiligt an',
  },
  {
    collection: 'networks',
    field: 'actionFields',
    targets: ['action-fields'],
    forwardLabel: 'Handlungsfelder',
    inverseLabel: 'Netzwerke in diesem Handlungsfeld',
  },
  {
    collection: 'networks',
    field: 'areas',
    targets: ['actors'],
    forwardLabel: 'Gebiet',
    inverseLabel: 'Netzwerke in diesem Gebiet',
  },
  {
    collection: 'action-fields',
    field: 'related',
    targets: ['action-fields'],
    forwardLabel: 'Verwandte Handlungsfelder',
    inverseLabel: 'Verwandte Handlungsfelder',
    symmetric: true,
  },
  {
    collection: 'actors',
    field: 'parent',
    targets: ['actors'],
    forwardLabel: 'Gehört zu',
    inverseLabel: 'Dazu gehören',
  },
  {
    collection: 'press-releases',
    field: 'publisher',
    targets: ACTOR_OR_NETWORK,
    forwardLabel: 'Herausgeber',
    inverseLabel: 'Herausgegebene Pressemitteilungen',
  },
  {
    collection: 'press-releases',
    field: 'about',
    targets: ['initiatives', 'networks', 'action-fields', 'actors'],
    forwardLabel: 'Worum es geht',
    inverseLabel: 'In der Presse',
  },
];

/** What a reference with details (`members: - ref: …`) says beyond its target. */
export interface EdgeDetail {
  role?: string;
  since?: string;
  note?: string;
  /** Number of the declaring entry's source that supports the relation, counted from 1. */
  source?: number;
}

/** One reference from an entry to another, read in the direction it was written. */
export interface Edge {
  relation: RelationSpec;
  from: Slug;
  to: Slug;
  detail?: EdgeDetail;
}

export type RelationKey = `${CollectionName}.${string}`;

export function relationKey(spec: Pick<RelationSpec, 'collection' | 'field'>): RelationKey {
  return `${spec.collection}.${spec.field}`;
}

const byKey = new Map(RELATIONS.map((spec) => [relationKey(spec), spec]));

export function relationsOf(collection: CollectionName): RelationSpec[] {
  return RELATIONS.filter((spec) => spec.collection === collection);
}

export function relationSpec(collection: CollectionName, field: string): RelationSpec {
  const spec = byKey.get(`${collection}.${field}`);
  if (!spec) throw new Error(`No relation ${collection}.${field}`);
  return spec;
}
