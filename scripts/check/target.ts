import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';

export type CheckTarget =
  { ok: true; absolutePath: string; relativePath: string } | { ok: false; message: string };

/**
 * The file named in `npm run check -- <file>`, resolved from the folder the editor typed
 * the command in. Anything that is not an entry file of the knowledge base gets a German
 * explanation instead of a Node error.
 */
export function resolveCheckTarget(
  argument: string,
  options: { cwd: string; root: string; contentDir: string },
): CheckTarget {
  const absolutePath = path.resolve(options.cwd, argument);
  const relativePath = path.relative(options.root, absolutePath).split(path.sep).join('/');
  const contentName =
    path.relative(options.root, options.contentDir).split(path.sep).join('/') || '.';
  const folders = COLLECTION_NAMES.map(
    (name) => `${contentName}/${COLLECTIONS[name].folder}/`,
  ).join(', ');
  if (!existsSync(absolutePath)) {
    return {
      ok: false,
      message: `Die Datei „${argument}“ gibt es nicht (gesucht unter ${absolutePath}). Prüfen Sie Pfad und Schreibweise, z. B. „npm run check -- ${contentName}/initiatives/mein-projekt.md“.`,
    };
  }
  if (statSync(absolutePath).isDirectory()) {
    return {
      ok: false,
      message: `„${argument}“ ist ein Ordner. Geben Sie eine einzelne Datei an, oder rufen Sie „npm run check“ ohne Datei auf, um alles zu prüfen.`,
    };
  }
  // Inside the knowledge base the loader judges the file (folder, name, extension) with its
  // catalogued messages; only files elsewhere are turned away here.
  const inside = path.relative(options.contentDir, absolutePath);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return {
      ok: false,
      message: `„${relativePath}“ liegt nicht in der Wissensbasis. Einträge liegen in einem dieser Ordner: ${folders}.`,
    };
  }
  return { ok: true, absolutePath, relativePath };
}
