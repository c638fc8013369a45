import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  collectionOfFolder,
  type CollectionName,
} from '../vocabulary/collections.ts';
import type { Problem } from '../vocabulary/errors.ts';
import {
  ENTRY_EXTENSIONS,
  isSlug,
  splitFileName,
  suggestSlug,
  type Slug,
} from '../vocabulary/slugs.ts';

/** A file of the knowledge base that is an entry by its place and name. */
export interface EntryFile {
  collection: CollectionName;
  absolutePath: string;
  slug: Slug;
  format: 'md' | 'mdx';
}

/**
 * The one rule for which files are entries, for the loader, the sitemap and the editor tools
 * alike: `content/<collection folder>/<slug>.md` or `.mdx`. Everything else below `content/`
 * that is not ignorable (dot-files, a top-level README) is a problem with its file, so
 * nothing an editor adds is dropped silently.
 */
export function listEntryFiles(
  root: string,
  contentDir: string,
): { files: EntryFile[]; problems: Problem[] } {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const files: EntryFile[] = [];
  const problems: Problem[] = [];
  for (const item of readdirSync(contentDir, { withFileTypes: true })) {
    if (item.name.startsWith('.') || (item.isFile() && /^readme\.md$/i.test(item.name))) continue;
    const collection = item.isDirectory() ? collectionOfFolder(item.name) : undefined;
    const absolute = path.join(contentDir, item.name);
    if (!collection) {
      problems.push({ code: 'unknown-folder', file: relative(absolute), expected: KNOWN_FOLDERS });
      continue;
    }
    for (const name of readdirSync(absolute, { recursive: true }) as string[]) {
      const absolutePath = path.join(absolute, name);
      if (path.basename(name).startsWith('.') || !statSync(absolutePath).isFile()) continue;
      const { slug, extension } = splitFileName(name);
      const format = extension === '.md' ? 'md' : extension === '.mdx' ? 'mdx' : undefined;
      if (format && isSlug(slug)) {
        files.push({ collection, absolutePath, slug, format });
        continue;
      }
      const suggestion = `${suggestSlug(path.basename(slug))}${/^\.mdx$/i.test(extension) ? '.mdx' : '.md'}`;
      problems.push({
        code: 'invalid-filename',
        file: relative(absolutePath),
        value: name,
        expected: `Erwartet: Slug aus Kleinbuchstaben, Ziffern und Bindestrichen mit der Endung ${ENTRY_EXTENSIONS.join(' oder ')} direkt im Ordner, z. B. „${suggestion}“.`,
      });
    }
  }
  return { files, problems };
}

const KNOWN_FOLDERS = `Einträge gehören in einen dieser Ordner: ${COLLECTION_NAMES.map((name) => `content/${COLLECTIONS[name].folder}/`).join(', ')}.`;
