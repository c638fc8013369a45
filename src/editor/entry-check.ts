import path from 'node:path';
import type { CollectionName } from '../vocabulary/collections.ts';
import { ERROR_CODES, KnowledgeBaseError, type Problem } from '../vocabulary/errors.ts';
import { listEntryFiles } from '../knowledge-base/entry-files.ts';
import { lastCommitDates } from '../knowledge-base/git-dates.ts';
import { createLoadCache, loadKnowledgeBase, type LoadCache } from '../knowledge-base/load.ts';
import { readEntryFile } from '../knowledge-base/read-entry.ts';
import { fieldDescription } from './field-description.ts';
import { placeOf, type Place } from './problem-place.ts';

/** One message for the editor, in the shape a remark plugin reports it. */
export interface EditorMessage {
  code: Problem['code'];
  /** The whole German message: field, written value, what is wrong, „Meinten Sie …?“, expectation. */
  reason: string;
  /** The field's German description from the schema, shown below the message. */
  note?: string;
  place: Place;
  /** The likely fix, replacing `place` as a quick fix; only where `place` is exactly the wrong text. */
  expected?: string;
  /** A problem fails the pull request; a warning does not (removed HTML outside CI). */
  severity: 'error' | 'warning';
}

/**
 * Judges the text an editor has open, unsaved as it may be, exactly as `npm run check -- <file>`
 * judges the saved file: the whole knowledge base is loaded with this one text in place of the
 * file on disk, and the file's own problems come back with the catalog's German messages. The
 * cache keeps every other file's result between calls, so a check while typing costs
 * milliseconds once the first (a few seconds) is done.
 */
export function createEntryChecker(root: string) {
  const caches = new Map<string, LoadCache>();
  return function check(contentDir: string, absolutePath: string, text: string): EditorMessage[] {
    let cache = caches.get(contentDir);
    if (!cache) {
      cache = { ...createLoadCache(), commitDates: lastCommitDates(contentDir) };
      caches.set(contentDir, cache);
    }
    const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
    const { files } = listEntryFiles(root, contentDir);
    const file = files.find((candidate) => candidate.absolutePath === absolutePath);
    if (file) {
      // The open text stands in for the file: the loader takes a cached result as it is for
      // every file not named as changed, and every other file is named as changed.
      cache.files.set(absolutePath, readEntryFile(root, file, text, cache.commitDates!.dates));
    }
    const changed = new Set(files.map((entry) => entry.absolutePath));
    changed.delete(absolutePath);
    let problems: readonly Problem[] = [];
    try {
      loadKnowledgeBase(root, contentDir, cache, { changed });
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError)) throw error;
      problems = error.problems;
    }
    const own = problems.filter((problem) => problem.file === relativePath);
    const warnings = (file ? (cache.files.get(absolutePath)?.warnings ?? []) : []).filter(
      (warning) => !own.some((problem) => sameMistake(problem, warning)),
    );
    const collection = file?.collection;
    return [
      ...own.map((problem) => toMessage(problem, text, collection, 'error')),
      ...warnings.map((warning) => toMessage(warning, text, collection, 'warning')),
    ];
  };
}

function sameMistake(a: Problem, b: Problem): boolean {
  return a.code === b.code && a.line === b.line && a.field === b.field;
}

function toMessage(
  problem: Problem,
  text: string,
  collection: CollectionName | undefined,
  severity: EditorMessage['severity'],
): EditorMessage {
  const { place, exact } = placeOf(problem, text);
  const field = problem.field ? `${problem.field}: ` : '';
  const value = problem.value === undefined ? '' : `„${problem.value}“ – `;
  const message: EditorMessage = {
    code: problem.code,
    reason: `${field}${value}${ERROR_CODES[problem.code]}. ${problem.expected}`,
    place,
    severity,
  };
  const note = collection && problem.field && fieldDescription(collection, problem.field);
  if (note) message.note = note;
  if (exact && problem.suggestion !== undefined) message.expected = problem.suggestion;
  return message;
}
