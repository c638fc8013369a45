import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';

/** Page paths listed in the built sitemap, read with a real XML parser. */
export function sitemapPaths(outDir: string): string[] {
  const parser = new XMLParser();
  const index = parser.parse(readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8'));
  const sitemaps = [index.sitemapindex.sitemap].flat() as { loc: string }[];
  return sitemaps.flatMap(({ loc }) => {
    const sitemap = parser.parse(readFileSync(path.join(outDir, new URL(loc).pathname), 'utf8'));
    return ([sitemap.urlset.url].flat() as { loc: string }[]).map((url) => new URL(url.loc).pathname);
  });
}

export function readPage(outDir: string, pagePath: string): HTMLElement {
  const file = pagePath.endsWith('/') ? path.join(outDir, pagePath, 'index.html') : path.join(outDir, pagePath);
  return parse(readFileSync(file, 'utf8'));
}

export interface BrokenLink {
  page: string;
  /** The content file behind the page, from its edit link, where it has one. */
  source: string | undefined;
  href: string;
}

/** Follows every internal link of every page in the sitemap; each must reach a page and anchor. */
export function brokenLinks(outDir: string): BrokenLink[] {
  const pages = new Map<string, HTMLElement>();
  const load = (pagePath: string) => {
    if (!pages.has(pagePath)) pages.set(pagePath, readPage(outDir, pagePath));
    return pages.get(pagePath)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of sitemapPaths(outDir)) {
    const document = load(page);
    const source = document.querySelector('.entry__footer code')?.text;
    for (const anchor of document.querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href')!;
      const url = new URL(href, `http://site.invalid${page}`);
      if (url.host !== 'site.invalid') continue;
      const target = url.pathname.endsWith('/') ? path.join(outDir, url.pathname, 'index.html') : path.join(outDir, url.pathname);
      const ok = existsSync(target) && (!url.hash || !target.endsWith('.html') || load(url.pathname).getElementById(decodeURIComponent(url.hash.slice(1))) !== null);
      if (!ok) broken.push({ page, source, href });
    }
  }
  return broken;
}
