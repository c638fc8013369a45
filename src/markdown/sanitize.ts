import { defaultSchema } from 'hast-util-sanitize';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { checkJsxElement, isJsxElement } from './mdx-check.ts';
import { isSafeSrcSet, isSafeUrl } from './safe-url.ts';

export { isSafeUrl, isSafeSrcSet, schemeOf, SAFE_SCHEMES } from './safe-url.ts';

/**
 * The HTML boundary every entry body passes, `.md` and `.mdx` alike: GitHub's rules as
 * `hast-util-sanitize` keeps them (its `defaultSchema` is the allow-list data here), applied
 * as a Sätteri hast plugin so it runs inside the one render pass. What is not on the list is
 * removed, and each removal is reported so the editor learns about it.
 *
 * Deviations from `defaultSchema`, each stricter or needed by Markdown the site renders:
 * - URLs: one rule for every URL attribute (`isSafeUrl`: http, https, mailto, tel, relative),
 *   judged the way a browser parses them; the schema's `irc:`/`xmpp:` links are refused.
 * - Elements whose content is code or not text (`style`, `iframe`, `svg` …) go with their
 *   content, like `script`; other unknown elements are unwrapped and their content kept.
 * - `style` only as `text-align` on table cells: that is how GFM table alignment arrives
 *   (src/markdown/plugins.ts turns it into a class, as the CSP refuses inline styles).
 * - Images only from the site itself: the CSP (`img-src 'self'`) would block others, and
 *   loading them would tell another server who reads the atlas. An image from another
 *   origin loses its `src` and is a problem of its own (`external-image`).
 * - The clobber prefix is not added twice, so the footnote ids Sätteri already prefixes
 *   (`user-content-fn-1`) still match their `href="#user-content-fn-1"`.
 */
export const CLOBBER_PREFIX = 'user-content-';

type Allowed = string | number | boolean | RegExp;
/** A property name alone allows any value; with values, only those (or matches). */
type Definition = string | readonly [string, ...Allowed[]];
type Value = string | number | boolean | null | undefined | readonly (string | number)[];
export type Properties = Record<string, unknown>;

export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set(defaultSchema.tagNames);

const TEXT_ALIGN = /^text-align: ?(left|right|center)$/;
export const ALLOWED_ATTRIBUTES: ReadonlyMap<string, ReadonlyMap<string, Definition>> = new Map(
  Object.entries({
    ...defaultSchema.attributes,
    td: [['style', TEXT_ALIGN]],
    th: [['style', TEXT_ALIGN]],
  } as Record<string, readonly Definition[]>).map(([tagName, definitions]) => [
    tagName,
    new Map(
      definitions.map((definition) => [
        typeof definition === 'string' ? definition : definition[0],
        definition,
      ]),
    ),
  ]),
);

/** Elements that break out of their context without these ancestors. */
export const REQUIRED_ANCESTORS: Readonly<Record<string, readonly string[]>> =
  defaultSchema.ancestors ?? {};
/** Properties forced onto an element (a task-list checkbox is always a disabled checkbox). */
export const REQUIRED_PROPERTIES: Readonly<Record<string, Properties>> =
  defaultSchema.required ?? {};
/** Removed together with their content. */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  ...(defaultSchema.strip ?? []),
  ...'applet embed frame frameset iframe math noembed noframes noscript object plaintext select style svg template textarea title xmp'.split(
    ' ',
  ),
]);
/** Prefixed so content cannot take over the page's own ids and names (DOM clobbering). */
export const CLOBBERED: ReadonlySet<string> = new Set(defaultSchema.clobber ?? []);
/** Every property that holds a URL a browser may load or navigate to. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set(
  'action background cite codeBase data dynsrc formAction href icon itemType longDesc lowsrc manifest ping poster profile src xLinkHref'.split(
    ' ',
  ),
);

export function isAllowedElement(tagName: string, ancestors: readonly string[]): boolean {
  if (!ALLOWED_ELEMENTS.has(tagName)) return false;
  const required = Object.hasOwn(REQUIRED_ANCESTORS, tagName)
    ? REQUIRED_ANCESTORS[tagName]
    : undefined;
  return !required || required.some((ancestor) => ancestors.includes(ancestor));
}

export interface SanitizedProperties {
  properties: Properties;
  /** Properties removed, with the value as written; forced values are not listed. */
  removed: { name: string; value: string }[];
}

