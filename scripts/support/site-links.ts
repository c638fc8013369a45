import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { pageTypeOf } from './page-types.ts';

/** Page paths listed in the built sitemap, read with a real XML parser. */
export function sitemapPaths(outDir: string): string[] {
  const parser = new XMLParser();
  const index = parser.parse(
    readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8'),
  ) as SitemapIndex;
  const sitemaps = [index.sitemapindex.sitemap].flat();
  return sitemaps.flatMap(({ loc }) => {
    const sitemap = parser.parse(
      readFileSync(path.join(outDir, new URL(loc).pathname), 'utf8'),
    ) as Sitemap;
    return [sitemap.urlset.url].flat().map((url) => new URL(url.loc).pathname);
  });
}

/** The sitemap files as fast-xml-parser reads them: a single child element is an object, several an array. */
interface SitemapIndex {
  sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
}
interface Sitemap {
  urlset: { url: { loc: string } | { loc: string }[] };
}

/** Every HTML file of a built site as the URL path a reader visits (`/a/b/`, `/404.html`). */
export function htmlPagePaths(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

export function pageFile(outDir: string, pagePath: string): string {
  return pagePath.endsWith('/')
    ? path.join(outDir, pagePath, 'index.html')
    : path.join(outDir, pagePath);
}

export function readPage(outDir: string, pagePath: string): HTMLElement {
  return parse(readFileSync(pageFile(outDir, pagePath), 'utf8'));
}

/**
 * The file an editor or developer opens to fix something on a built page: the content
 * file for anything inside an entry's body (named in the page's edit link), else the
 * template that renders this kind of page. The page is searched once, and each element only
 * walks up to its ancestors, so a page with 100,000 links costs linear time, not quadratic.
 */
export function pageSources(
  pagePath: string,
  document: HTMLElement,
): (element?: HTMLElement) => string | undefined {
  if (document.querySelector('meta[http-equiv="refresh"]'))
    return () => 'src/components/Redirect.astro';
  const contentFile = document.querySelector('.entry__footer code')?.text;
  const template = pageTypeOf(pagePath)?.template;
  return (element) =>
    contentFile && (!element || element.closest('.entry__body')) ? contentFile : template;
}

export interface BrokenLink {
  page: string;
  /** The file to fix (see sourceOf). */
  source: string | undefined;
  href: string;
  /** `page`: nothing is served at the path; `anchor`: the page has no element with that id. */
  missing: 'page' | 'anchor';
}

const LINKING = 'a[href], link[href], img[src], script[src], form[action]';

/**
 * Follows every internal link and `#anchor` of every HTML page in `outDir`. Each page is
 * parsed once (its ids are kept, not its tree), so the check is linear in the site's size.
 */
export function brokenLinks(outDir: string): BrokenLink[] {
  const files = new Set(
    (readdirSync(outDir, { recursive: true }) as string[]).map(
      (file) => `/${file.split(path.sep).join('/')}`,
    ),
  );
  const idsOf = new Map<string, Set<string>>();
  const links: { page: string; href: string; source: string | undefined }[] = [];
  for (const page of htmlPagePaths(outDir)) {
    const document = readPage(outDir, page);
    const sourceOfElement = pageSources(page, document);
    idsOf.set(page, new Set(document.querySelectorAll('[id]').map((element) => element.id)));
    for (const element of document.querySelectorAll(LINKING)) {
      const href =
        element.getAttribute('href') ??
        element.getAttribute('src') ??
        element.getAttribute('action')!;
      links.push({ page, href, source: sourceOfElement(element) });
    }
  }
  const broken: BrokenLink[] = [];
  for (const { page, href, source } of links) {
    const url = new URL(href, `http://site.invalid${page}`);
    if (url.host !== 'site.invalid') continue;
    const pathname = decodeOrKeep(url.pathname);
    const target = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    if (!files.has(target)) {
      broken.push({ page, source, href, missing: 'page' });
      continue;
    }
    const ids = idsOf.get(pathname);
    if (url.hash && ids && !ids.has(decodeOrKeep(url.hash.slice(1))))
      broken.push({ page, source, href, missing: 'anchor' });
  }
  return broken;
}

/** A malformed escape (`100%-rabatt`) names no file: kept as written, it is reported as broken, not a crash. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
