import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import { indexAtlas } from '../read-model/atlas-index.ts';
import type { PartialDate } from '../vocabulary/dates.ts';
import type { Edge, EdgeDetail } from '../knowledge-base/graph.ts';
import { edgesOf, type StoredRelations } from '../read-model/atlas.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { entryPath, type SitePath } from '../vocabulary/urls.ts';
import type { StoredExtras } from '../loader/cache-files.ts';
import type { EntryData, TypedData } from '../schemas/index.ts';

/**
 * The site's read model for pages: every published entry with its stored neighbourhood.
 * The graph was built and validated once, in the loader; this module only indexes the
 * entries by slug and collection (a Map each) and hands out what the loader stored.
 */
export type AnyEntry = CollectionEntry<CollectionName>;

export type AtlasEntry = TypedData & {
  slug: Slug;
  url: SitePath;
  title: string;
  summary: string;
  /** Path of the source file relative to the project root. */
  file: string;
  updated: PartialDate | undefined;
  relations: StoredRelations;
  /** The body's HTML, rendered once by the loader; absent for `.mdx`, which Astro renders. */
  bodyFile: string | undefined;
  entry: AnyEntry;
};

export interface Atlas {
  entries: readonly AtlasEntry[];
  get(slug: Slug): AtlasEntry;
  ofCollection(collection: CollectionName): readonly AtlasEntry[];
  graph: {
    outgoing(slug: Slug): readonly Edge[];
    incoming(slug: Slug): readonly Edge[];
    /** Former slug → current slug. */
    aliases: ReadonlyMap<Slug, Slug>;
  };
}

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= createAtlas();
  return atlas;
}

async function createAtlas(): Promise<Atlas> {
  // In the dev server a broken knowledge base does not stop the server: every page shows
  // the problems instead, in Astro's error overlay, until the file is fixed.
  const status = await getEntry('status', 'current');
  if (status?.data.problems) throw new KnowledgeBaseProblems(status.data.problems);
  const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  const entries = loaded.flat().map(toAtlasEntry);
  return indexAtlas(entries);
}

class KnowledgeBaseProblems extends Error {
  override name = 'KnowledgeBaseError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

function toAtlasEntry(entry: AnyEntry): AtlasEntry {
  // The one place where stored data meets its type: the loader stored validated data
  // plus the extras of src/loader/cache-files.ts.
  const data = entry.data as EntryData<CollectionName> & StoredExtras;
  const collection = entry.collection;
  return {
    collection,
    data,
    slug: entry.id as Slug,
    url: entryPath(collection, entry.id),
    title: data.title,
    summary: data.summary,
    file: entry.filePath ?? '',
    updated: data.updated as PartialDate | undefined,
    relations: data.relations,
    bodyFile: data.bodyFile,
    entry,
  } as AtlasEntry;
}

export function bodyHtml(item: AtlasEntry): string | undefined {
  return item.bodyFile === undefined ? undefined : readFileSync(item.bodyFile, 'utf8');
}

export interface RelatedItem {
  target: AtlasEntry;
  /** The stored edge behind the item, for pictures that draw it. */
  edge: Edge;
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
  const { outgoing, incoming } = edgesOf(slug, atlas.get(slug).relations);
  for (const edge of outgoing) add(edge.relation.forwardLabel, related(atlas.get(edge.to), edge));
  const forwardLabels = new Set(groups.keys());
  for (const edge of incoming) add(edge.relation.inverseLabel, related(atlas.get(edge.from), edge));
  // Declared relations keep the editor's order; computed ones are sorted for readers.
  return [...groups].map(([label, items]) => ({ label, items: forwardLabels.has(label) ? items : items.sort(newestOrTitle) }));
}

function related(target: AtlasEntry, edge: Edge): RelatedItem {
  return edge.detail ? { target, edge, detail: edge.detail } : { target, edge };
}

function dateOf(item: AtlasEntry): string {
  return item.collection === 'press-releases' ? item.data.date : '';
}

function newestOrTitle(a: RelatedItem, b: RelatedItem): number {
  return dateOf(b.target).localeCompare(dateOf(a.target)) || a.target.title.localeCompare(b.target.title, 'de');
}
