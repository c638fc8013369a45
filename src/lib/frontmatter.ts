import { LineCounter, parseDocument, visit, type Document } from 'yaml';

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
  yamlErrors: { message: string; line: number }[];
  /** 1-based line of a field path such as `['members', 2, 'ref']`, where found. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export function parseEntryFile(text: string): ParsedFile {
  const source = text.replace(/^\uFEFF/, '');
  const match = source.startsWith('---') ? FENCE.exec(source) : null;
  if (!match || match.index !== 0) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      yamlErrors: [{ message: 'Die Datei beginnt nicht mit einem Frontmatter-Block zwischen zwei Zeilen „---“.', line: 1 }],
      lineOf: () => undefined,
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false });
  keepWrittenNumbers(doc);
  const frontmatterLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    body: source.slice(match[0].length),
    bodyLine: frontmatterLines + 1,
    // +1 for the opening fence line
    yamlErrors: doc.errors.map((error) => ({
      message: error.message.split('\n')[0] ?? error.message,
      line: (error.linePos?.[0]?.line ?? 0) + 1,
    })),
    lineOf(path) {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
    },
  };
}

function keepWrittenNumbers(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && node.source !== undefined && node.source !== String(node.value)) {
        node.value = node.source;
      }
    },
  });
}

