import type { MdastNode, MdastPluginDefinition } from 'satteri';
import type { Problem } from '../vocabulary/errors.ts';
import { SAFE_SCHEMES } from './safe-url.ts';
import { URL_PROPERTIES, isOtherOrigin, type Removal } from './sanitize.ts';

/**
 * Turns the sanitiser's removals into `html-removed` problems with file and line. The hast
 * the sanitiser sees carries no positions (raw HTML is re-parsed into it), so the render's
 * mdast pass records where raw HTML, URLs and JSX are written, and each removal is matched,
 * in document order, to the one it came from: no second parse of the body.
 */
export type LocatedRemoval = Removal & {
  /** 1-based line in the body, where it could be found. */
  line: number | undefined;
};

/** Raw HTML, a URL or a JSX element as written in a body, with its 1-based line. */
export interface RemovableSource {
  line: number;
  kind: 'html' | 'url' | 'jsx';
  text: string;
}

type Recorded = Extract<
  MdastNode,
  { type: 'html' | 'link' | 'image' | 'definition' | 'mdxJsxFlowElement' | 'mdxJsxTextElement' }
>;

/** The mdast plugin that records, in document order, everything a removal can come from. */
export function recordRemovableSources(
  record: (source: RemovableSource) => void,
): () => MdastPluginDefinition {
  const visit = (node: Readonly<Recorded>) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') record({ line, kind: 'html', text: node.value });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      record({ line, kind: 'jsx', text: node.name ?? '' });
    else record({ line, kind: 'url', text: node.url });
  };
  return () => ({
    name: 'kooperationsatlas-removable-sources',
    options: { position: true },
    html: visit,
    link: visit,
    image: visit,
    definition: visit,
    mdxJsxFlowElement: visit,
    mdxJsxTextElement: visit,
  });
}

export function removalProblem(removal: LocatedRemoval, file: string, bodyLine: number): Problem {
  const external =
    removal.element === 'img' &&
    (removal.attribute === 'src' || removal.attribute === 'srcset') &&
    isOtherOrigin(removal.value);
  return {
    code: external ? 'external-image' : 'html-removed',
    file,
    ...(removal.line === undefined ? {} : { line: bodyLine + removal.line - 1 }),
    value: external ? (removal.value ?? '') : describeRemoval(removal),
    expected: external
      ? 'Der Atlas zeigt nur Bilder von der eigenen Website: Ein Bild von einer anderen Adresse würde die Content-Security-Policy blockieren, und sein Abruf verriete dem fremden Server, wer den Atlas liest. Verlinken Sie die Seite mit dem Bild stattdessen als Text, z. B. [Foto beim Herausgeber](https://…).'
      : explainRemoval(removal),
  };
}

const newlines = (text: string) => text.split('\n').length - 1;

/** Each removal with its body line, found in document order among the recorded sources. */
export function locateRemovals(
  sources: readonly RemovableSource[],
  removals: readonly Removal[],
): LocatedRemoval[] {
  // A cursor in document order: the n-th `<b` removed is looked for after the previous find.
  let cursor: Cursor = { index: 0, offset: 0 };
  return removals.map((removal) => {
    const found =
      findFrom(sources, removal, cursor) ?? findFrom(sources, removal, { index: 0, offset: 0 });
    if (!found) return { ...removal, line: undefined };
    cursor = { index: found.index, offset: found.offset + (removal.kind === 'attribute' ? 0 : 1) };
    const source = sources[found.index]!;
    return { ...removal, line: source.line + newlines(source.text.slice(0, found.offset)) };
  });
}

/** A position among the recorded sources: which one, and how far into its text. */
interface Cursor {
  index: number;
  offset: number;
}

function findFrom(
  sources: readonly RemovableSource[],
  removal: Removal,
  from: Cursor,
): Cursor | undefined {
  const tag = new RegExp(
    `<${escape(removal.element)}(?=[\\s/>]|$)${removal.attribute ? `[^>]*?\\b${escape(removal.attribute)}\\b` : ''}`,
    'i',
  );
  for (let index = from.index; index < sources.length; index++) {
    const source = sources[index]!;
    const start = index === from.index ? from.offset : 0;
    if (source.kind === 'html') {
      const match = tag.exec(source.text.slice(start));
      if (match) return { index, offset: start + match.index };
    } else if (
      start === 0 &&
      source.kind === 'url' &&
      removal.attribute &&
      sameUrl(removal.value ?? '', source.text)
    ) {
      return { index, offset: 0 };
    } else if (
      start === 0 &&
      source.kind === 'jsx' &&
      removal.kind !== 'attribute' &&
      source.text === removal.element
    ) {
      return { index, offset: 0 };
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
  // Control characters (a tab inside `java\tscript:`) shown as escapes, so the message stays one
  // line.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped
  const controls = /[\u0000-\u001f\u007f]/g;
  const visible = (removal.value ?? '').replace(
    controls,
    (character) =>
      CONTROL_NAMES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const value = visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
  return `<${removal.element} ${removal.attribute}="${value}">`;
}

const HINT =
  'Schreiben Sie den Text in Markdown; HTML wird auf harmlose Auszeichnung reduziert (CONTRIBUTING.md, „Links im Text“).';

export function explainRemoval(removal: Removal): string {
  if (removal.kind === 'attribute') {
    const attribute = removal.attribute ?? '';
    if (/^on/.test(attribute))
      return `Das Attribut wurde entfernt: Ereignis-Attribute (on…) führen Skript aus und sind nie erlaubt. ${HINT}`;
    if (
      attribute === 'srcset' ||
      [...URL_PROPERTIES].some((property) => property.toLowerCase() === attribute)
    ) {
      return `Das Attribut wurde entfernt: Erlaubt sind Adressen mit ${[...SAFE_SCHEMES].map((scheme) => `${scheme}:`).join(', ')} oder relative Links.`;
    }
    return `Das Attribut wurde entfernt; es ist in Einträgen nicht erlaubt. ${HINT}`;
  }
  if (removal.kind === 'node') return `Dieser Teil wurde entfernt. ${HINT}`;
  return `${removal.withContent ? 'Das Element wurde samt Inhalt entfernt.' : 'Das Element wurde entfernt, sein Text bleibt stehen.'} ${HINT}`;
}
