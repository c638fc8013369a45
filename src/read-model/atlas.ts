import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import type { PartialDate } from '../vocabulary/dates.ts';
import type { Edge, EdgeDetail } from '../vocabulary/relations.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { entryPath, type SitePath } from '../vocabulary/urls.ts';
import type { TypedData } from '../schemas/index.ts';
import { buildGraph } from '../knowledge-base/graph.ts';

/**
 * The atlas as pages read it, and what the loader stores so that pages can: each entry with
 * its validated frontmatter, no edges. The relation graph is derived from the frontmatter once
 * per build (or per dev-server load) by the same linear pass the loader validates with
 * (src/knowledge-base/graph.ts); pages read an entry's neighbourhood in O(its edges) and never
 * rebuild or re-invert the graph. Edges stay out of Astro's data store: a save re-serialises the
 * whole store, edges in both directions were half of it at 10,000 entries, and a changed
 * reference would change the stored incoming edges (and so the digests) of other entries too.
 * Pure, so unit tests build the same model from plain entries (tests/helpers/atlas.ts).
 *
 * This type is what the loader stores as an entry's data in Astro's data store.
 */
export type StoredEntry<Data = unknown> = {
  /** The validated frontmatter. */
  frontmatter: Data;
  /**
   * Path of the editor's file relative to the project root, e.g. `content/networks/uan.mdx`,
   * only for `.mdx`: Astro's own `filePath` of the entry names a Markdown entry's file already,
   * but an `.mdx` entry's is the copy Astro compiles (src/loader/cache-files.ts).
   */
  file?: string;
  /** `updated` from the frontmatter, else the date of the file's last commit. */
  updated: PartialDate | undefined;
};

/**
 * Where the loader writes a Markdown entry's rendered body, below `bodies` (its folder beside
 * Astro's cache). The HTML lives in a file of its own: Astro bundles the data store into the
 * build as one JavaScript string, and 10,000 bodies in it were the largest cost of the build.
 * The path follows from collection and slug, so the store does not hold it for every entry.
 */
export function bodyFileOf(bodies: string, collection: CollectionName, slug: Slug): string {
  return path.join(bodies, COLLECTIONS[collection].folder, `${slug}.html`);
}

export type AtlasEntry = TypedData & {
  slug: Slug;
  url: SitePath;
  title: string;
  summary: string;
  /** Path of the source file relative to the project root. */
  file: string;
  updated: PartialDate | undefined;
  /** Absolute path of the body's rendered HTML, absent for `.mdx` (Astro renders those). */
  bodyFile: string | undefined;
};

export interface Atlas {
  entries: readonly AtlasEntry[];
  get(slug: Slug): AtlasEntry;
  /** The collection's entries, sorted by title. */
  ofCollection(collection: CollectionName): readonly AtlasEntry[];
  graph: {
    outgoing(slug: Slug): readonly Edge[];
    incoming(slug: Slug): readonly Edge[];
    /** Former slug → current slug. */
    aliases: ReadonlyMap<Slug, Slug>;
  };
}

/**
 * An entry of the atlas from what the loader stored for it and Astro's `filePath` of it;
 * `bodies` is the folder of the rendered bodies (absent where no body is read, as in unit tests).
 */
export function atlasEntry(input: {
  collection: CollectionName;
  slug: Slug;
  stored: StoredEntry;
  filePath?: string | undefined;
  bodies?: string;
}): AtlasEntry {
  const { collection, slug, stored, bodies } = input;
  const file = stored.file ?? input.filePath;
  if (file === undefined) throw new Error(`The stored entry ${slug} names no file`);
  // The one place where stored data meets its type: the loader stored validated frontmatter.
  const data = stored.frontmatter as { title: string; summary: string };
  return {
    collection,
    data,
    slug,
    url: entryPath(collection, slug),
    title: data.title,
    summary: data.summary,
    file,
    updated: stored.updated,
    bodyFile:
      bodies === undefined || file.endsWith('.mdx')
        ? undefined
        : bodyFileOf(bodies, collection, slug),
  } as AtlasEntry;
}

