import type { CollectionName } from '../lib/collections.ts';
import { compareDatesDescending, formatDate, yearOf, type PartialDate } from '../lib/dates.ts';
import type { Slug } from '../lib/slugs.ts';
import { ACTOR_KIND } from '../schemas/actor.ts';
import { NETWORK_FORM } from '../schemas/network.ts';
import type { Atlas, AtlasEntry } from './atlas.ts';
import { kindLabel, statusLabel } from './present.ts';

export interface IndexGroup {
  label: string;
  items: AtlasEntry[];
}

/** How each collection's index page groups its entries for readers. */
export function indexGroups(atlas: Atlas, collection: CollectionName): IndexGroup[] {
  const items = atlas.ofCollection(collection);
  switch (collection) {
    case 'initiatives':
      return atlas.ofCollection('action-fields')
        .map((field) => ({ label: field.title, items: items.filter((item) => refs(item, 'actionFields').includes(field.slug)) }))
        .filter((group) => group.items.length > 0);
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

export function itemMeta(item: AtlasEntry): string {
  const data = item.entry.data as Record<string, unknown>;
  if (item.collection === 'initiatives') return `${kindLabel(item)} · ${statusLabel(data['status'] as string)}`;
  if (item.collection === 'press-releases') return `Pressemitteilung · ${formatDate(dateOf(item))}`;
  return kindLabel(item);
}

export function sortByDate(items: readonly AtlasEntry[]): AtlasEntry[] {
  return [...items].sort((a, b) => compareDatesDescending(dateOf(a), dateOf(b)) || a.title.localeCompare(b.title, 'de'));
}

function dateOf(item: AtlasEntry): PartialDate {
  return (item.entry.data as { date: PartialDate }).date;
}

function refs(item: AtlasEntry, field: string): Slug[] {
  return ((item.entry.data as Record<string, unknown>)[field] as Slug[] | undefined) ?? [];
}

function groupBy(items: readonly AtlasEntry[], key: (item: AtlasEntry) => string): IndexGroup[] {
  const groups = new Map<string, AtlasEntry[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].map(([label, list]) => ({ label, items: list }));
}

function orderedGroups(items: readonly AtlasEntry[], order: readonly string[]): IndexGroup[] {
  const grouped = groupBy(items, kindLabel);
  return grouped.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
}
