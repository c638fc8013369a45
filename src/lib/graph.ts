import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { Problem } from './errors.ts';
import { relationsOf, type RelationSpec } from './relations.ts';
import type { Slug } from './slugs.ts';

/** What the graph needs to know of an entry; plain data, so it is testable without Astro. */
export interface GraphEntry {
  collection: CollectionName;
  slug: Slug;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
  draft?: boolean;
}

export interface EdgeDetail {
  role?: string;
  since?: string;
  note?: string;
}

export interface Edge {
  relation: RelationSpec;
  from: Slug;
  to: Slug;
  detail?: EdgeDetail;
}

export interface RelationGraph {
  get(slug: Slug): GraphEntry | undefined;
  /** Edges declared by this entry, in the order written. */
  outgoing(slug: Slug): readonly Edge[];
  /** Edges other entries declare towards this one. */
  incoming(slug: Slug): readonly Edge[];
  /** Former slug → current slug. */
  readonly aliases: ReadonlyMap<Slug, Slug>;
  readonly entries: readonly GraphEntry[];
}

const NONE: readonly Edge[] = [];

/**
 * Builds the relation graph in one pass over the entries (linear in entries plus edges)
 * and reports every duplicate slug, dangling or wrong-kind reference and alias collision.
 * Drafts reserve their slug but are not part of the published graph.
 */
export function buildGraph(entries: readonly GraphEntry[]): { graph: RelationGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  const registry = new Map<Slug, GraphEntry>();
  for (const entry of entries) {
    const existing = registry.get(entry.slug);
    if (existing) {
      problems.push(duplicate(entry, existing), duplicate(existing, entry));
    } else {
      registry.set(entry.slug, entry);
    }
  }
  const published = [...registry.values()].filter((entry) => !entry.draft);
  const aliases = collectAliases(published, registry, problems);
  const outgoing = new Map<Slug, Edge[]>();
  const incoming = new Map<Slug, Edge[]>();
  for (const entry of published) {
    for (const relation of relationsOf(entry.collection)) {
      for (const { to, field, detail } of referencesOf(entry, relation)) {
        const problem = checkReference(entry, relation, field, to, registry);
        if (problem) {
          problems.push(problem);
          continue;
        }
        const edge: Edge = detail ? { relation, from: entry.slug, to, detail } : { relation, from: entry.slug, to };
        push(outgoing, entry.slug, edge);
        push(incoming, to, edge);
      }
    }
  }
  const graph: RelationGraph = {
    get: (slug) => {
      const entry = registry.get(slug);
      return entry && !entry.draft ? entry : undefined;
    },
    outgoing: (slug) => outgoing.get(slug) ?? NONE,
    incoming: (slug) => incoming.get(slug) ?? NONE,
    aliases,
    entries: published,
  };
  return { graph, problems };
}

function push(map: Map<Slug, Edge[]>, key: Slug, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

function duplicate(entry: GraphEntry, other: GraphEntry): Problem {
  return {
    code: 'duplicate-slug',
    file: entry.file,
    value: entry.slug,
    expected: `Derselbe Slug gehört schon zu ${other.file}. Ein Slug muss über alle Ordner hinweg eindeutig sein: Benennen Sie eine der Dateien um.`,
  };
}

interface Reference {
  to: Slug;
  field: string;
  detail?: EdgeDetail;
}

/** Reads a reference field in any of its normalised shapes: slug, list of slugs, list of members. */
function referencesOf(entry: GraphEntry, relation: RelationSpec): Reference[] {
  const value = entry.data[relation.field];
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item: unknown, index): Reference[] => {
    const field = Array.isArray(value) ? `${relation.field}[${index}]` : relation.field;
    if (typeof item === 'string') return [{ to: item as Slug, field }];
    // Only reached for entries that failed validation: skip what is not a reference at all.
    if (typeof item !== 'object' || item === null || typeof (item as { ref?: unknown }).ref !== 'string') return [];
    const { ref, ...detail } = item as { ref: Slug } & EdgeDetail;
    return [Object.keys(detail).length ? { to: ref, field: `${field}.ref`, detail } : { to: ref, field: `${field}.ref` }];
  });
}

function checkReference(
  entry: GraphEntry,
  relation: RelationSpec,
  field: string,
  to: Slug,
  registry: ReadonlyMap<Slug, GraphEntry>,
): Problem | undefined {
  const expectedKinds = relation.targets.map((name) => COLLECTIONS[name].singular).join(' oder ');
  const target = registry.get(to);
  if (!target || target.draft) {
    return {
      code: 'unknown-reference',
      file: entry.file,
      field,
      value: to,
      expected: target
        ? `${target.file} ist ein Entwurf (draft: true) und wird nicht veröffentlicht. Erwartet: Slug eines veröffentlichten Eintrags (${expectedKinds}).`
        : `Erwartet: Slug eines vorhandenen Eintrags (${expectedKinds}).`,
    };
  }
  if (!relation.targets.includes(target.collection)) {
    return {
      code: 'wrong-reference-kind',
      file: entry.file,
      field,
      value: to,
      expected: `„${to}“ ist vom Typ ${COLLECTIONS[target.collection].singular}. Erwartet: ${expectedKinds}.`,
    };
  }
  return undefined;
}

function collectAliases(entries: readonly GraphEntry[], registry: ReadonlyMap<Slug, GraphEntry>, problems: Problem[]): Map<Slug, Slug> {
  const aliases = new Map<Slug, Slug>();
  for (const entry of entries) {
    const list = (entry.data['aliases'] as Slug[] | undefined) ?? [];
    list.forEach((alias, index) => {
      const owner = registry.get(alias);
      const earlier = aliases.get(alias);
      if (owner || earlier) {
        const other = owner ? `der Slug von ${owner.file}` : `schon Alias von ${registry.get(earlier!)?.file}`;
        problems.push({
          code: 'alias-collision',
          file: entry.file,
          field: `aliases[${index}]`,
          value: alias,
          expected: `„${alias}“ ist ${other}. Erwartet: ein früherer Slug, der sonst nirgends vergeben ist.`,
        });
        return;
      }
      aliases.set(alias, entry.slug);
    });
  }
  return aliases;
}