/**
 * The lookups pages use: a Map by slug, each collection sorted by title for readers, and the
 * relation graph with the alias map. The stored entries are valid and published, so the graph
 * finds no problems; should the store ever hold a dangling reference, its edge is left out.
 * The graph reads the entries sorted by file path, so the order of incoming edges (and with
 * it the order of headings on a page) is the same on every machine and for every history of
 * the data store, which keeps entries in the order it first received them.
 */
export function indexAtlas(entries: AtlasEntry[]): Atlas {
  const bySlug = new Map(entries.map((item) => [item.slug, item]));
  const byCollection = new Map<CollectionName, AtlasEntry[]>();
  for (const item of entries) {
    const list = byCollection.get(item.collection);
    if (list) list.push(item);
    else byCollection.set(item.collection, [item]);
  }
  for (const list of byCollection.values())
    list.sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const get = (slug: Slug) => {
    const item = bySlug.get(slug);
    if (!item) throw new Error(`Unknown entry ${slug}`);
    return item;
  };
  const byFile = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const { graph } = buildGraph(byFile);
  return {
    entries,
    get,
    ofCollection: (collection) => byCollection.get(collection) ?? [],
    graph: {
      outgoing: (slug) => graph.outgoing(get(slug).slug),
      incoming: (slug) => graph.incoming(get(slug).slug),
      aliases: graph.aliases,
    },
  };
}

export interface RelatedItem {
  target: AtlasEntry;
  /** The edge behind the item, for pictures that draw it. */
  edge: Edge;
  detail?: EdgeDetail;
  /** The other ways the same entry is related, named under their own headings. */
  also?: { label: string; edge: Edge; detail?: EdgeDetail }[];
}

export interface RelatedGroup {
  label: string;
  items: RelatedItem[];
}

/**
 * Every relation of an entry, declared by it or pointing at it, grouped under German
 * headings. An entry related in two ways is listed once, under the first heading, and names
 * the other relations (`also`): a release that a network published and that is about it
 * appears once, „auch: In der Presse“.
 */
export function relatedGroups(atlas: Atlas, slug: Slug): RelatedGroup[] {
  const groups = new Map<string, RelatedItem[]>();
  const seen = new Set<string>();
  const add = (label: string, target: AtlasEntry, edge: Edge) => {
    // A symmetric relation declared on both sides, or an entry named twice, is shown once.
    const key = `${label}\u0000${target.slug}`;
    if (seen.has(key)) return;
    seen.add(key);
    const item = edge.detail ? { target, edge, detail: edge.detail } : { target, edge };
    const list = groups.get(label);
    if (list) list.push(item);
    else groups.set(label, [item]);
  };
  for (const edge of atlas.graph.outgoing(slug))
    add(edge.relation.forwardLabel, atlas.get(edge.to), edge);
  const forwardLabels = new Set(groups.keys());
  for (const edge of atlas.graph.incoming(slug))
    add(edge.relation.inverseLabel, atlas.get(edge.from), edge);
  // Declared relations keep the editor's order; computed ones are sorted for readers.
  const sorted = [...groups].map(([label, items]) => ({
    label,
    items: forwardLabels.has(label) ? items : items.sort(newestOrTitle),
  }));
  return mergeRepeatedTargets(sorted);
}

/** Keeps each target's first item and folds its later ones into it; empty groups go. */
function mergeRepeatedTargets(groups: RelatedGroup[]): RelatedGroup[] {
  const first = new Map<Slug, RelatedItem>();
  const merged: RelatedGroup[] = [];
  for (const group of groups) {
    const items: RelatedItem[] = [];
    for (const item of group.items) {
      const earlier = first.get(item.target.slug);
      if (!earlier) {
        first.set(item.target.slug, item);
        items.push(item);
        continue;
      }
      const other = item.detail
        ? { label: group.label, edge: item.edge, detail: item.detail }
        : { label: group.label, edge: item.edge };
      earlier.also = [...(earlier.also ?? []), other];
    }
    if (items.length) merged.push({ label: group.label, items });
  }
  return merged;
}

function dateOf(item: AtlasEntry): string {
  return item.collection === 'press-releases' ? item.data.date : '';
}

function newestOrTitle(a: RelatedItem, b: RelatedItem): number {
  return (
    dateOf(b.target).localeCompare(dateOf(a.target)) ||
    a.target.title.localeCompare(b.target.title, 'de')
  );
}
