import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { collectionOfFolder } from './collections.ts';
import { resolveLink } from './links.ts';
import { splitFileName } from './slugs.ts';
import { entryPath } from './urls.ts';

/**
 * The Sätteri features and plugins every entry body passes through, `.md` (src/lib/render.ts)
 * and `.mdx` (Astro's processor, astro.config.mjs) alike: relative links to entry files become
 * page URLs, HTML is reduced to a safe subset, task-list checkboxes get labels.
 */
export const MARKDOWN_FEATURES = {
  rawHtml: true,
  smartPunctuation: true,
  gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück zum Verweis {reference}' } },
};

export function rewriteEntryLinks(context: PluginFactoryContext): MdastPluginDefinition | undefined {
  if (!context.fileURL) return undefined;
  const fromFile = fileURLToPath(context.fileURL);
  const rewrite = (node: { url: string }, ctx: { setProperty(node: never, key: 'url', value: string): void }) => {
    const url = entryUrlFor(node.url, fromFile);
    if (url !== undefined) ctx.setProperty(node as never, 'url', url);
  };
  return { name: 'kooperationsatlas-entry-links', link: rewrite, definition: rewrite } as MdastPluginDefinition;
}

export function entryUrlFor(url: string, fromFile: string): string | undefined {
  const link = resolveLink(url, fromFile);
  if (link.kind !== 'entry') return undefined;
  const collection = collectionOfFolder(link.folder);
  if (!collection) return undefined;
  const fragment = link.fragment ? `#${encodeURIComponent(link.fragment)}` : '';
  return `${entryPath(collection, splitFileName(link.fileName).slug)}${fragment}`;
}

const ALLOWED_TAGS = new Set(
  ('a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure ' +
    'h1 h2 h3 h4 h5 h6 hr i img input ins kbd li mark ol p pre q s samp section small span strong ' +
    'sub summary sup table tbody td tfoot th thead tr u ul').split(' '),
);
/** Removed together with their content; any other unknown tag is replaced by its content. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'title', 'svg', 'math', 'select']);
const URL_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'srcSet', 'xLinkHref'];
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}

export const sanitizeHtml: HastPluginDefinition = {
  name: 'kooperationsatlas-sanitize',
  element: {
    filter: [],
    visit(node, ctx) {
      const element = node as unknown as HastElement;
      if (!ALLOWED_TAGS.has(element.tagName) || isUnsafeInput(element)) {
        if (DROPPED_WITH_CONTENT.has(element.tagName) || !element.children?.length) ctx.removeNode(node);
        else ctx.replaceNode(node, element.children as never);
        return;
      }
      for (const [key, value] of Object.entries(element.properties ?? {})) {
        const unsafeUrl = URL_PROPERTIES.includes(key) && typeof value === 'string' && UNSAFE_URL.test(value);
        if (/^on/i.test(key) || key === 'style' || key === 'srcDoc' || unsafeUrl) ctx.setProperty(node, key, null);
      }
    },
  },
  raw(node, ctx) {
    // Sätteri parses raw HTML into elements (rawHtml: true); anything left opaque is dropped.
    ctx.removeNode(node);
  },
  comment(node, ctx) {
    ctx.removeNode(node);
  },
};

/** GFM task lists render `<input type="checkbox" disabled>`; no other input is allowed. */
function isUnsafeInput(element: HastElement): boolean {
  return element.tagName === 'input' && !(element.properties?.['type'] === 'checkbox' && element.properties?.['disabled'] !== undefined);
}

/** GFM task-list checkboxes have no label; screen readers then announce only „Kontrollkästchen“. */
export const labelTaskCheckboxes: HastPluginDefinition = {
  name: 'kooperationsatlas-task-labels',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      const checked = (node as unknown as HastElement).properties?.['checked'] !== undefined;
      ctx.setProperty(node, 'ariaLabel', checked ? 'erledigt' : 'offen');
    },
  },
};

/** Hast plugins of every body, in order; the sanitiser runs on every body, unconditionally. */
export const BODY_HAST_PLUGINS: HastPluginDefinition[] = [sanitizeHtml, labelTaskCheckboxes];
