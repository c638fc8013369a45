import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../lib/collections.ts';
import { buildGraph, type EdgeDetail, type RelationGraph } from '../lib/graph.ts';
import type { Slug } from '../lib/slugs.ts';
import { entryPath, type SitePath } from '../lib/urls.ts';

/**
 * The site's read model: every published entry plus the relation graph, built once per
 * build and shared by all pages. Validation already happened in the loader, so the graph
 * is rebuilt here only as a lookup structure (linear, a few milliseconds at 10,000 entries).
 */
export type AnyEntry = CollectionEntry<CollectionName>;

export interface AtlasEntry {
  collection: CollectionName;
  slug: Slug;
  url: SitePath;
  title: string;
  summary: string;
  entry: AnyEntry;
}

export interface Atlas {
  entries: readonly AtlasEntry[];
  get(slug: Slug): AtlasEntry;
  ofCollection(collection: CollectionName): readonly AtlasEntry[];
  graph: RelationGraph;
}

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= createAtlas();
  return atlas;
}

async function createAtlas(): Promise<Atlas> {
  const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  const entries: AtlasEntry[] = loaded.flat().map((entry) => ({
    collection: entry.collection as CollectionName,
    slug: entry.id as Slug,
    url: entryPath(entry.collection as CollectionName, entry.id),
    title: entry.data.title,
    summary: entry.data.summary,
    entry,
  }));
  const bySlug = new Map(entries.map((item) => [item.slug, item]));
  const byCollection = new Map<CollectionName, AtlasEntry[]>(COLLECTION_NAMES.map((name) => [name, []]));
  for (const item of entries) byCollection.get(item.collection)!.push(item);
  for (const list of byCollection.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const { graph } = buildGraph(
    entries.map((item) => ({ collection: item.collection, slug: item.slug, file: item.entry.filePath ?? item.slug, data: item.entry.data as Record<string, unknown> })),
  );
  return {
    entries,
    get(slug) {
      const item = bySlug.get(slug);
      if (!item) throw new Error(`Unknown entry ${slug}`);
      return item;
    },
    ofCollection: (collection) => byCollection.get(collection)!,
    graph,
  };
}

export interface RelatedItem {
  target: AtlasEntry;
  detail?: EdgeDetail;
}

export interface RelatedGroup {
  label: string;
  items: RelatedItem[];
}

/** Every relation of an entry, declared by it or pointing at it, grouped under German headings. */
export function relatedGroups(atlas: Atlas, slug: Slug): RelatedGroup[] {
  const groups = new Map<string, RelatedItem[]>();
  const seen = new Set<string>();
  const add = (label: string, item: RelatedItem) => {
    // A symmetric relation declared on both sides, or an entry named twice, is shown once.
    const key = `${label}\u0000${item.target.slug}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = groups.get(label);
    if (list) list.push(item);
    else groups.set(label, [item]);
  };
  for (const edge of atlas.graph.outgoing(slug)) {
    add(edge.relation.forwardLabel, withDetail(atlas.get(edge.to), edge.detail));
  }
  const forwardLabels = new Set(groups.keys());
  for (const edge of atlas.graph.incoming(slug)) {
    add(edge.relation.inverseLabel, withDetail(atlas.get(edge.from), edge.detail));
  }
  // Declared relations keep the editor's order; computed ones are sorted for readers.
  return [...groups].map(([label, items]) => ({ label, items: forwardLabels.has(label) ? items : items.sort(newestOrTitle) }));
}

function withDetail(target: AtlasEntry, detail: EdgeDetail | undefined): RelatedItem {
  return detail ? { target, detail } : { target };
}

function newestOrTitle(a: RelatedItem, b: RelatedItem): number {
  const dateA = (a.target.entry.data as { date?: string }).date ?? '';
  const dateB = (b.target.entry.data as { date?: string }).date ?? '';
  return dateB.localeCompare(dateA) || a.target.title.localeCompare(b.target.title, 'de');
}
