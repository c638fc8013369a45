/**
 * What a change to the knowledge base changes in the atlas, worked out from two loads of it
 * (before and after) through the project's own read model, and written as German Markdown for
 * a pull request's job summary (`npm run changes -- <base-ref>`, scripts/changes.ts).
 */
import type { KnowledgeBase } from '../src/knowledge-base/load.ts';
import {
  atlasEntry,
  indexAtlas,
  relatedGroups,
  type Atlas,
  type AtlasEntry,
} from '../src/read-model/atlas.ts';
import { COLLECTIONS, type CollectionName } from '../src/vocabulary/collections.ts';
import type { Slug } from '../src/vocabulary/slugs.ts';
import {
  collectionPath,
  dataPath,
  homePath,
  matrixPath,
  membershipsPath,
  overviewPath,
  timelinePath,
} from '../src/vocabulary/urls.ts';

/** One state of the knowledge base: the read model pages use, and each entry's file content. */
export interface AtlasSnapshot {
  atlas: Atlas;
  /** Slug → frontmatter and body as read, to tell which entries changed. */
  contents: ReadonlyMap<Slug, { data: Record<string, unknown>; body: string }>;
}

export function snapshotOf(base: Pick<KnowledgeBase, 'entries' | 'graph'>): AtlasSnapshot {
  const entries = base.entries.map((entry) =>
    atlasEntry({
      collection: entry.collection,
      slug: entry.slug,
      stored: {
        frontmatter: entry.data,
        file: entry.file,
        updated: entry.updated,
      },
    }),
  );
  return {
    atlas: indexAtlas(entries),
    contents: new Map(
      base.entries.map((entry) => [entry.slug, { data: entry.data, body: entry.body }]),
    ),
  };
}

/** One line in an entry's related lists, as its page shows it. */
export interface RelationChange {
  /** The entry whose page shows the line. */
  entry: AtlasEntry;
  /** The heading on that page, e.g. „Mitglied in“. */
  label: string;
  other: AtlasEntry;
  change: 'gained' | 'lost';
}

export interface SourceChange {
  title: string;
  url?: string;
  citedBy: AtlasEntry;
}

export interface AtlasChanges {
  added: AtlasEntry[];
  /** Entries on both sides whose frontmatter or body differ, with what differs. */
  changed: { entry: AtlasEntry; fields: string[]; body: boolean }[];
  removed: AtlasEntry[];
  relations: RelationChange[];
  /** Entry pages whose content changes (the entries themselves and their neighbours), by path. */
  entryPages: AtlasEntry[];
  /** Index and overview pages whose content changes. */
  otherPages: { path: string; title: string }[];
  sources: SourceChange[];
}

const itemKey = (label: string, slug: Slug) => `${label}\u0000${slug}`;

interface PageItem {
  label: string;
  other: AtlasEntry;
}

