import { mdxToMdast } from 'satteri';
import { closestMatch } from '../vocabulary/suggest.ts';
import { isSafeUrl, SAFE_SCHEMES } from './safe-url.ts';

/**
 * The components an `.mdx` entry may use (src/components/content/), with the attributes each
 * accepts. `url` attributes are judged like links. Anything else written as JSX, lower-case
 * HTML included, is refused: JSX reaches the page without passing the HTML sanitiser, and
 * Astro gives JSX attributes powers (`set:html`, `on…`) that plain HTML does not have.
 */
export const CONTENT_COMPONENTS: Readonly<
  Record<string, Readonly<Record<string, 'text' | 'url'>>>
> = {
  Hinweis: { titel: 'text' },
};

export interface JsxAttributeLike {
  type: string;
  name?: string;
  value?: unknown;
}

/** An `mdxJsxFlowElement`/`mdxJsxTextElement` in mdast or hast. */
export interface JsxElementLike {
  type: string;
  name?: string | null;
  attributes?: JsxAttributeLike[];
  position?: { start: { line: number } };
}

export interface MdxElementProblem {
  /** 1-based line in the body. */
  line: number;
  /** The element as written, e.g. `<img>`, or `<Hinweis onClick>` for an attribute. */
  value: string;
  /** What is allowed instead, in German. */
  expected: string;
}

const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS);
const ALLOWED = `Erlaubt sind nur die Inhaltskomponenten ${COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')}`;

export function isJsxElement(node: { type: string }): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Code written in an `.mdx` body: none is allowed. */
export interface MdxCode {
  kind: 'import/export' | 'expression';
  line: number;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number } };
  attributes?: { type: string; value?: unknown }[];
}

/**
 * What an `.mdx` body may not contain: code (imports, exports, `{expressions}`), and JSX other
 * than the content components or with attributes they do not take. It parses the body itself,
 * so the check is done before anything compiles the body.
 */
export function checkMdxBody(body: string): {
  code: MdxCode[];
  elements: MdxElementProblem[];
  syntax?: MdxSyntaxError;
} {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    return {
      code: [],
      elements: [],
      syntax: explainSyntaxError(error instanceof Error ? error.message : String(error)),
    };
  }
  const found: MdxCode[] = [];
  const elements: MdxElementProblem[] = [];
  const walk = (node: Node): void => {
    const line = node.position?.start.line ?? 1;
    if (isJsxElement(node)) elements.push(...checkJsxElement(node));
    if (node.type === 'mdxjsEsm') {
      found.push({ kind: 'import/export', line });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      found.push({ kind: 'expression', line });
    } else if (
      node.attributes?.some(
        (attribute) =>
          attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object',
      )
    ) {
      found.push({ kind: 'expression', line });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { code: found, elements };
}

/** Where an `.mdx` body stops being MDX (1-based, in the body), and what to do, in German. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  expected: string;
}

/**
 * The parser's English message (`3:1: Unexpected character …`) turned into advice for the
 * mistakes editors make; anything else keeps the parser's words after a German sentence.
 */
export function explainSyntaxError(message: string): MdxSyntaxError {
  const [, line = '1', column = '1', detail = message] =
    /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
  const closing = /closing tag for `<([^>`]*)>`/.exec(detail)?.[1];
  let expected: string;
  if (/create a comment in MDX/.test(detail)) {
    expected = 'HTML-Kommentare (<!-- … -->) gehen in .mdx nicht. Löschen Sie den Kommentar.';
  } else if (closing !== undefined) {
    expected = `<${closing}> wird nicht geschlossen. Setzen Sie </${closing}> ans Ende des Inhalts oder schreiben Sie <${closing} … />.`;
  } else if (/expression|brace/i.test(detail)) {
    expected =
      'Eine geschweifte Klammer „{“ beginnt in .mdx Code. Für das Zeichen selbst schreiben Sie „\\{“.';
  } else if (/before name|character that can start a name/.test(detail)) {
    expected =
      'Ein „<“ beginnt in .mdx ein Element. Für das Zeichen selbst schreiben Sie „\\<“ oder „&lt;“.';
  } else {
    expected = `Die Datei lässt sich nicht als MDX lesen (${detail.replace(/\s*\([\w:-]+\)$/, '')}). Oft hilft es, sie als .md zu speichern.`;
  }
  return { line: Number(line), column: Number(column), expected };
}

/** The problems of one JSX element (not its children): its name, then each attribute. */
export function checkJsxElement(node: JsxElementLike): MdxElementProblem[] {
  const line = node.position?.start.line ?? 1;
  const name = node.name ?? '';
  const allowedAttributes = Object.hasOwn(CONTENT_COMPONENTS, name)
    ? CONTENT_COMPONENTS[name]
    : undefined;
  if (!allowedAttributes) return [{ line, value: `<${name}>`, expected: elementHint(name) }];
  const problems: MdxElementProblem[] = [];
  for (const attribute of node.attributes ?? []) {
    // Spread and `{…}` values are reported as `mdx-code` already: one message per mistake.
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    if (typeof attribute.value === 'object' && attribute.value !== null) continue;
    const value = `<${name} ${attribute.name}>`;
    const kind = Object.hasOwn(allowedAttributes, attribute.name)
      ? allowedAttributes[attribute.name]
      : undefined;
    if (!kind) {
      problems.push({
        line,
        value,
        expected: attributeHint(name, attribute.name, Object.keys(allowedAttributes)),
      });
    } else if (typeof attribute.value !== 'string') {
      problems.push({
        line,
        value,
        expected: `„${attribute.name}“ braucht einen Text in Anführungszeichen, z. B. ${attribute.name}="…".`,
      });
    } else if (kind === 'url' && !isSafeUrl(attribute.value)) {
      problems.push({
        line,
        value: `<${name} ${attribute.name}="${attribute.value}">`,
        expected: `Erlaubt sind Adressen mit ${[...SAFE_SCHEMES].map((scheme) => `${scheme}:`).join(', ')} oder relative Links.`,
      });
    }
  }
  return problems;
}

function elementHint(name: string): string {
  const suggestion = name ? closestMatch(name, COMPONENT_NAMES) : undefined;
  if (suggestion) return `${ALLOWED}. Meinten Sie „<${suggestion}>“?`;
  if (/^[a-z]/.test(name)) {
    return `${ALLOWED}; HTML-Elemente gehen in .mdx nicht. Schreiben Sie Links, Bilder und Hervorhebungen in Markdown, z. B. [Text](https://…).`;
  }
  return `${ALLOWED}.`;
}

function attributeHint(component: string, attribute: string, allowed: string[]): string {
  const list = allowed.length ? `Erlaubt: ${allowed.join(', ')}` : 'Sie hat keine Attribute';
  if (/^on/i.test(attribute))
    return `<${component}> nimmt keine Ereignis-Attribute (on…). ${list}.`;
  const suggestion = closestMatch(attribute, allowed);
  return `<${component}> kennt das Attribut „${attribute}“ nicht. ${list}.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`;
}
