import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, getEntry, render } from 'astro:content';
import { COLLECTION_NAMES } from '../vocabulary/collections.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { atlasEntry, indexAtlas, type Atlas, type AtlasEntry } from '../read-model/atlas.ts';

/**
 * The pages' door to the read model (src/read-model/atlas.ts): the only module that reads
 * Astro's content layer. Built once per build (or per dev-server load) and shared by every page.
 */
let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= createAtlas();
  return atlas;
}

async function createAtlas(): Promise<Atlas> {
  // In the dev server a broken knowledge base does not stop the server: every page shows
  // the problems instead, in Astro's error overlay, until the file is fixed.
  const status = await getEntry('status', 'current');
  if (!status) throw new Error('The knowledge base loader stored no status.');
  const { problems, bodies } = status.data;
  if (problems) throw new KnowledgeBaseProblems(problems);
  const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  const entries = loaded.flat().map((entry) =>
    atlasEntry({
      collection: entry.collection,
      slug: entry.id as Slug,
      stored: entry.data,
      filePath: entry.filePath,
      bodies,
    }),
  );
  return indexAtlas(entries);
}

/**
 * The dev overlay's error, in German: Astro's overlay shows `title`, the message, `hint`, the
 * code around `loc` and the stack box; here the box holds the problem list, one per line (with
 * its copy button), and `loc` the first problem's line, so nothing in it is English or empty.
 */
class KnowledgeBaseProblems extends Error {
  override name = 'KnowledgeBaseError';
  readonly title = 'Die Wissensbasis hat Probleme';
  readonly hint =
    'Korrigieren und speichern Sie die Datei: Die Seite lädt dann von selbst neu. Jeder Fehlercode ist in CONTRIBUTING.md erklärt, Abschnitt „Fehlerkatalog“.';
  readonly loc: { file: string; line: number; column: number } | undefined;
  constructor(message: string) {
    const [headline = '', ...list] = message.split('\n');
    super(headline);
    this.stack = list.map((line) => line.trim()).join('\n');
    const first = /^\s*\[[a-z-]+\] (\S+?):(\d+)/m.exec(message);
    this.loc = first
      ? { file: path.resolve(first[1]!), line: Number(first[2]), column: 1 }
      : undefined;
  }
}

/** The body's HTML as the loader rendered it; `undefined` for `.mdx`, which Astro renders. */
export function bodyHtml(item: AtlasEntry): string | undefined {
  return item.bodyFile === undefined ? undefined : readFileSync(item.bodyFile, 'utf8');
}

/** The `.mdx` body's component, rendered by Astro. */
export async function mdxContent(item: AtlasEntry) {
  const entry = await getEntry(item.collection, item.slug);
  if (!entry) throw new Error(`Unknown entry ${item.slug}`);
  return (await render(entry)).Content;
}
