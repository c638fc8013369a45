import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from '../vocabulary/errors.ts';
import { SAFE_SCHEMES } from './safe-url.ts';
import { URL_PROPERTIES, type Removal, type RemovalSource } from './sanitize.ts';

/**
 * Turns the sanitiser's removals into `html-removed` problems with file and line. The hast
 * the sanitiser sees carries no positions (tracking them would slow every parse), so a body
 * with a removal is parsed once more, with positions, and each removal is matched, in
 * document order, to the raw HTML, link or JSX it came from.
 */
export function removalReporter(root: string): (removal: Removal, source: RemovalSource) => Problem {
  let current: { source: RemovalSource; file: string; offset: number; locate: (removal: Removal) => number | undefined } | undefined;
  return (removal, source) => {
    if (current?.source !== source) {
      const absolute = source.fileURL ? fileURLToPath(source.fileURL) : undefined;
      current = {
        source,
        file: absolute ? path.relative(root, absolute).split(path.sep).join('/') : '(Text ohne Datei)',
        offset: absolute ? bodyLineOffset(absolute, source.source) : 0,
        locate: removalLocator(source.source, source.sourceFormat === 'mdx' ? 'mdx' : 'md'),
      };
    }
    const line = current.locate(removal);
    return {
      code: 'html-removed',
      file: current.file,
      ...(line === undefined ? {} : { line: line + current.offset }),
      value: describeRemoval(removal),
      expected: explainRemoval(removal),
    };
  };
}

/** The body is the tail of its file, so its first line is the file's line `offset + 1`. */
function bodyLineOffset(file: string, body: string): number {
  try {
    return newlines(readFileSync(file, 'utf8')) - newlines(body);
  } catch {
    return 0;
  }
}

const newlines = (text: string) => text.split('\n').length - 1;

interface Chunk {
  line: number;
  kind: 'html' | 'url' | 'jsx';
  text: string;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** 1-based body line of each removal, where it can be found. */
export function locateRemovals(source: string, format: 'md' | 'mdx', removals: readonly Removal[]): (number | undefined)[] {
  return removals.map(removalLocator(source, format));
}

/** Locates removals of one body, called in document order; parses the body on first use. */
function removalLocator(source: string, format: 'md' | 'mdx'): (removal: Removal) => number | undefined {
  const chunks: Chunk[] = [];
  const walk = (node: MdNode): void => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html' && node.value !== undefined) chunks.push({ line, kind: 'html', text: node.value });
    else if (node.url !== undefined) chunks.push({ line, kind: 'url', text: node.url });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') chunks.push({ line, kind: 'jsx', text: node.name ?? '' });
    node.children?.forEach(walk);
  };
  const options = { features: { gfm: true } };
  walk((format === 'mdx' ? mdxToMdast(source, options) : markdownToMdast(source, options)) as MdNode);
  // A cursor in document order: the n-th `<b` removed is looked for after the previous find.
  let cursor = { chunk: 0, offset: 0 };
  return (removal) => {
    const found = findFrom(chunks, removal, cursor) ?? findFrom(chunks, removal, { chunk: 0, offset: 0 });
    if (!found) return undefined;
    cursor = { chunk: found.chunk, offset: found.offset + (removal.kind === 'attribute' ? 0 : 1) };
    const chunk = chunks[found.chunk]!;
    return chunk.line + newlines(chunk.text.slice(0, found.offset));
  };
}

function findFrom(chunks: Chunk[], removal: Removal, from: { chunk: number; offset: number }): { chunk: number; offset: number } | undefined {
  const tag = new RegExp(`<${escape(removal.element)}(?=[\\s/>]|$)${removal.attribute ? `[^>]*?\\b${escape(removal.attribute)}\\b` : ''}`, 'i');
  for (let index = from.chunk; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    const start = index === from.chunk ? from.offset : 0;
    if (chunk.kind === 'html') {
      const match = tag.exec(chunk.text.slice(start));
      if (match) return { chunk: index, offset: start + match.index };
    } else if (start === 0 && chunk.kind === 'url' && removal.attribute && sameUrl(removal.value ?? '', chunk.text)) {
      return { chunk: index, offset: 0 };
    } else if (start === 0 && chunk.kind === 'jsx' && removal.kind !== 'attribute' && chunk.text === removal.element) {
      return { chunk: index, offset: 0 };
    }
  }
  return undefined;
}

/** Markdown percent-encodes link destinations (`<` → `%3C`); compare both decoded. */
function sameUrl(a: string, b: string): boolean {
  const decode = (url: string) => {
    try {
      return decodeURI(url);
    } catch {
      return url;
    }
  };
  return a === b || decode(a) === decode(b);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CONTROL_NAMES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function describeRemoval(removal: Removal): string {
  if (removal.kind === 'node') return removal.element;
  if (removal.kind === 'element') return `<${removal.element}>`;
  // Control characters (a tab inside `java\tscript:`) shown as escapes, so the message stays one line.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped
  const controls = /[\u0000-\u001f\u007f]/g;
  const visible = (removal.value ?? '').replace(
    controls,
    (character) => CONTROL_NAMES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const value = visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
  return `<${removal.element} ${removal.attribute}="${value}">`;
}

const HINT = 'Schreiben Sie den Text in Markdown; HTML wird auf harmlose Auszeichnung reduziert (CONTRIBUTING.md, „Links im Text“).';

export function explainRemoval(removal: Removal): string {
  if (removal.kind === 'attribute') {
    const attribute = removal.attribute ?? '';
    if (/^on/.test(attribute)) return `Das Attribut wurde entfernt: Ereignis-Attribute (on…) führen Skript aus und sind nie erlaubt. ${HINT}`;
    if (attribute === 'srcset' || [...URL_PROPERTIES].some((property) => property.toLowerCase() === attribute)) {
      return `Das Attribut wurde entfernt: Erlaubt sind Adressen mit ${[...SAFE_SCHEMES].map((scheme) => `${scheme}:`).join(', ')} oder relative Links.`;
    }
    return `Das Attribut wurde entfernt; es ist in Einträgen nicht erlaubt. ${HINT}`;
  }
  if (removal.kind === 'node') return `Dieser Teil wurde entfernt. ${HINT}`;
  return `${removal.withContent ? 'Das Element wurde samt Inhalt entfernt.' : 'Das Element wurde entfernt, sein Text bleibt stehen.'} ${HINT}`;
}
