import type { CollectionName } from '../lib/collections.ts';
import { compareDatesDescending, formatDate, yearOf, type PartialDate } from '../lib/dates.ts';
import type { Slug } from '../lib/slugs.ts';
import { ACTOR_KIND } from '../schemas/actor.ts';
import { INITIATIVE_STATUS } from '../schemas/initiative.ts';
import { NETWORK_FORM } from '../schemas/network.ts';
import type { Atlas, AtlasEntry } from './atlas.ts';
import { kindLabel, statusLabel } from './present.ts';

/** Running initiatives first: what readers look for most. */
const STATUS_ORDER = ['active', 'planned', 'completed', 'discontinued'] as const;

export interface IndexGroup {
  label: string;
  items: AtlasEntry[];
}

/** How each collection's index page groups its entries for readers. */
export function indexGroups(atlas: Atlas, collection: CollectionName): IndexGroup[] {
  const items = atlas.ofCollection(collection);
  switch (collection) {
    case 'initiatives':
      // Each initiative once, by status; the way in by action field is `actionFieldLinks`.
      return orderedGroups(items, STATUS_ORDER.map((status) => capitalize(INITIATIVE_STATUS[status])), (item) => capitalize(statusLabel(statusOf(item))));
    case 'press-releases':
      return groupBy(sortByDate(items), (item) => String(yearOf(dateOf(item))));
    case 'actors':
      return orderedGroups(items, Object.values(ACTOR_KIND));
    case 'networks':
      return orderedGroups(items, Object.values(NETWORK_FORM));
    case 'action-fields':
      return [{ label: 'Alle Handlungsfelder', items: [...items] }];
  }
}

/**
 * The line under an entry's title in lists. Index pages group by status, year or kind, so
 * the line leaves out what the group heading already says: initiatives show their action
 * fields, press releases their date, actors and networks nothing.
 */
export function itemMeta(atlas: Atlas): (item: AtlasEntry) => string | undefined {
  return (item) => {
    if (item.collection === 'initiatives') return `Handlungsfelder: ${refs(item, 'actionFields').map((slug) => atlas.get(slug).title).join(', ')}`;
    if (item.collection === 'press-releases') return formatDate(dateOf(item));
    return undefined;
  };
}

/** Action fields with the number of entries of `collection` in each, for „by action field“ links. */
export function actionFieldLinks(atlas: Atlas, collection: CollectionName): { field: AtlasEntry; count: number }[] {
  return atlas
    .ofCollection('action-fields')
    .map((field) => ({ field, count: actionFieldUsers(atlas, field.slug, collection) }))
    .filter(({ count }) => count > 0);
}

/** How many entries of `collection` name this action field in their `actionFields`. */
export function actionFieldUsers(atlas: Atlas, field: Slug, collection: CollectionName): number {
  return atlas.graph.incoming(field).filter((edge) => edge.relation.collection === collection && edge.relation.field === 'actionFields').length;
}

export function sortByDate(items: readonly AtlasEntry[]): AtlasEntry[] {
  return [...items].sort((a, b) => compareDatesDescending(dateOf(a), dateOf(b)) || a.title.localeCompare(b.title, 'de'));
}

function statusOf(item: AtlasEntry): string {
  return (item.entry.data as { status: string }).status;
}

function dateOf(item: AtlasEntry): PartialDate {
  return (item.entry.data as { date: PartialDate }).date;
}

function refs(item: AtlasEntry, field: string): Slug[] {
  return ((item.entry.data as Record<string, unknown>)[field] as Slug[] | undefined) ?? [];
}

function groupBy(items: readonly AtlasEntry[], key: (item: AtlasEntry) => string): IndexGroup[] {
  const groups = new Map<string, AtlasEntry[]>();
  for (const item of items) {
    const label = key(item);
    const list = groups.get(label);
    if (list) list.push(item);
    else groups.set(label, [item]);
  }
  return [...groups].map(([label, list]) => ({ label, items: list }));
}

function orderedGroups(items: readonly AtlasEntry[], order: readonly string[], label = kindLabel): IndexGroup[] {
  const grouped = groupBy(items, label);
  return grouped.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
