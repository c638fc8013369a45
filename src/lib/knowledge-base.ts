import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, collectionOfFolder, type CollectionName } from './collections.ts';
import { KnowledgeBaseError, type Problem } from './errors.ts';
import { parseEntryFile } from './frontmatter.ts';
import { lastCommitDates } from './git-dates.ts';
import { buildGraph, type GraphEntry, type RelationGraph } from './graph.ts';
import { outlineBody, type BodyOutline } from './links.ts';
import { checkBodyLinks } from './link-check.ts';
import { ENTRY_EXTENSIONS, isSlug, splitFileName, suggestSlug, type Slug } from './slugs.ts';
import { validateEntry } from './validate-entry.ts';

export interface LoadedEntry extends GraphEntry {
  /** The frontmatter failed validation; `data` is then what the editor wrote. */
  invalid: boolean;
  absolutePath: string;
  format: 'md' | 'mdx';
  body: string;
  bodyLine: number;
  outline: BodyOutline;
  /** `updated` from the frontmatter, else the date of the file's last commit. */
  updated: string | undefined;
}

export interface KnowledgeBase {
  entries: LoadedEntry[];
  graph: RelationGraph;
}

/**
 * Reads, validates and links the whole knowledge base in one pass and throws one
 * KnowledgeBaseError listing every problem. `root` is the project root (for messages and
 * Git), `contentDir` the folder holding the five collection folders.
 */
export function loadKnowledgeBase(root: string, contentDir: string): KnowledgeBase {
  const problems: Problem[] = [];
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const commitDates = lastCommitDates(contentDir);
  const entries: LoadedEntry[] = [];
  for (const file of listFiles(contentDir, relative, problems)) {
    const entry = readEntry(file, relative(file.absolutePath), problems, commitDates);
    if (entry) entries.push(entry);
  }
  const { graph, problems: graphProblems } = buildGraph(entries);
  problems.push(...graphProblems, ...checkBodyLinks(entries, graph, contentDir));
  if (problems.length) throw new KnowledgeBaseError(problems);
  return { entries: entries.filter((entry) => !entry.draft && !entry.invalid), graph };
}

interface EntryFile {
  collection: CollectionName;
  absolutePath: string;
  slug: Slug;
  format: 'md' | 'mdx';
}

function listFiles(contentDir: string, relative: (file: string) => string, problems: Problem[]): EntryFile[] {
  const files: EntryFile[] = [];
  for (const item of readdirSync(contentDir, { withFileTypes: true })) {
    if (item.name.startsWith('.') || (item.isFile() && /^readme\.md$/i.test(item.name))) continue;
    const collection = item.isDirectory() ? collectionOfFolder(item.name) : undefined;
    const absolute = path.join(contentDir, item.name);
    if (!collection) {
      problems.push({
        code: 'unknown-folder',
        file: relative(absolute),
        expected: `Einträge gehören in einen dieser Ordner: ${COLLECTION_NAMES.map((name) => `content/${COLLECTIONS[name].folder}/`).join(', ')}.`,
      });
      continue;
    }
    for (const name of readdirSync(absolute, { recursive: true }) as string[]) {
      const absolutePath = path.join(absolute, name);
      if (path.basename(name).startsWith('.') || !statSync(absolutePath).isFile()) continue;
      const { slug, extension } = splitFileName(name);
      const format = extension === '.md' ? 'md' : extension === '.mdx' ? 'mdx' : undefined;
      if (!format || !isSlug(slug)) {
        const suggestion = `${suggestSlug(path.basename(slug))}${/^\.mdx$/i.test(extension) ? '.mdx' : '.md'}`;
        problems.push({
          code: 'invalid-filename',
          file: relative(absolutePath),
          value: name,
          expected: `Erwartet: Slug aus Kleinbuchstaben, Ziffern und Bindestrichen mit der Endung ${ENTRY_EXTENSIONS.join(' oder ')} direkt im Ordner, z. B. „${suggestion}“.`,
        });
        continue;
      }
      files.push({ collection, absolutePath, slug, format });
    }
  }
  return files;
}

function readEntry(file: EntryFile, relativePath: string, problems: Problem[], commitDates: Map<string, string>): LoadedEntry | undefined {
  const parsed = parseEntryFile(readFileSync(file.absolutePath, 'utf8'));
  for (const error of parsed.yamlErrors) {
    problems.push({ code: 'yaml-syntax', file: relativePath, line: error.line, expected: `${error.message} Prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen.` });
  }
  if (parsed.yamlErrors.length) return undefined;
  const { data, problems: fieldProblems } = validateEntry(file.collection, parsed.data, relativePath, parsed.lineOf);
  problems.push(...fieldProblems);
  const outline = outlineBody(parsed.body, file.format);
  for (const code of outline.mdxCode) {
    problems.push({
      code: 'mdx-code',
      file: relativePath,
      line: parsed.bodyLine + code.line - 1,
      expected:
        code.kind === 'import/export'
          ? 'Einträge dürfen nichts importieren oder exportieren; die erlaubten Komponenten stehen ohne Import zur Verfügung.'
          : 'Einträge dürfen keine Ausdrücke in geschweiften Klammern enthalten; Attribute nur als Text in Anführungszeichen.',
    });
  }
  for (const element of outline.mdxElements) {
    problems.push({ code: 'mdx-element', file: relativePath, line: parsed.bodyLine + element.line - 1, value: element.value, expected: element.expected });
  }
  // An invalid entry still takes part in the graph with what the editor wrote, so its slug
  // counts and its references are checked too: every problem surfaces in one build.
  const record = (data ?? (isRecord(parsed.data) ? parsed.data : undefined)) as Record<string, unknown> | undefined;
  if (!record) return undefined;
  return {
    collection: file.collection,
    slug: file.slug,
    file: relativePath,
    absolutePath: file.absolutePath,
    format: file.format,
    data: record,
    draft: record['draft'] === true,
    invalid: !data,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    outline,
    updated: (record['updated'] as string | undefined) ?? commitDates.get(file.absolutePath),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