/** What each entry's page lists under which heading: heading + other slug → the other entry. */
function pageItems(atlas: Atlas, slug: Slug): Map<string, PageItem> {
  const items = new Map<string, PageItem>();
  for (const group of relatedGroups(atlas, slug))
    for (const item of group.items)
      items.set(itemKey(group.label, item.target.slug), { label: group.label, other: item.target });
  return items;
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function sourcesOf(entry: AtlasEntry): { title: string; url?: string }[] {
  const sources = (entry.data as { sources?: { title: string; url?: string }[] }).sources;
  return sources ?? [];
}

const sourceKey = (source: { title: string; url?: string }) => source.url ?? source.title;

const byTitle = (a: AtlasEntry, b: AtlasEntry) => a.title.localeCompare(b.title, 'de');

export function atlasChanges(before: AtlasSnapshot, after: AtlasSnapshot): AtlasChanges {
  const had = (slug: Slug) => before.contents.has(slug);
  const has = (slug: Slug) => after.contents.has(slug);
  const added = after.atlas.entries.filter((entry) => !had(entry.slug)).sort(byTitle);
  const removed = before.atlas.entries.filter((entry) => !has(entry.slug)).sort(byTitle);
  const changed: AtlasChanges['changed'] = [];
  for (const entry of after.atlas.entries) {
    const old = before.contents.get(entry.slug);
    const now = after.contents.get(entry.slug)!;
    if (!old) continue;
    const fields = changedFields(old.data, now.data);
    const body = old.body !== now.body;
    if (fields.length || body) changed.push({ entry, fields, body });
  }
  changed.sort((a, b) => byTitle(a.entry, b.entry));

  const relations: RelationChange[] = [];
  const slugs = new Set([...before.contents.keys(), ...after.contents.keys()]);
  for (const slug of slugs) {
    // A removed entry's own page is gone; what its neighbours lose is listed on their side.
    if (!has(slug)) continue;
    const entry = after.atlas.get(slug);
    const old = had(slug) ? pageItems(before.atlas, slug) : new Map<string, PageItem>();
    const now = pageItems(after.atlas, slug);
    for (const [key, item] of now)
      if (!old.has(key)) relations.push({ entry, ...item, change: 'gained' });
    for (const [key, item] of old)
      if (!now.has(key)) relations.push({ entry, ...item, change: 'lost' });
  }
  relations.sort(
    (a, b) =>
      byTitle(a.entry, b.entry) ||
      a.label.localeCompare(b.label, 'de') ||
      byTitle(a.other, b.other),
  );

  const pages = new Map<Slug, AtlasEntry>();
  for (const entry of added) pages.set(entry.slug, entry);
  for (const { entry, fields } of changed) {
    pages.set(entry.slug, entry);
    // Neighbours show the entry's title and summary in their related lists.
    if (fields.includes('title') || fields.includes('summary'))
      for (const item of pageItems(after.atlas, entry.slug).values())
        pages.set(item.other.slug, item.other);
  }
  for (const { entry } of relations) pages.set(entry.slug, entry);

  const known = new Set(before.atlas.entries.flatMap((entry) => sourcesOf(entry).map(sourceKey)));
  const sources: SourceChange[] = [];
  for (const entry of [...after.atlas.entries].sort(byTitle))
    for (const source of sourcesOf(entry)) {
      const key = sourceKey(source);
      if (known.has(key)) continue;
      known.add(key);
      sources.push(
        source.url ? { ...source, citedBy: entry } : { title: source.title, citedBy: entry },
      );
    }

  return {
    added,
    changed,
    removed,
    relations,
    entryPages: [...pages.values()].sort(byTitle),
    // Index and overview pages show fields, not bodies.
    otherPages: otherPages({
      added,
      changed: changed.filter((item) => item.fields.length).map((item) => item.entry),
      removed,
      relations,
    }),
    sources,
  };
}

/** Index and overview pages that list or draw what changed. */
function otherPages(changes: {
  added: AtlasEntry[];
  changed: AtlasEntry[];
  removed: AtlasEntry[];
  relations: RelationChange[];
}): { path: string; title: string }[] {
  const touched = [...changes.added, ...changes.changed, ...changes.removed];
  if (!touched.length && !changes.relations.length) return [];
  const collections = new Set<CollectionName>(touched.map((entry) => entry.collection));
  const pages: { path: string; title: string }[] = [];
  if (changes.added.length || changes.removed.length || collections.has('press-releases'))
    pages.push({ path: homePath(), title: 'Startseite' });
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[])
    if (collections.has(collection))
      pages.push({ path: collectionPath(collection), title: COLLECTIONS[collection].plural });
  if (changes.relations.length || changes.added.length || changes.removed.length)
    pages.push({ path: overviewPath(), title: 'Übersicht' });
  if (collections.has('initiatives') || collections.has('press-releases'))
    pages.push({ path: timelinePath(), title: 'Zeitleiste' });
  const labels = new Set(changes.relations.map((change) => change.label));
  if ([...labels].some((label) => /Handlungsfeld/.test(label)) || collections.has('action-fields'))
    pages.push({ path: matrixPath(), title: 'Matrix der Handlungsfelder' });
  if (labels.has('Mitglieder') || labels.has('Mitglied in'))
    pages.push({ path: membershipsPath(), title: 'Mitgliedschaften' });
  pages.push({ path: dataPath(), title: 'Offene Daten' });
  return pages;
}

