import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What a built site weighs, from one walk over `dist/` that reads sizes only, never contents:
 * at 50,000 entries the folder holds well over 100,000 files. The parts that grow with the
 * whole knowledge base rather than per page are named, since a site ten times larger needs
 * them split: Pagefind's page table, the sitemap, the open-data files and the feeds.
 */
export interface SizedFile {
  /** Relative to `dist/`, with `/`. */
  file: string;
  bytes: number;
}

export interface DistFigures {
  files: number;
  bytes: number;
  html: SizedFile[];
  pagefind: {
    files: number;
    bytes: number;
    entryJson: number | undefined;
    /** Its metadata (`*.pf_meta`: the page table every search loads first). */
    meta: SizedFile[];
    largest: SizedFile[];
  };
  sitemaps: SizedFile[];
  openData: SizedFile[];
  feeds: { count: number; bytes: number; siteWide: SizedFile | undefined; largest: SizedFile[] };
}

const LARGEST = 5;

export function totalBytes(files: readonly SizedFile[]): number {
  return files.reduce((total, file) => total + file.bytes, 0);
}

export function distFigures(outDir: string): DistFigures {
  const all: SizedFile[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    all.push({
      file: path.relative(outDir, absolute).split(path.sep).join('/'),
      bytes: statSync(absolute).size,
    });
  }
  const pagefind = all.filter((file) => file.file.startsWith('pagefind/'));
  const feeds = all.filter((file) => file.file.endsWith('/feed.xml'));
  return {
    files: all.length,
    bytes: totalBytes(all),
    html: all.filter((file) => file.file.endsWith('.html')),
    pagefind: {
      files: pagefind.length,
      bytes: totalBytes(pagefind),
      entryJson: pagefind.find((file) => file.file === 'pagefind/pagefind-entry.json')?.bytes,
      meta: pagefind.filter((file) => file.file.endsWith('.pf_meta')),
      largest: largest(pagefind),
    },
    sitemaps: all.filter((file) => /^sitemap[^/]*\.xml$/.test(file.file)),
    openData: all.filter((file) => file.file.startsWith('daten/') && !file.file.endsWith('.html')),
    feeds: {
      count: feeds.length,
      bytes: totalBytes(feeds),
      siteWide: feeds.find((file) => file.file === 'presse/feed.xml'),
      largest: largest(feeds),
    },
  };
}

function largest(files: readonly SizedFile[]): SizedFile[] {
  return [...files].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST);
}
