import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, collectionOfFolder, type CollectionName } from '../vocabulary/collections.ts';
import { KnowledgeBaseError, type Problem } from '../vocabulary/errors.ts';
import { locateFields, parseEntryFile } from './frontmatter.ts';
import { lastCommitDates } from './git-dates.ts';
import { buildGraph, type GraphEntry, type RelationGraph } from './graph.ts';
import { checkMdxBody } from '../markdown/mdx-check.ts';
import { checkBodyLinks } from './link-check.ts';
import { renderBody, type RenderedBody } from '../markdown/render.ts';
import { removalProblem } from '../markdown/sanitize-report.ts';
import { entryTerms } from '../search/records.ts';
import type { SearchTerms } from '../search/terms.ts';
import type { TypedData } from '../schemas/index.ts';
import { ENTRY_EXTENSIONS, isSlug, splitFileName, suggestSlug, type Slug } from '../vocabulary/slugs.ts';
import { validateEntry } from './validate-entry.ts';

export interface LoadedEntry extends GraphEntry {
  /** The frontmatter failed validation; `data` is then what the editor wrote. */
  invalid: boolean;
  /** The frontmatter could not be read at all: a placeholder that keeps the slug known. */
  unparsable?: boolean;
  absolutePath: string;
  format: 'md' | 'mdx';
  body: string;
  bodyLine: number;
  /** HTML, links, heading ids and text of the body, from its one render. */
  rendered: RenderedBody;
  /** Extra search terms of a valid entry, worked out with its one render. */
  searchTerms: SearchTerms;
  /** `updated` from the frontmatter, else the date of the file's last commit. */
  updated: string | undefined;
}

export interface KnowledgeBase {
  entries: LoadedEntry[];
  graph: RelationGraph;
  /** What the sanitiser removed (`html-removed`), with file and line: warnings for the editor. */
  warnings: Problem[];
}

export interface LoadOptions {
  /** Removed HTML counts as a problem (in CI: the page would silently say less than the file). */
  removalsAreProblems?: boolean;
  /**
   * The files that may have changed since the cache was filled (the dev server's watcher knows);
   * every other cached file is taken as it was, without reading it again.
   */
  changed?: ReadonlySet<string>;
}

/**
 * What one file yields, kept between loads so that the dev server re-reads, re-validates
 * and re-renders only the files that changed; graph and link checks (linear, cheap) run
 * over everything again, so a change is judged against the whole knowledge base.
 */
export interface LoadCache {
  commitDates?: Map<string, string>;
  files: Map<string, FileResult>;
}

/** What reading one file yields: its text, the entry (if readable), its own problems and warnings. */
export interface FileResult {
  text: string;
  entry: LoadedEntry | undefined;
  problems: Problem[];
  warnings: Problem[];
}

export function createLoadCache(): LoadCache {
  return { files: new Map() };
}

/**
 * Reads, validates and links the whole knowledge base in one pass and throws one
 * KnowledgeBaseError listing every problem. `root` is the project root (for messages and
 * Git), `contentDir` the folder holding the five collection folders.
 */
export function loadKnowledgeBase(root: string, contentDir: string, cache: LoadCache = createLoadCache(), options: LoadOptions = {}): KnowledgeBase {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  cache.commitDates ??= lastCommitDates(contentDir);
  const entries: LoadedEntry[] = [];
  const seen = new Set<string>();
  for (const file of listEntryFiles(root, contentDir, problems)) {
    seen.add(file.absolutePath);
    let cached = cache.files.get(file.absolutePath);
    const unchanged = cached && options.changed && !options.changed.has(file.absolutePath);
    const text = unchanged ? cached!.text : readFileSync(file.absolutePath, 'utf8');
    if (cached?.text !== text) {
      cached = readEntryFile(root, file, text, cache.commitDates);
      cache.files.set(file.absolutePath, cached);
    }
    problems.push(...cached.problems);
    (options.removalsAreProblems ? problems : warnings).push(...cached.warnings);
    if (cached.entry) entries.push(cached.entry);
  }
  for (const file of cache.files.keys()) if (!seen.has(file)) cache.files.delete(file);
  const { graph, problems: graphProblems } = buildGraph(entries);
  locateFields(graphProblems, (file) => readFileSync(path.join(root, file), 'utf8'));
  problems.push(...graphProblems, ...checkBodyLinks(entries, graph, contentDir));
  if (problems.length) throw new KnowledgeBaseError(problems);
  return { entries: entries.filter((entry) => !entry.draft && !entry.invalid), graph, warnings };
}

