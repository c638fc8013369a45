import type { CollectionName } from '../vocabulary/collections.ts';
import {
  compareDatesDescending,
  formatDate,
  yearOf,
  type PartialDate,
} from '../vocabulary/dates.ts';
import { suggestSlug, type Slug } from '../vocabulary/slugs.ts';
import { groupPath, type SitePath } from '../vocabulary/urls.ts';
import { kindLabel, statusLabel } from '../schemas/labels.ts';
import { ACTOR_KIND } from '../schemas/actor.ts';
import { INITIATIVE_STATUS } from '../schemas/initiative.ts';
import { NETWORK_FORM } from '../schemas/network.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

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
      return orderedGroups(
        items,
        STATUS_ORDER.map((status) => capitalize(INITIATIVE_STATUS[status])),
        (item) =>
          item.collection === 'initiatives' ? capitalize(statusLabel(item.data.status)) : '',
      );
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
 * Long indexes are split so that every page stays small (at most about 50 KB of compressed
 * HTML at 10,000 entries) while every entry stays reachable without JavaScript: up to
 * LIST_LIMIT entries an index lists them all; beyond, it links to one page per group, and a
 * group longer than PAGE_SIZE continues on numbered pages.
 */
export const LIST_LIMIT = 300;
export const PAGE_SIZE = 400;

/** What a group is, in the URL of its page. */
const GROUP_FACET: Record<CollectionName, string> = {
  initiatives: 'stand',
  networks: 'form',
  'action-fields': 'alle',
  actors: 'art',
  'press-releases': 'jahr',
};

export interface GroupPage {
  collection: CollectionName;
  /** URL segments of the group: what it is (`jahr`) and which (`2019`). */
  facet: string;
  group: string;
  label: string;
  path: SitePath;
  /** The group's first page, which the index links to. */
  firstPath: SitePath;
  page: number;
  pages: number;
  /** Entries of the whole group. */
  total: number;
  items: AtlasEntry[];
  previous?: SitePath;
  next?: SitePath;
}

/** Whether the index page of `collection` links to group pages instead of listing every entry. */
export function isSplit(atlas: Atlas, collection: CollectionName): boolean {
  return atlas.ofCollection(collection).length > LIST_LIMIT;
}

/** Every page of every group of a split index; none for an index that lists all its entries. */
export function groupPages(atlas: Atlas, collection: CollectionName): GroupPage[] {
  if (!isSplit(atlas, collection)) return [];
  return indexGroups(atlas, collection).flatMap((group) => {
    const slug = suggestSlug(group.label);
    const pages = Math.ceil(group.items.length / PAGE_SIZE);
    const pathOf = (page: number) => groupPath(collection, GROUP_FACET[collection], slug, page);
    return Array.from({ length: pages }, (_, index): GroupPage => {
      const page = index + 1;
      return {
        collection,
        facet: GROUP_FACET[collection],
        group: slug,
        label: group.label,
        path: pathOf(page),
        firstPath: pathOf(1),
        page,
        pages,
        total: group.items.length,
        items: group.items.slice(index * PAGE_SIZE, page * PAGE_SIZE),
        ...(page > 1 ? { previous: pathOf(page - 1) } : {}),
        ...(page < pages ? { next: pathOf(page + 1) } : {}),
      };
    });
  });
}

/**
 * The line under an entry's title in lists. Index pages group by status, year or kind, so
 * the line leaves out what the group heading already says: initiatives show their action
 * fields, press releases their date, actors and networks nothing.
 */
export function itemMeta(atlas: Atlas): (item: AtlasEntry) => string | undefined {
  return (item) => {
    switch (item.collection) {
      case 'initiatives':
        return `Handlungsfelder: ${item.data.actionFields.map((slug) => atlas.get(slug).title).join(', ')}`;
      case 'press-releases':
        return formatDate(item.data.date);
      default:
        return undefined;
    }
  };
}

/** Action fields with the number of entries of `collection` in each, for „by action field“ links. */
export function actionFieldLinks(
  atlas: Atlas,
  collection: CollectionName,
): { field: AtlasEntry; count: number }[] {
  return atlas
    .ofCollection('action-fields')
    .map((field) => ({ field, count: actionFieldUsers(atlas, field.slug, collection) }))
    .filter(({ count }) => count > 0);
}

/** How many entries of `collection` name this action field in their `actionFields`. */
export function actionFieldUsers(atlas: Atlas, field: Slug, collection: CollectionName): number {
  return atlas.graph
    .incoming(field)
    .filter(
      (edge) => edge.relation.collection === collection && edge.relation.field === 'actionFields',
    ).length;
}

export function sortByDate(items: readonly AtlasEntry[]): AtlasEntry[] {
  return [...items].sort(
    (a, b) => compareDatesDescending(dateOf(a), dateOf(b)) || a.title.localeCompare(b.title, 'de'),
  );
}

/** Press releases sort by their date; other entries have none and keep their order. */
function dateOf(item: AtlasEntry): PartialDate {
  return (item.collection === 'press-releases' ? item.data.date : '') as PartialDate;
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

function orderedGroups(
  items: readonly AtlasEntry[],
  order: readonly string[],
  label = kindLabel,
): IndexGroup[] {
  const grouped = groupBy(items, label);
  return grouped.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