/** The allowed, prefixed and forced properties of an element `tagName` (hast property names). */
export function sanitizeProperties(
  tagName: string,
  properties: Properties | undefined,
): SanitizedProperties {
  const result: Properties = {};
  const removed: SanitizedProperties['removed'] = [];
  for (const [name, value] of Object.entries(properties ?? {})) {
    const external =
      tagName === 'img' && (name === 'src' || name === 'srcSet') && isOtherOrigin(value);
    const safe = external
      ? undefined
      : (allowedValue(ALLOWED_ATTRIBUTES.get(tagName)?.get(name), name, value as Value) ??
        allowedValue(ALLOWED_ATTRIBUTES.get('*')?.get(name), name, value as Value));
    if (safe === undefined)
      removed.push({ name, value: Array.isArray(value) ? value.join(' ') : String(value) });
    else result[name] = safe;
  }
  const required = Object.hasOwn(REQUIRED_PROPERTIES, tagName)
    ? REQUIRED_PROPERTIES[tagName]
    : undefined;
  for (const [name, value] of Object.entries(required ?? {})) result[name] = value;
  return { properties: result, removed };
}

/** An absolute or protocol-relative address: another origin than the site's. */
export function isOtherOrigin(value: unknown): boolean {
  return [value].flat().some((item) => /^\s*(https?:)?\/\//i.test(String(item)));
}

function allowedValue(
  definition: Definition | undefined,
  name: string,
  value: Value,
): Value | undefined {
  if (definition === undefined || value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const kept = value
      .map((item: string | number) => allowedPrimitive(definition, name, item))
      .filter((item) => item !== undefined);
    // A list loses only the items that fail (`class="footnotes evil"` keeps `footnotes`).
    return kept.length ? (kept as (string | number)[]) : undefined;
  }
  return allowedPrimitive(definition, name, value as string | number | boolean);
}

function allowedPrimitive(
  definition: Definition,
  name: string,
  value: string | number | boolean,
): string | number | boolean | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return undefined;
  if (URL_PROPERTIES.has(name) && !isSafeUrl(String(value))) return undefined;
  if (name === 'srcSet' && !isSafeSrcSet(String(value))) return undefined;
  if (typeof definition !== 'string' && definition.length > 1) {
    const ok = definition
      .slice(1)
      .some((allowed) =>
        allowed instanceof RegExp ? allowed.test(String(value)) : allowed === value,
      );
    if (!ok) return undefined;
  }
  if (CLOBBERED.has(name) && typeof value === 'string' && !value.startsWith(CLOBBER_PREFIX))
    return CLOBBER_PREFIX + value;
  return value;
}

/** One thing the sanitiser took out of a body. */
export interface Removal {
  /** `element`: the tag (content kept unless `withContent`); `attribute`: one attribute of `element`. */
  kind: 'element' | 'attribute' | 'node';
  /** Tag or component name; for `node` the hast node type (`raw`, `mdxFlowExpression` …). */
  element: string;
  /** HTML attribute name as written in HTML (`onerror`, `href`). */
  attribute?: string;
  value?: string;
  withContent?: boolean;
}

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  name?: string | null;
  properties?: Properties;
  children?: Node[];
}

/**
 * The plugin entry for `hastPlugins`: a factory, so every document has its own state; each
 * removal goes to `report` as it is made, in document order. Element visitors keep the work
 * on the Rust side's walk (materialising the whole tree in a hook, or an `after` pass, costs
 * more on every page); a disallowed element is replaced at once by a clean copy of its
 * content, and the visits that follow into its original subtree are skipped.
 */
