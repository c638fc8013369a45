import type { CollectionName } from '../vocabulary/collections.ts';
import { ActionFieldSchema } from './action-field.ts';
import { ActorSchema } from './actor.ts';
import { InitiativeSchema } from './initiative.ts';
import { NetworkSchema } from './network.ts';
import { PressReleaseSchema } from './press-release.ts';

export const SCHEMAS = {
  initiatives: InitiativeSchema,
  networks: NetworkSchema,
  'action-fields': ActionFieldSchema,
  actors: ActorSchema,
  'press-releases': PressReleaseSchema,
} as const satisfies Record<CollectionName, unknown>;

export type EntryData<C extends CollectionName> = import('astro/zod').z.output<(typeof SCHEMAS)[C]>;

/** An entry's collection and data, as a union over collections: `switch (entry.collection)` narrows `data`. */
export type TypedData = {
  [C in CollectionName]: { collection: C; data: EntryData<C> };
}[CollectionName];
