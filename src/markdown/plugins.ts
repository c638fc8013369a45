import { fileURLToPath } from 'node:url';
import type {
  HastPluginDefinition,
  MdastNode,
  MdastPluginDefinition,
  MdastVisitorContext,
  PluginFactoryContext,
} from 'satteri';
import { collectionOfFolder } from '../vocabulary/collections.ts';
import { resolveLink } from './entry-links.ts';
import { sanitizeBody, type Removal } from './sanitize.ts';
import { phoneTables } from './tables.ts';
import { splitFileName } from '../vocabulary/slugs.ts';
import { entryPath } from '../vocabulary/urls.ts';

/**
 * The Sätteri features and plugins every entry body passes through, `.md` (src/markdown/render.ts)
 * and `.mdx` (Astro's processor, astro.config.mjs) alike: relative links to entry files become
 * page URLs, HTML is reduced to a safe subset (src/markdown/sanitize.ts), task-list checkboxes get
 * labels.
 */
export const MARKDOWN_FEATURES = {
  rawHtml: true,
  smartPunctuation: true,
  gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück zum Verweis {reference}' } },
};

/** A link or link definition as written in a body, with its 1-based line. */
export interface BodyLink {
  url: string;
  line: number;
}

/**
 * Rewrites relative links to entry files into page URLs. With `record`, it also hands over
 * every link and link definition as written, with its line, for the link check; only then are
 * positions tracked, which costs parse time.
 */
export function rewriteEntryLinks(record?: (link: BodyLink) => void) {
  return (context: PluginFactoryContext): MdastPluginDefinition | undefined => {
    const fromFile = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    if (!fromFile && !record) return undefined;
    const visit = (
      node: Readonly<Extract<MdastNode, { type: 'link' | 'definition' }>>,
      ctx: MdastVisitorContext,
    ) => {
      record?.({ url: node.url, line: node.position?.start.line ?? 1 });
      const url = fromFile === undefined ? undefined : entryUrlFor(node.url, fromFile);
      if (url !== undefined) ctx.setProperty(node, 'url', url);
    };
    return {
      name: 'kooperationsatlas-entry-links',
      options: { position: record !== undefined },
      link: visit,
      definition: visit,
    };
  };
}

export function entryUrlFor(url: string, fromFile: string): string | undefined {
  const link = resolveLink(url, fromFile);
  if (link.kind !== 'entry') return undefined;
  const collection = collectionOfFolder(link.folder);
  if (!collection) return undefined;
  const fragment = link.fragment ? `#${encodeURIComponent(link.fragment)}` : '';
  return `${entryPath(collection, splitFileName(link.fileName).slug)}${fragment}`;
}

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
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

/**
 * GFM column alignment (`| ---: |`) arrives as `style="text-align: right"`, which the site's
 * CSP (`style-src 'self'`) refuses: the alignment becomes a class of the site's stylesheet.
 * Runs after the sanitiser, which has kept only `text-align` styles on table cells.
 */
export const alignTableCells: HastPluginDefinition = {
  name: 'kooperationsatlas-table-alignment',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = (node as unknown as HastElement).properties?.['style'];
      if (typeof style !== 'string') return;
      const alignment = /text-align: ?(left|right|center)/.exec(style)?.[1];
      ctx.setProperty(node, 'style', null);
      if (alignment) ctx.setProperty(node, 'className', [`align-${alignment}`]);
    },
  },
};

/** Hast plugins of every body, in order; the sanitiser runs on every body, unconditionally. */
export function bodyHastPlugins(report?: (removal: Removal) => void) {
  return [sanitizeBody(report), alignTableCells, phoneTables(), labelTaskCheckboxes];
}
