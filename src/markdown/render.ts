import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { MARKDOWN_FEATURES, bodyHastPlugins, rewriteEntryLinks, type BodyLink } from './plugins.ts';
import type { Removal } from './sanitize.ts';
import {
  locateRemovals,
  recordRemovableSources,
  type LocatedRemoval,
  type RemovableSource,
} from './sanitize-report.ts';
import { collectSearchText, type SearchBlock } from './search-text.ts';

/**
 * One pass per body, `.md` and `.mdx` alike: the render that produces the page's HTML also
 * records the body's links (with their lines) and its heading ids, so the link check judges
 * exactly the ids the page carries; the search index gets the text the reader sees, and each
 * removal of the sanitiser the line it was written on.
 */
export interface RenderedBody {
  /** The page's HTML; `.mdx` bodies are compiled by Astro instead and have none here. */
  html: string | undefined;
  headings: { depth: number; id: string; text: string }[];
  /** Every link and link definition as written, with its 1-based line in the body. */
  links: BodyLink[];
  /** Readable text of the body for the search index, without footnote markers. */
  text: string;
  /** The same text as headings and the runs between them, as Pagefind indexes it. */
  searchBlocks: SearchBlock[];
  /** What the sanitiser took out, in document order, with its line, for the editor's warnings. */
  removals: LocatedRemoval[];
}

export function renderBody(
  source: string,
  absolutePath: string,
  format: 'md' | 'mdx',
): RenderedBody {
  const rendered: RenderedBody = {
    html: undefined,
    headings: [],
    links: [],
    text: '',
    searchBlocks: [],
    removals: [],
  };
  const removals: Removal[] = [];
  const removableSources: RemovableSource[] = [];
  // Astro's own heading-id plugin, the one its `.mdx` pages get, records into `data.astro`.
  const astro: SatteriAstroData = {
    frontmatter: {},
    headings: [],
    localImagePaths: new Set(),
    remoteImagePaths: new Set(),
  };
  const options = {
    features: MARKDOWN_FEATURES,
    fileURL: pathToFileURL(absolutePath),
    data: { astro },
    mdastPlugins: [
      recordRemovableSources((source) => removableSources.push(source)),
      rewriteEntryLinks((link) => rendered.links.push(link)),
    ],
    hastPlugins: [
      ...bodyHastPlugins((removal) => removals.push(removal)),
      satteriHeadingIdsPlugin(),
      collectSearchText(({ text, blocks }) => {
        rendered.text = text;
        rendered.searchBlocks = blocks;
      }),
    ],
  };
  // Every plugin here is synchronous, so the compiles are too. Astro compiles `.mdx` pages
  // itself (components need its runtime); this compile, with the same plugins, yields what the
  // link check and the search index need, and its code is not.
  if (format === 'md')
    rendered.html = (markdownToHtml(source, options) as MarkdownToHtmlResult).html;
  else void (mdxToJs(source, options) as MdxToJsResult);
  rendered.headings = astro.headings.map(({ depth, slug, text }) => ({ depth, id: slug, text }));
  rendered.removals = locateRemovals(removableSources, removals);
  return rendered;
}
