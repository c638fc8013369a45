import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeBaseError, type Problem } from '../vocabulary/errors.ts';
import { listEntryFiles } from './entry-files.ts';
import { locateFields } from './frontmatter.ts';
import { lastCommitDates, type CommitDates } from './git-dates.ts';
import { buildGraph, type RelationGraph } from './graph.ts';
import { checkBodyLinks } from './link-check.ts';
import { readEntryFile, type FileResult, type LoadedEntry } from './read-entry.ts';

export interface KnowledgeBase {
  entries: LoadedEntry[];
  graph: RelationGraph;
  /** What the sanitiser removed (`html-removed`), with file and line: warnings for the editor. */
  warnings: Problem[];
  /** Why pages may lack their Git date (no history, shallow clone), for the build log. */
  datesWarning?: string;
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
  commitDates?: CommitDates;
  files: Map<string, FileResult>;
}

export function createLoadCache(): LoadCache {
  return { files: new Map() };
}

/**
 * Reads, validates and links the whole knowledge base in one pass and throws one
 * KnowledgeBaseError listing every problem. `root` is the project root (for messages and
 * Git), `contentDir` the folder holding the five collection folders.
 */
export function loadKnowledgeBase(
  root: string,
  contentDir: string,
  cache: LoadCache = createLoadCache(),
  options: LoadOptions = {},
): KnowledgeBase {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  cache.commitDates ??= lastCommitDates(contentDir);
  const entries: LoadedEntry[] = [];
  const seen = new Set<string>();
  const listed = listEntryFiles(root, contentDir);
  problems.push(...listed.problems);
  for (const file of listed.files) {
    seen.add(file.absolutePath);
    let cached = cache.files.get(file.absolutePath);
    const unchanged = cached && options.changed && !options.changed.has(file.absolutePath);
    const text = unchanged ? cached!.text : readFileSync(file.absolutePath, 'utf8');
    if (cached?.text !== text) {
      cached = readEntryFile(root, file, text, cache.commitDates.dates);
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
  const published = entries.filter((entry) => !entry.draft && !entry.invalid);
  const { warning } = cache.commitDates;
  return warning
    ? { entries: published, graph, warnings, datesWarning: warning }
    : { entries: published, graph, warnings };
}
