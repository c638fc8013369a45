import { LineCounter, isAlias, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../vocabulary/errors.ts';
import { explainYamlErrors, type RawYamlError, type YamlMistake } from './yaml-errors.ts';

/**
 * Reads the YAML frontmatter of an entry file the way the editor wrote it. YAML 1.2 core
 * schema: `2024-02-30` stays the text `2024-02-30` (no silent Date roll-over to 1 March),
 * and a number whose canonical form differs from what was written (`03241`, `3.90`) keeps
 * its written form, so the schema judges the editor's text rather than a converted value.
 */
export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** One German explanation per mistake, at the line and column to change. */
  yamlErrors: YamlMistake[];
  /** 1-based line of a field path such as `['members', 2, 'ref']`, where found. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

const NO_FENCE =
  'Die Datei beginnt nicht mit einem Kopf zwischen zwei Zeilen „---“: Die erste Zeile der Datei muss „---“ sein.';
const UNCLOSED_FENCE =
  'Der Kopf, der hier mit „---“ beginnt, wird nicht geschlossen: Setzen Sie nach dem letzten Feld eine Zeile „---“.';

export type FrontmatterSplit =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; reason: 'no-fence' | 'unclosed' };

/**
 * Where the frontmatter of an entry file ends: the first line after the opening one that is
 * exactly `---` (trailing spaces, tabs or a CR allowed). Only `\n` ends a line, as in YAML 1.2:
 * a Unicode line or paragraph separator (U+2028, U+2029) or NEL (U+0085) does not. This is the
 * one split of the project; Astro never splits an entry file itself (it compiles `.mdx` bodies
 * from the text the loader hands it, src/loader/cache-files.ts), so no two parsers can disagree
 * on where a file's body begins.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const isFence = (line: string) => /^---[ \t]*\r?$/.test(line);
  const firstBreak = source.indexOf('\n');
  if (!isFence(firstBreak === -1 ? source : source.slice(0, firstBreak)))
    return { ok: false, reason: 'no-fence' };
  let start = firstBreak + 1;
  for (let line = 2; firstBreak !== -1 && start <= source.length; line++) {
    const end = source.indexOf('\n', start);
    if (isFence(end === -1 ? source.slice(start) : source.slice(start, end))) {
      const yaml = source.slice(firstBreak + 1, start).replace(/\r?\n$/, '');
      return { ok: true, yaml, body: end === -1 ? '' : source.slice(end + 1), bodyLine: line + 1 };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { ok: false, reason: 'unclosed' };
}

export function parseEntryFile(text: string): ParsedFile {
  const split = splitFrontmatter(text);
  if (!split.ok) {
    return {
      data: undefined,
      body: text.startsWith('\uFEFF') ? text.slice(1) : text,
      bodyLine: 1,
      yamlErrors: [
        (split.reason === 'unclosed' && headEnd(text)) || {
          message: split.reason === 'unclosed' ? UNCLOSED_FENCE : NO_FENCE,
          line: 1,
          column: 1,
        },
      ],
      lineOf: () => undefined,
    };
  }
  const yamlText = split.yaml;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false });
  const accidents = reviewNodes(doc, yamlText);
  const warnings = doc.warnings.filter((warning) => LOSSY_WARNINGS.has(warning.code));
  const raw: RawYamlError[] = [...doc.errors, ...warnings, ...accidents].sort(
    (a, b) => a.pos[0] - b.pos[0],
  );
  // Line 1 of the YAML text is line 2 of the file, after the opening `---`.
  const explained = explainYamlErrors(raw, yamlText, lineCounter, 2);
  const missingFence = explained.length
    ? closingFenceMissing(yamlText, explained[0]!.line)
    : undefined;
  const yamlErrors = missingFence ? [missingFence] : explained;
  return {
    data: yamlErrors.length ? undefined : doc.toJS(),
    body: split.body,
    bodyLine: split.bodyLine,
    yamlErrors,
    lineOf(path) {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
    },
  };
}

/**
 * A closing `---` forgotten, and a `---` rule further down in the body taken for it: the YAML
 * then runs into the text, and the parser stumbles over the first sentence. A blank line before
 * a line that is neither a field, a list item nor indented is where the head ended; that is
 * where the `---` belongs (`errorLine` is a file line; the YAML text starts on line 2).
 */
function closingFenceMissing(yaml: string, errorLine: number): YamlMistake | undefined {
  const lines = yaml.split('\n');
  const index = errorLine - 2;
  const text = lines[index];
  if (text === undefined || !isProse(text)) return undefined;
  let blank = index - 1;
  if (blank < 0 || lines[blank]!.trim() !== '') return undefined;
  while (blank > 0 && lines[blank - 1]!.trim() === '') blank--;
  const fenceLine = lines.length + 2;
  return {
    line: blank + 2,
    column: 1,
    message: `Hier fehlt vermutlich die Zeile „---“, die den Kopf schließt: Ab Zeile ${errorLine} steht Text, kein „feld: Wert“. Ohne sie gilt erst das „---“ in Zeile ${fenceLine} als Ende des Kopfes. Setzen Sie nach dem letzten Feld eine Zeile „---“.`,
  };
}

/** An unclosed head: where it ends, if text follows a blank line, to point at the missing `---`. */
function headEnd(text: string): YamlMistake | undefined {
  const lines = text.split('\n');
  for (let index = 2; index < lines.length; index++) {
    if (lines[index - 1]!.trim() !== '' || !isProse(lines[index]!)) continue;
    let blank = index - 1;
    while (blank > 1 && lines[blank - 1]!.trim() === '') blank--;
    return {
      line: blank + 1,
      column: 1,
      message: `Hier fehlt vermutlich die Zeile „---“, die den Kopf schließt: Ab Zeile ${index + 1} steht Text, kein „feld: Wert“. Setzen Sie nach dem letzten Feld eine Zeile „---“.`,
    };
  }
  return undefined;
}

/** A line that is text, not a field, a list item, a comment or the indented rest of a value. */
function isProse(line: string): boolean {
  return line.trim() !== '' && !/^\s|^-\s|^[^\s:#]+:(\s|$)|^#/.test(line);
}

/** Warnings that mean part of what the editor wrote is lost (an unknown `!tag` drops itself). */
const LOSSY_WARNINGS = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE', 'BAD_ALIAS']);

/**
 * Restores numbers to their written form and, in the same pass, finds anchors (`&x`) and
 * aliases (`*x`): YAML's way to repeat a value, in the knowledge base always an accident
 * such as `title: *Neu* im Netz`. An alias would make `toJS()` throw; an anchor silently
 * drops the word it is written as.
 */
function reviewNodes(doc: Document, yaml: string): RawYamlError[] {
  const accidents: RawYamlError[] = [];
  visit(doc, (_key, node) => {
    if (
      isScalar(node) &&
      typeof node.value === 'number' &&
      node.source !== undefined &&
      node.source !== String(node.value)
    ) {
      node.value = node.source;
    }
    if (isAlias(node) && node.range)
      accidents.push({
        code: 'ALIAS',
        message: `alias ${node.source}`,
        pos: [node.range[0], node.range[1]],
      });
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) {
      const offset = Math.max(0, yaml.indexOf(`&${anchor}`));
      accidents.push({
        code: 'ANCHOR',
        message: `anchor ${anchor}`,
        pos: [offset, offset + anchor.length + 1],
      });
    }
  });
  return accidents;
}

/** `members[2].ref` → `['members', 2, 'ref']`. */
export function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1]!,
  );
}

/** The line of a field, or of the list item or object holding it (a member written as a bare slug has no `ref` line). */
export function lineOfField(file: Pick<ParsedFile, 'lineOf'>, field: string): number | undefined {
  const path = fieldPath(field);
  return file.lineOf(path) ?? file.lineOf(path.slice(0, -1));
}

/**
 * Adds the line to problems that name a field but no line: those of the relation graph,
 * which works on data, not files. Only files with such problems are read, each once.
 */
export function locateFields(problems: Problem[], readFile: (file: string) => string): void {
  const parsed = new Map<string, ParsedFile | undefined>();
  for (const problem of problems) {
    if (problem.line !== undefined || !problem.field) continue;
    if (!parsed.has(problem.file)) parsed.set(problem.file, tryParse(problem.file, readFile));
    const file = parsed.get(problem.file);
    const line = file && lineOfField(file, problem.field);
    if (line !== undefined) problem.line = line;
  }
}

function tryParse(file: string, readFile: (file: string) => string): ParsedFile | undefined {
  try {
    return parseEntryFile(readFile(file));
  } catch {
    return undefined; // gone since it was loaded: the problem keeps its file and field
  }
}
