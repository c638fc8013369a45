import path from 'node:path';
import type { PartialDate } from '../vocabulary/dates.ts';
import type { Problem } from '../vocabulary/errors.ts';
import type { TypedData } from '../schemas/index.ts';
import { checkMdxBody } from '../markdown/mdx-check.ts';
import { renderBody, type RenderedBody } from '../markdown/render.ts';
import { removalProblem } from '../markdown/sanitize-report.ts';
import { entryTerms } from '../search/records.ts';
import type { SearchTerms } from '../search/terms.ts';
import type { EntryFile } from './entry-files.ts';
import { parseEntryFile } from './frontmatter.ts';
import { validateEntry } from './validate-entry.ts';

/**
 * An entry as read from its file: validated frontmatter (or, if invalid, what the editor
 * wrote), its body rendered once, and the search terms worked out from that render. Needs no
 * other file, so the first load reads files on every core (read-in-parallel.ts).
 */
export interface LoadedEntry {
  collection: EntryFile['collection'];
  slug: EntryFile['slug'];
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
  draft: boolean;
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
  updated: PartialDate | undefined;
}

/** What reading one file yields: its text, the entry (if readable), its own problems and warnings. */
export interface FileResult {
  text: string;
  entry: LoadedEntry | undefined;
  problems: Problem[];
  warnings: Problem[];
}

/** Reads, validates and renders one file on its own; what needs the other files comes later. */
export function readEntryFile(
  root: string,
  file: EntryFile,
  text: string,
  commitDates: ReadonlyMap<string, string>,
): FileResult {
  const problems: Problem[] = [];
  const relativePath = path.relative(root, file.absolutePath).split(path.sep).join('/');
  const entry = readEntry(file, text, relativePath, problems, commitDates);
  const removed = entry
    ? entry.rendered.removals.map((removal) =>
        removalProblem(removal, relativePath, entry.bodyLine),
      )
    : [];
  // Removed HTML is a warning (a problem in CI); an image from another origin is always a problem.
  const warnings = removed.filter((problem) => problem.code === 'html-removed');
  problems.push(...removed.filter((problem) => problem.code !== 'html-removed'));
  return { text, entry, problems, warnings };
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
    problems.push({
      code: 'yaml-syntax',
      file: relativePath,
      line: error.line,
      column: error.column,
      expected: error.message,
    });
  }
  const { data, problems: fieldProblems } = parsed.yamlErrors.length
    ? { data: undefined, problems: [] }
    : validateEntry(file.collection, parsed.data, relativePath, parsed.lineOf);
  problems.push(...fieldProblems);
  const mdx = file.format === 'mdx' ? checkMdxBody(parsed.body) : { code: [], elements: [] };
  const { code: mdxCode, elements: mdxElements, syntax: mdxSyntax } = mdx;
  if (mdxSyntax) {
    problems.push({
      code: 'mdx-syntax',
      file: relativePath,
      line: parsed.bodyLine + mdxSyntax.line - 1,
      column: mdxSyntax.column,
      expected: mdxSyntax.expected,
    });
  }
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
    problems.push({
      code: 'mdx-element',
      file: relativePath,
      line: parsed.bodyLine + element.line - 1,
      value: element.value,
      expected: element.expected,
    });
  }
  // An invalid entry still takes part in the graph with what the editor wrote, so its slug
  // counts and its references are checked too: every problem surfaces in one build. One
  // whose frontmatter cannot be read at all takes part as an empty placeholder: its slug,
  // known from the file name, still exists for the entries that point to it.
  const written = isRecord(parsed.data) ? parsed.data : undefined;
  const record = (data ?? written ?? {}) as Record<string, unknown>;
  const unparsable = !data && !written;
  // Code in an `.mdx` body is refused above; it is never compiled, not even to check links.
  const skipRender =
    mdxCode.length > 0 || mdxSyntax !== undefined || record['draft'] === true || unparsable;
  const rendered = skipRender
    ? NOT_RENDERED
    : renderBody(parsed.body, file.absolutePath, file.format);
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
    searchTerms:
      data && !skipRender
        ? entryTerms({ collection: file.collection, data } as TypedData, rendered.text)
        : { terms: [], more: [] },
    // Validated as a partial date, or a commit date (YYYY-MM-DD): both are partial dates.
    updated: ((record['updated'] as string | undefined) ?? commitDates.get(file.absolutePath)) as
      PartialDate | undefined,
  };
}

const NOT_RENDERED: RenderedBody = {
  html: undefined,
  headings: [],
  links: [],
  text: '',
  searchBlocks: [],
  removals: [],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
