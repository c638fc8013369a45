import { readdirSync, type Dirent } from 'node:fs';
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
  MAX_SLUG_LENGTH,
  shortenSlug,
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

/** Files an operating system or Git leaves behind; nobody means them as content. */
const IGNORABLE = new Set(['.gitkeep', '.DS_Store']);

/**
 * The one rule for which files are entries, for the loader, the sitemap and the editor tools
 * alike: `content/<collection folder>/<slug>.md` or `.mdx`, each a plain file. Everything else
 * below `content/` is a problem with its file, so nothing an editor adds is dropped silently:
 * a file in the wrong place or with a wrong name, and anything that is not a plain file or
 * folder inside the tree. Symbolic links are never followed (they could publish a file from
 * outside the repository), and hidden files are refused (a pull request could hide code in one).
 */
export function listEntryFiles(
  root: string,
  contentDir: string,
): { files: EntryFile[]; problems: Problem[] } {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const files: EntryFile[] = [];
  const problems: Problem[] = [];
  const unsafe = (item: Dirent, absolute: string): boolean => {
    const reason = unsafeReason(item);
    if (reason) problems.push({ code: 'unsafe-file', file: relative(absolute), expected: reason });
    return reason !== undefined;
  };
  const walk = (folder: string, collection: CollectionName) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const absolutePath = path.join(folder, item.name);
      if (IGNORABLE.has(item.name) || unsafe(item, absolutePath)) continue;
      if (item.isDirectory()) {
        walk(absolutePath, collection);
        continue;
      }
      const name = path.relative(
        path.join(contentDir, COLLECTIONS[collection].folder),
        absolutePath,
      );
      const { slug, extension } = splitFileName(name);
      const format = extension === '.md' ? 'md' : extension === '.mdx' ? 'mdx' : undefined;
      if (format && isSlug(slug)) {
        files.push({ collection, absolutePath, slug, format });
        // Still read, so entries pointing to it are judged as usual: the length is the one mistake.
        if (slug.length > MAX_SLUG_LENGTH)
          problems.push(tooLong(relative(absolutePath), name, slug, extension));
      } else problems.push(invalidName(relative(absolutePath), name, slug, extension));
    }
  };
  for (const item of readdirSync(contentDir, { withFileTypes: true })) {
    const absolute = path.join(contentDir, item.name);
    if (IGNORABLE.has(item.name) || unsafe(item, absolute)) continue;
    if (item.isFile() && /^readme\.md$/i.test(item.name)) continue;
    const collection = item.isDirectory() ? collectionOfFolder(item.name) : undefined;
    if (collection) walk(absolute, collection);
    else
      problems.push({ code: 'unknown-folder', file: relative(absolute), expected: KNOWN_FOLDERS });
  }
  return { files, problems };
}

function unsafeReason(item: Dirent): string | undefined {
  if (item.isSymbolicLink()) {
    return 'Ein symbolischer Link wird nicht gelesen: Er könnte auf eine Datei außerhalb der Wissensbasis zeigen. Legen Sie die Datei selbst hierher.';
  }
  if (!item.isFile() && !item.isDirectory())
    return 'Hier sind nur gewöhnliche Dateien und Ordner erlaubt.';
  if (item.name.startsWith('.')) {
    return 'Versteckte Dateien und Ordner (Name beginnt mit einem Punkt) gehören nicht in die Wissensbasis. Entfernen Sie sie.';
  }
  return undefined;
}

function invalidName(file: string, name: string, slug: string, extension: string): Problem {
  const suggestion = `${suggestSlug(path.basename(slug))}${/^\.mdx$/i.test(extension) ? '.mdx' : '.md'}`;
  return {
    code: 'invalid-filename',
    file,
    value: name.split(path.sep).join('/'),
    expected: `Erwartet: Slug aus Kleinbuchstaben, Ziffern und Bindestrichen mit der Endung ${ENTRY_EXTENSIONS.join(' oder ')} direkt im Ordner, z. B. „${suggestion}“.`,
  };
}

function tooLong(file: string, name: string, slug: string, extension: string): Problem {
  return {
    code: 'invalid-filename',
    file,
    value: name.split(path.sep).join('/'),
    suggestion: `${shortenSlug(slug)}${extension}`,
    expected: `Der Slug hat ${slug.length} Zeichen, erlaubt sind höchstens ${MAX_SLUG_LENGTH}: Er steht in der Adresse der Seite und in jedem Verweis. Kürzen Sie den Dateinamen auf die Wörter, die den Eintrag erkennbar machen, z. B. „${shortenSlug(slug)}${extension}“.`,
  };
}

const KNOWN_FOLDERS = `Einträge gehören in einen dieser Ordner: ${COLLECTION_NAMES.map((name) => `content/${COLLECTIONS[name].folder}/`).join(', ')}.`;
