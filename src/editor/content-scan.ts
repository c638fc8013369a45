import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import { listEntryFiles } from '../knowledge-base/entry-files.ts';
import { parseEntryFile } from '../knowledge-base/frontmatter.ts';

/**
 * A light look at the knowledge base: which slugs and aliases are taken, and which entries
 * are published. Unlike `loadKnowledgeBase` it never throws on a broken entry, because the
 * editor tools (scaffolding, live validation) must keep working while one file is broken.
 */
export interface ContentScan {
  /** Every slug in use, with the file that holds it (drafts and broken entries included). */
  slugs: Map<string, { collection: CollectionName; file: string }>;
  /** Every alias, with the file that declares it. */
  aliases: Map<string, { file: string }>;
  /** Slugs of published entries per collection, sorted: what a reference may name. */
  published: Record<CollectionName, string[]>;
}

export function scanContent(contentDir: string): ContentScan {
  const scan: ContentScan = {
    slugs: new Map(),
    aliases: new Map(),
    published: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<
      CollectionName,
      string[]
    >,
  };
  const files = existsSync(contentDir) ? listEntryFiles(contentDir, contentDir).files : [];
  for (const { collection, slug, absolutePath } of files) {
    const file = path.relative(contentDir, absolutePath).split(path.sep).join('/');
    scan.slugs.set(slug, { collection, file });
    const data = readFrontmatter(absolutePath);
    for (const alias of stringList(data?.['aliases'])) scan.aliases.set(alias, { file });
    if (data?.['draft'] !== true) scan.published[collection].push(slug);
  }
  for (const collection of COLLECTION_NAMES) scan.published[collection].sort();
  return scan;
}

function readFrontmatter(file: string): Record<string, unknown> | undefined {
  try {
    const { data } = parseEntryFile(readFileSync(file, 'utf8'));
    return data !== null && typeof data === 'object'
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