/** Text from the knowledge base, safe inside Markdown: no link, emphasis or HTML of its own. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+|!~&]/g, (character) => `\\${character}`);
}

/** A URL inside `[…](…)`; characters that would end it are percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (character) => encodeURIComponent(character));
}

export interface SummaryOptions {
  /** The public address of the site; links are relative to it, or root-relative without it. */
  siteUrl?: string | undefined;
  /** What was compared, e.g. „main … HEAD“. */
  compared: string;
}

export function changesMarkdown(changes: AtlasChanges, options: SummaryOptions): string {
  const origin = options.siteUrl?.replace(/\/+$/, '') ?? '';
  const link = (entry: AtlasEntry) =>
    `[${markdownText(entry.title)}](${markdownUrl(origin + entry.url)})`;
  const kind = (entry: AtlasEntry) => COLLECTIONS[entry.collection].singular;
  const lines: string[] = [`## Was sich im Atlas ändert`, '', `Verglichen: ${options.compared}.`];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push('', `### ${title} (${items.length})`, '', ...items);
  };
  if (
    !changes.added.length &&
    !changes.changed.length &&
    !changes.removed.length &&
    !changes.relations.length
  ) {
    lines.push('', 'Keine Änderung an veröffentlichten Einträgen.');
    return `${lines.join('\n')}\n`;
  }
  section(
    'Neue Einträge',
    changes.added.map((entry) => `- ${link(entry)} (${kind(entry)})`),
  );
  section(
    'Geänderte Einträge',
    changes.changed.map(({ entry, fields, body }) => {
      const what = [
        ...(fields.length ? [`Felder ${fields.map((field) => `\`${field}\``).join(', ')}`] : []),
        ...(body ? ['Text'] : []),
      ];
      return `- ${link(entry)} (${kind(entry)}): ${what.join('; ')}`;
    }),
  );
  section(
    'Entfernte Einträge',
    changes.removed.map(
      (entry) => `- ${markdownText(entry.title)} (${kind(entry)}, bisher \`${entry.url}\`)`,
    ),
  );
  section('Beziehungen', relationLines(changes.relations, link));
  section('Seiten, deren Inhalt sich ändert', [
    ...changes.entryPages.map((entry) => `- ${link(entry)}`),
    ...changes.otherPages.map((page) => `- [${page.title}](${markdownUrl(origin + page.path)})`),
  ]);
  section(
    'Neue Quellen',
    changes.sources.map((source) => {
      const title = markdownText(source.title);
      const named = source.url ? `[${title}](${markdownUrl(source.url)})` : title;
      return `- ${named}, zitiert in ${link(source.citedBy)}`;
    }),
  );
  return `${lines.join('\n')}\n`;
}

/** One line per entry and heading, as its page lists them: „Region Hannover – Mitglied in: neu …“. */
function relationLines(
  relations: readonly RelationChange[],
  link: (entry: AtlasEntry) => string,
): string[] {
  const lines = new Map<string, { head: string; gained: string[]; lost: string[] }>();
  for (const change of relations) {
    const key = `${change.entry.slug}\u0000${change.label}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        head: `${link(change.entry)} – ${markdownText(change.label)}`,
        gained: [],
        lost: [],
      };
      lines.set(key, line);
    }
    line[change.change === 'gained' ? 'gained' : 'lost'].push(link(change.other));
  }
  return [...lines.values()].map(({ head, gained, lost }) => {
    const parts = [
      ...(gained.length ? [`neu ${gained.join(', ')}`] : []),
      ...(lost.length ? [`nicht mehr ${lost.join(', ')}`] : []),
    ];
    return `- ${head}: ${parts.join('; ')}`;
  });
}
