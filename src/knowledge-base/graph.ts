import { COLLECTIONS } from '../vocabulary/collections.ts';
import type { Problem } from '../vocabulary/errors.ts';
import {
  relationsOf,
  type Edge,
  type EdgeDetail,
  type RelationSpec,
} from '../vocabulary/relations.ts';
import { isSlug, type Slug } from '../vocabulary/slugs.ts';
import { closestMatch } from '../vocabulary/suggest.ts';
import { aliasMap } from './aliases.ts';
import type { LoadedEntry } from './read-entry.ts';

/** What the graph needs of an entry read from its file; plain data, so it is testable without Astro. */
export type GraphInput = Pick<LoadedEntry, 'collection' | 'slug' | 'file' | 'data'> & {
  draft?: boolean;
};

export interface RelationGraph<Entry extends GraphInput = GraphInput> {
  get(slug: Slug): Entry | undefined;
  /** Edges declared by this entry, in the order written. */
  outgoing(slug: Slug): readonly Edge[];
  /** Edges other entries declare towards this one. */
  incoming(slug: Slug): readonly Edge[];
  /** Former slug → current slug. */
  readonly aliases: ReadonlyMap<Slug, Slug>;
  readonly entries: readonly Entry[];
}

const NONE: readonly Edge[] = [];

/**
 * Builds the relation graph in one pass over the entries (linear in entries plus edges)
 * and reports every duplicate slug, dangling or wrong-kind reference, alias collision and
 * loop in the chain of parent actors. Drafts reserve their slug but are not part of the
 * published graph. Problems name the field; their line is added by whoever has the file.
 */
export function buildGraph<Entry extends GraphInput>(
  entries: readonly Entry[],
): { graph: RelationGraph<Entry>; problems: Problem[] } {
  const problems: Problem[] = [];
  const registry = new Map<Slug, Entry>();
  for (const entry of entries) {
    const existing = registry.get(entry.slug);
    if (existing) {
      problems.push(duplicate(entry, existing), duplicate(existing, entry));
    } else {
      registry.set(entry.slug, entry);
    }
  }
  const published = [...registry.values()].filter((entry) => !entry.draft);
  const { aliases, problems: aliasProblems } = aliasMap(published, registry);
  problems.push(...aliasProblems);
  const outgoing = new Map<Slug, Edge[]>();
  const incoming = new Map<Slug, Edge[]>();
  const lookup: ReferenceLookup = {
    registry,
    aliases,
    published,
    candidates: new Map(),
    suggestions: new Map(),
    budget: SUGGESTION_BUDGET,
  };
  for (const entry of published) {
    for (const relation of relationsOf(entry.collection)) {
      const written = new Map<Slug, string>();
      for (const { to, field, detail } of referencesOf(entry, relation)) {
        const problem =
          repeated(entry, relation, field, to, written) ??
          checkReference(entry, relation, field, to, lookup);
        if (problem) {
          problems.push(problem);
          continue;
        }
        const edge: Edge = detail
          ? { relation, from: entry.slug, to, detail }
          : { relation, from: entry.slug, to };
        push(outgoing, entry.slug, edge);
        push(incoming, to, edge);
      }
    }
  }
  problems.push(...parentCycles(published, outgoing, registry));
  const graph: RelationGraph<Entry> = {
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

function duplicate(entry: GraphInput, other: GraphInput): Problem {
  return {
    code: 'duplicate-slug',
    file: entry.file,
    value: entry.slug,
    expected: `Derselbe Slug gehört schon zu ${other.file}. Ein Slug muss über alle Ordner hinweg eindeutig sein: Benennen Sie eine der Dateien um.`,
  };
}

/**
 * A reference to the entry itself (a network among its own members, an action field in its
 * own `related`) or the same slug twice in one field: the page would show it once or not at
 * all, so the editor hears of it. A parent that is the actor itself is a `parent-cycle`.
 */
function repeated(
  entry: GraphInput,
  relation: RelationSpec,
  field: string,
  to: Slug,
  written: Map<Slug, string>,
): Problem | undefined {
  if (to === entry.slug && relation.field !== 'parent') {
    return {
      code: 'self-reference',
      file: entry.file,
      field,
      value: to,
      expected: `„${to}“ ist dieser Eintrag selbst. Ein Eintrag kann nicht sein eigenes Mitglied, sein eigener Träger oder mit sich selbst verwandt sein: Entfernen Sie die Zeile.`,
    };
  }
  const earlier = written.get(to);
  if (earlier !== undefined) {
    return {
      code: 'duplicate-reference',
      file: entry.file,
      field,
      value: to,
      expected: `„${to}“ steht schon in ${earlier}; die Seite zeigt jeden Eintrag nur einmal. Fassen Sie beide Angaben in einer zusammen und löschen Sie die andere.`,
    };
  }
  written.set(to, field.replace(/\.ref$/, ''));
  return undefined;
}

interface Reference {
  to: Slug;
  field: string;
  detail?: EdgeDetail;
}

/** Reads a reference field in any of its normalised shapes: slug, list of slugs, list of members. */
function referencesOf(entry: GraphInput, relation: RelationSpec): Reference[] {
  const value = entry.data[relation.field];
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item: unknown, index): Reference[] => {
    const field = Array.isArray(value) ? `${relation.field}[${index}]` : relation.field;
    if (typeof item === 'string') return [{ to: item as Slug, field }];
    // Only reached for entries that failed validation: skip what is not a reference at all.
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof (item as { ref?: unknown }).ref !== 'string'
    )
      return [];
    const { ref, ...detail } = item as { ref: Slug } & EdgeDetail;
    return [
      Object.keys(detail).length
        ? { to: ref, field: `${field}.ref`, detail }
        : { to: ref, field: `${field}.ref` },
    ];
  });
}