export function sanitizeBody(report: (removal: Removal) => void = () => {}) {
  return (): HastPluginDefinition => {
    const removals = { push: (...items: Removal[]) => items.forEach((removal) => report(removal)) };
    // Until something is replaced, no visit can be inside a replaced subtree.
    let replaced = 0;
    const skip = (node: Node, ctx: HastVisitorContext) => replaced > 0 && insideReplaced(node, ctx);
    const jsx = {
      filter: [],
      visit(node: Readonly<unknown>, ctx: HastVisitorContext) {
        const element = node as Node;
        if (skip(element, ctx) || isAllowedJsx(element)) return;
        removals.push({ kind: 'element', element: element.name ?? '', withContent: true });
        replaced++;
        ctx.removeNode(node as never);
      },
    };
    const dropNode = (node: Readonly<{ type: string }>, ctx: HastVisitorContext) => {
      if (skip(node, ctx)) return;
      removals.push({ kind: 'node', element: node.type, withContent: true });
      ctx.removeNode(node as never);
    };
    return {
      name: 'kooperationsatlas-sanitize',
      element: {
        filter: [],
        visit(node, ctx) {
          const element = node as unknown as Node;
          if (skip(element, ctx)) return;
          const tagName = element.tagName ?? '';
          if (
            !isAllowedElement(
              tagName,
              Object.hasOwn(REQUIRED_ANCESTORS, tagName) ? ancestorTags(element, ctx) : [],
            )
          ) {
            replaced++;
            ctx.replaceNode(
              node,
              cleanCopy(element, ancestorTags(element, ctx), removals) as never,
            );
            return;
          }
          // Most elements (p, li, em …) have no properties and nothing is forced on them.
          if (!hasKeys(element.properties) && !Object.hasOwn(REQUIRED_PROPERTIES, tagName)) return;
          const { properties, removed } = sanitizeProperties(tagName, element.properties);
          for (const name of Object.keys(element.properties ?? {}))
            if (!(name in properties)) ctx.setProperty(node, name, null);
          for (const [name, value] of Object.entries(properties))
            if (!sameValue(element.properties?.[name], value)) ctx.setProperty(node, name, value);
          for (const { name, value } of removed)
            removals.push({
              kind: 'attribute',
              element: tagName,
              attribute: attributeName(name),
              value,
            });
        },
      },
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      // Comments are invisible to readers; dropping them changes nothing a reader sees.
      comment: (node, ctx) => ctx.removeNode(node),
      raw: dropNode,
      doctype: dropNode,
      mdxFlowExpression: dropNode,
      mdxTextExpression: dropNode,
      mdxjsEsm: dropNode,
    };
  };
}

/** A content component with valid attributes (the knowledge-base check stops the build on any other JSX; this is the second line of defence). */
function isAllowedJsx(node: Node): boolean {
  return checkJsxElement(node).length === 0;
}

function ancestors(node: Node, ctx: HastVisitorContext): Node[] {
  const chain: Node[] = [];
  for (
    let parent = ctx.parent(node as never) as Node | undefined;
    parent;
    parent = ctx.parent(parent as never) as Node | undefined
  )
    chain.unshift(parent);
  return chain;
}

function ancestorTags(node: Node, ctx: HastVisitorContext): string[] {
  return ancestors(node, ctx).flatMap((ancestor) =>
    ancestor.type === 'element' ? [ancestor.tagName ?? ''] : [],
  );
}

function insideReplaced(node: Node, ctx: HastVisitorContext): boolean {
  const tags: string[] = [];
  for (const ancestor of ancestors(node, ctx)) {
    if (ancestor.type === 'element') {
      if (!isAllowedElement(ancestor.tagName ?? '', tags)) return true;
      tags.push(ancestor.tagName ?? '');
    } else if (isJsxElement(ancestor) && !isAllowedJsx(ancestor)) {
      return true;
    }
  }
  return false;
}

type Sink = { push(...removals: Removal[]): void };

/** What replaces a disallowed element: nothing, or its content, cleaned, as new nodes. */
function cleanCopy(element: Node, ancestors: string[], removals: Sink): Node[] {
  const tagName = element.tagName ?? '';
  const withContent = DROPPED_WITH_CONTENT.has(tagName);
  removals.push({ kind: 'element', element: tagName, withContent });
  if (withContent) return [];
  return (element.children ?? []).flatMap((child) => cleanNode(child, ancestors, removals));
}

function cleanNode(node: Node, ancestors: string[], removals: Sink): Node[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value ?? '' }];
  if (node.type === 'comment') return [];
  if (node.type !== 'element') {
    removals.push({ kind: 'node', element: node.type, withContent: true });
    return [];
  }
  const tagName = node.tagName ?? '';
  if (!isAllowedElement(tagName, ancestors)) return cleanCopy(node, ancestors, removals);
  const { properties, removed } = sanitizeProperties(tagName, node.properties);
  for (const { name, value } of removed)
    removals.push({ kind: 'attribute', element: tagName, attribute: attributeName(name), value });
  const children = (node.children ?? []).flatMap((child) =>
    cleanNode(child, [...ancestors, tagName], removals),
  );
  return [{ type: 'element', tagName, properties, children }];
}

function hasKeys(properties: Properties | undefined): boolean {
  for (const _ in properties) return true;
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, index) => item === b[index])
    : a === b;
}

const SPECIAL_ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  acceptCharset: 'accept-charset',
  httpEquiv: 'http-equiv',
};

/** The HTML name of a hast property, for messages: `onError` → `onerror`, `dataFoo` → `data-foo`. */
export function attributeName(property: string): string {
  if (Object.hasOwn(SPECIAL_ATTRIBUTE_NAMES, property)) return SPECIAL_ATTRIBUTE_NAMES[property]!;
  if (/^(data|aria)[A-Z]/.test(property))
    return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}