export interface EntryFile {
  collection: CollectionName;
  absolutePath: string;
  slug: Slug;
  format: 'md' | 'mdx';
}

/** Reads, validates and renders one file on its own; what needs the other files comes later. */
export function readEntryFile(root: string, file: EntryFile, text: string, commitDates: ReadonlyMap<string, string>): FileResult {
  const problems: Problem[] = [];
  const relativePath = path.relative(root, file.absolutePath).split(path.sep).join('/');
  const entry = readEntry(file, text, relativePath, problems, commitDates);
  const warnings = entry ? entry.rendered.removals.map((removal) => removalProblem(removal, relativePath, entry.bodyLine)) : [];
  return { text, entry, problems, warnings };
}

/** The entry files below `contentDir`; files that cannot be entries become problems. */
export function listEntryFiles(root: string, contentDir: string, problems: Problem[]): EntryFile[] {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
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

function readEntry(
  file: EntryFile,
  text: string,
  relativePath: string,
  problems: Problem[],
  commitDates: ReadonlyMap<string, string>,
): LoadedEntry | undefined {
  const parsed = parseEntryFile(text);
  for (const error of parsed.yamlErrors) {
    problems.push({ code: 'yaml-syntax', file: relativePath, line: error.line, column: error.column, expected: error.message });
  }
  const { data, problems: fieldProblems } = parsed.yamlErrors.length
    ? { data: undefined, problems: [] }
    : validateEntry(file.collection, parsed.data, relativePath, parsed.lineOf);
  problems.push(...fieldProblems);
  const { code: mdxCode, elements: mdxElements } = file.format === 'mdx' ? checkMdxBody(parsed.body) : { code: [], elements: [] };
  for (const code of mdxCode) {
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
  for (const element of mdxElements) {
    problems.push({ code: 'mdx-element', file: relativePath, line: parsed.bodyLine + element.line - 1, value: element.value, expected: element.expected });
  }
  // An invalid entry still takes part in the graph with what the editor wrote, so its slug
  // counts and its references are checked too: every problem surfaces in one build. One
  // whose frontmatter cannot be read at all takes part as an empty placeholder: its slug,
  // known from the file name, still exists for the entries that point to it.
  const written = isRecord(parsed.data) ? parsed.data : undefined;
  const record = (data ?? written ?? {}) as Record<string, unknown>;
  const unparsable = !data && !written;
  // Code in an `.mdx` body is refused above; it is never compiled, not even to check links.
  const skipRender = mdxCode.length > 0 || record['draft'] === true || unparsable;
  const rendered = skipRender ? NOT_RENDERED : renderBody(parsed.body, file.absolutePath, file.format);
  return {
    collection: file.collection,
    slug: file.slug,
    file: relativePath,
    absolutePath: file.absolutePath,
    format: file.format,
    data: record,
    draft: record['draft'] === true,
    invalid: !data,
    ...(unparsable ? { unparsable: true } : {}),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    rendered,
    searchTerms: data && !skipRender ? entryTerms({ collection: file.collection, data } as TypedData, rendered.text) : { terms: [], more: [] },
    updated: (record['updated'] as string | undefined) ?? commitDates.get(file.absolutePath),
  };
}

const NOT_RENDERED: RenderedBody = { html: undefined, headings: [], links: [], text: '', removals: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