interface ReferenceLookup {
  registry: ReadonlyMap<Slug, GraphInput>;
  aliases: ReadonlyMap<Slug, Slug>;
  published: readonly GraphInput[];
  /** Published slugs per set of target collections, built on the first typo that needs them. */
  candidates: Map<string, Slug[]>;
  /** „Meinten Sie …?“ per target collections and typo: a mass rename repeats the same few. */
  suggestions: Map<string, Slug | undefined>;
  /** Slug comparisons left for suggestions (see SUGGESTION_BUDGET). */
  budget: number;
}

/**
 * A typo is compared with every slug of the allowed kinds. Thousands of dangling references
 * (a folder renamed by mistake) would make that quadratic, so the hints stop after about
 * this many comparisons, well under a second; the errors themselves are all reported.
 */
const SUGGESTION_BUDGET = 300_000;

function checkReference(
  entry: GraphInput,
  relation: RelationSpec,
  field: string,
  to: Slug,
  lookup: ReferenceLookup,
): Problem | undefined {
  // Not a slug at all (`Region Hannover`): the schema has reported it already, once is enough.
  if (!isSlug(to)) return undefined;
  const expectedKinds = relation.targets.map((name) => COLLECTIONS[name].singular).join(' oder ');
  const target = lookup.registry.get(to);
  if (!target || target.draft) {
    return {
      code: 'unknown-reference',
      file: entry.file,
      field,
      value: to,
      ...unknownReference(to, target, relation, expectedKinds, lookup),
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

function unknownReference(
  to: Slug,
  target: GraphInput | undefined,
  relation: RelationSpec,
  expectedKinds: string,
  lookup: ReferenceLookup,
): Pick<Problem, 'expected' | 'suggestion'> {
  if (target) {
    return {
      expected: `${target.file} ist ein Entwurf (draft: true) und wird nicht veröffentlicht. Erwartet: Slug eines veröffentlichten Eintrags (${expectedKinds}).`,
    };
  }
  const renamed = lookup.aliases.get(to);
  if (renamed) {
    return {
      expected: `„${to}“ ist der frühere Slug von ${lookup.registry.get(renamed)?.file}: Der Eintrag wurde umbenannt; verwenden Sie „${renamed}“.`,
      suggestion: renamed,
    };
  }
  const suggestion = suggestSlug(to, relation, lookup);
  const expected = `Erwartet: Slug eines vorhandenen Eintrags (${expectedKinds}).`;
  return suggestion
    ? { expected: `Meinten Sie „${suggestion}“? ${expected}`, suggestion }
    : { expected };
}

function suggestSlug(to: Slug, relation: RelationSpec, lookup: ReferenceLookup): Slug | undefined {
  const key = relation.targets.join(' ');
  const memo = `${key} ${to}`;
  if (lookup.suggestions.has(memo)) return lookup.suggestions.get(memo);
  let slugs = lookup.candidates.get(key);
  if (!slugs) {
    slugs = lookup.published
      .filter((entry) => relation.targets.includes(entry.collection))
      .map((entry) => entry.slug);
    lookup.candidates.set(key, slugs);
  }
  if (lookup.budget < slugs.length) return undefined;
  lookup.budget -= slugs.length;
  const suggestion = closestMatch(to, slugs) as Slug | undefined;
  lookup.suggestions.set(memo, suggestion);
  return suggestion;
}

/**
 * A parent chain that comes back to where it started (A → B → A, or A → A) has no top:
 * reported once per loop, at the entry with the first slug in the loop. Each actor is
 * walked once, so this is linear in the number of actors.
 */
function parentCycles(
  published: readonly GraphInput[],
  outgoing: ReadonlyMap<Slug, Edge[]>,
  registry: ReadonlyMap<Slug, GraphInput>,
): Problem[] {
  const parentOf = (slug: Slug) =>
    outgoing.get(slug)?.find((edge) => edge.relation.field === 'parent')?.to;
  const state = new Map<Slug, 'walking' | 'done'>();
  const problems: Problem[] = [];
  for (const entry of published) {
    if (entry.collection !== 'actors') continue;
    const path: Slug[] = [];
    let current: Slug | undefined = entry.slug;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = parentOf(current);
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const loop = path.slice(path.indexOf(current));
      const first = loop.indexOf([...loop].sort()[0]!);
      const ordered = [...loop.slice(first), ...loop.slice(0, first)];
      const files = ordered.map((slug) => registry.get(slug)!.file);
      problems.push({
        code: 'parent-cycle',
        file: files[0]!,
        field: 'parent',
        value: parentOf(ordered[0]!)!,
        ...(files.length > 1 ? { alsoIn: files.slice(1) } : {}),
        expected:
          `Die Kette der übergeordneten Akteure führt im Kreis: ${[...ordered, ordered[0]].join(' → ')}. ` +
          `Ein Akteur kann nicht, auch nicht über Zwischenstufen, sich selbst übergeordnet sein. Korrigieren oder entfernen Sie „parent“ in einer dieser Dateien: ${files.join(', ')}.`,
      });
    }
    for (const slug of path) state.set(slug, 'done');
  }
  return problems;
}
