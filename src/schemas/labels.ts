import { ACTOR_KIND } from './actor.ts';
import { INITIATIVE_STATUS } from './initiative.ts';
import { NETWORK_FORM } from './network.ts';
import type { TypedData } from './index.ts';
import { COLLECTIONS } from '../vocabulary/collections.ts';

/** German labels of an entry's kind and status, for pages and the search index alike. */
export function kindLabel(entry: TypedData): string {
  switch (entry.collection) {
    case 'actors':
      return ACTOR_KIND[entry.data.kind];
    case 'networks':
      return NETWORK_FORM[entry.data.form];
    default:
      return COLLECTIONS[entry.collection].singular;
  }
}

export function statusLabel(status: keyof typeof INITIATIVE_STATUS): string {
  return INITIATIVE_STATUS[status];
}
