/**
 * `npm run bench [-- 1000 5000 10000]`: builds deterministic synthetic knowledge bases of the
 * given sizes (default 1,000 and 10,000 entries) with the real `astro build` and measures the
 * build, the pages and the search in Chromium on 127.0.0.1. `npm run bench -- --content <folder>`
 * measures a copy of an existing knowledge base folder instead. `BENCH_DEV=0` skips the dev
 * server. A script, not a test: `npm test` does not run it. Targets at 10,000 entries: first
 * one-word query under 100 ms (median) and at most 150 KB transferred.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { PROJECT_ROOT, buildSite } from './support/build-site.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../src/vocabulary/collections.ts';
import { corpusShape, describeShape, type CorpusShape } from './bench/corpus-shape.ts';
import { measureDevServer, type DevTiming } from './bench/dev-timing.ts';
import { distFigures, totalBytes, type DistFigures, type SizedFile } from './bench/dist-figures.ts';
import { DEFAULT_QUERIES, generateKnowledgeBase } from './bench/generate-knowledge-base.ts';
import { serveCompressed, type CountingServer } from './bench/gzip-server.ts';

const FIRST_QUERY_RUNS = 7;
const LATER_QUERIES_PER_RUN = 3;
const PAGE_SAMPLE = 1000;

interface QueryMeasure {
  query: string;
  /** From Enter to the rendered results. */
  ms: number;
  /** Transferred from focusing the field until the results are rendered. */
  bytesToResults: number;
  /** Transferred until the facet counts are rendered too. */
  bytes: number;
  results: number;
  files: Record<string, number>;
}

interface SizeReport {
  /** The number of entries generated, or the folder measured. */
  name: string;
  entries: number;
  shape: CorpusShape;
  dist: Omit<DistFigures, 'html'>;
  pages: number;
  buildSeconds: number;
  pagefindMs: number | undefined;
  peakRssBytes: number | undefined;
  cpuSeconds: number | undefined;
  cpuPercent: number | undefined;
  /** Astro's own phase times from its log: content sync, Vite, page generation. */
  phases: Record<string, number>;
  /** The largest page of each kind, gzip. */
  largestPages: { file: string; gzip: number }[];
  dev: DevTiming | undefined;
  indexedPages: number;
  pageBytes: number;
  pageGzipBytes: number;
  searchPageBytes: number;
  /** Cold: the reader focuses the field and the query is submitted at once (also: a deep link). */
  first: QueryMeasure[];
  /** Typed: the reader types the word (80 ms per key) and presses Enter; Pagefind loads meanwhile. */
  typed: QueryMeasure[];
  later: QueryMeasure[];
}

type Corpus = { size: number } | { folder: string };

async function benchmark(corpus: Corpus): Promise<SizeReport> {
  const name = 'size' in corpus ? String(corpus.size) : path.basename(path.resolve(corpus.folder));
  // Inside the project, so that the dev server measured below watches it. An outside folder is
  // copied: the dev measurement edits files, and the original stays untouched.
  const work = path.join(PROJECT_ROOT, `.bench-${'size' in corpus ? corpus.size : 'content'}`);
  const contentDir = path.join(work, 'content');
  let queries = DEFAULT_QUERIES;
  if ('size' in corpus) {
    const generated = generateKnowledgeBase(contentDir, corpus.size);
    queries = generated.queries;
    log(
      `${name}: Wissensbasis erzeugt (${Object.entries(generated.counts)
        .map(([collection, count]) => `${count} ${collection}`)
        .join(', ')})`,
    );
  } else {
    rmSync(work, { recursive: true, force: true });
    cpSync(path.resolve(corpus.folder), contentDir, { recursive: true });
  }
  const shape = corpusShape(contentDir, queries);
  if ('folder' in corpus) queries = meaningfulQueries(shape);
  log(`${name}: ${describeShape(shape).replace(/\n/g, '\n  ')}\n  baue …`);
  const started = performance.now();
  const build = await buildSite(contentDir);
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.exitCode !== 0)
    throw new Error(`Build für ${name} fehlgeschlagen:\n${build.output.slice(-4000)}`);
  const { html: htmlFiles, ...dist } = distFigures(build.outDir);
  const html = htmlFiles.map((file) => file.file);
  const entryPages = sample(html.filter(isEntryPath), PAGE_SAMPLE).filter((file) =>
    isEntryPage(build.outDir, file),
  );
  const weights = entryPages.map((file) => pageWeight(build.outDir, file));
  const pagefindMs = Number(/Suchindex \((\d+) ms\)/.exec(build.output)?.[1]) || undefined;
  const entry = JSON.parse(
    readFileSync(path.join(build.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  log(`${name}: gebaut in ${buildSeconds.toFixed(1)} s; messe die Suche in Chromium …`);
  const search = await measureSearch(build.outDir, queries);
  const largestPages = largest(build.outDir, htmlFiles);
  log(`${name}: messe den Dev-Server (Speichern bis Seite) …`);
  const dev =
    process.env['BENCH_DEV'] === '0'
      ? undefined
      : await measureDevServer(PROJECT_ROOT, contentDir, devSamples(contentDir), shape.entries);
  rmSync(work, { recursive: true, force: true });
  rmSync(path.dirname(build.outDir), { recursive: true, force: true });
  return {
    name,
    entries: shape.entries,
    shape,
    dist,
    pages: html.length,
    buildSeconds,
    pagefindMs,
    peakRssBytes: build.peakRssBytes,
    cpuSeconds: build.cpuSeconds,
    cpuPercent: build.cpuPercent,
    phases: astroPhases(build.output),
    largestPages,
    dev,
    indexedPages: Object.values(entry.languages).reduce(
      (sum, language) => sum + language.page_count,
      0,
    ),
    pageBytes: median(weights.map((weight) => weight.raw)),
    pageGzipBytes: median(weights.map((weight) => weight.gzip)),
    ...search,
  };
}

/**
 * Queries for an outside folder: the bench's own where they occur in at least 0.5 % of the
 * entries, else frequent words of the folder, so that each query finds something to show.
 */
function meaningfulQueries(shape: CorpusShape): string[] {
  const enough = Math.max(1, shape.entries * 0.005);
  const own = DEFAULT_QUERIES.filter((query) => (shape.probeEntries[query] ?? 0) >= enough);
  return [...own, ...shape.frequentWords].slice(0, Math.max(own.length, 8));
}

/** Three entries of different kinds to edit in the dev server, with their page URLs. */
function devSamples(contentDir: string): { file: string; url: string }[] {
  return ['networks', 'initiatives', 'press-releases'].map((folder) => {
    const names = readdirSync(path.join(contentDir, folder))
      .filter((file) => /\.mdx?$/.test(file))
      .sort();
    const name = names[Math.min(7, names.length - 1)]!;
    const segment =
      COLLECTIONS[COLLECTION_NAMES.find((collection) => COLLECTIONS[collection].folder === folder)!]
        .segment;
    return {
      file: path.join(contentDir, folder, name),
      url: `/${segment}/${name.replace(/\.mdx?$/, '')}/`,
    };
  });
}

/** Phase times Astro logs: „[content] Synced content“ after „Syncing“, Vite's „built in“, page generation. */
function astroPhases(output: string): Record<string, number> {
  // eslint-disable-next-line no-control-regex -- strips the ANSI colour codes (ESC [ … m) from Astro's log
  const clean = output.replace(/\u001b\[[0-9;]*m/g, '');
  const seconds = (text: string) => {
    const match = /(?:(\d+)m )?([\d.]+)(m?s)/.exec(text);
    if (!match) return NaN;
    return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  };
  const phases: Record<string, number> = {};
  const types = /\[types\] Generated (.+)/.exec(clean);
  if (types) phases['Inhalte laden (content sync)'] = seconds(types[1]!);
  const vite = /\[vite\] ✓ built in (.+)/.exec(clean);
  if (vite) phases['Vite'] = seconds(vite[1]!);
  const pages = /generating static routes[\s\S]*?✓ Completed in (.+)/.exec(clean);
  if (pages) phases['Seiten erzeugen'] = seconds(pages[1]!);
  return phases;
}

/**
 * The largest HTML page of each top-level section (and the start page), gzip-compressed: the
 * sizes come from the walk over dist/, only the winners are read.
 */
function largest(outDir: string, html: readonly SizedFile[]): { file: string; gzip: number }[] {
  const bySection = new Map<string, SizedFile>();
  for (const page of html) {
    const section = page.file.includes('/') ? page.file.split('/')[0]! : '/';
    if (page.bytes > (bySection.get(section)?.bytes ?? -1)) bySection.set(section, page);
  }
  return [...bySection.values()]
    .map(({ file }) => ({ file, gzip: gzipSync(readFileSync(path.join(outDir, file))).length }))
    .sort((a, b) => b.gzip - a.gzip);
}

const SEGMENTS = new Set(COLLECTION_NAMES.map((name) => COLLECTIONS[name].segment));

/** `<segment>/<slug>/index.html`: an entry page or an alias redirect. */
function isEntryPath(file: string): boolean {
  const parts = file.split('/');
  return parts.length === 3 && SEGMENTS.has(parts[0]!);
}

/** Not an alias redirect: an entry page has its `<article>`. Read for the sampled pages only. */
function isEntryPage(outDir: string, file: string): boolean {
  return readFileSync(path.join(outDir, file), 'utf8').includes('<article class="entry"');
}

function sample<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

/** HTML plus its stylesheets, raw and gzip-compressed (as a static host would send it). */
function pageWeight(outDir: string, file: string): { raw: number; gzip: number } {
  const text = readFileSync(path.join(outDir, file));
  const styles = [...text.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (match) => readFileSync(path.join(outDir, match[1]!)),
  );
  return {
    raw: [text, ...styles].reduce((sum, buffer) => sum + buffer.length, 0),
    gzip: [text, ...styles].reduce((sum, buffer) => sum + gzipSync(buffer).length, 0),
  };
}

async function measureSearch(outDir: string, queries: readonly string[]) {
  const server = await serveCompressed(outDir);
  const browser = await launchChromium();
  const first: QueryMeasure[] = [];
  const typed: QueryMeasure[] = [];
  const later: QueryMeasure[] = [];
  let searchPageBytes = 0;
  // A fresh context per first query: empty cache, as for a reader's first search.
  const freshPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageLoad = countBytes(server);
    await page.goto(`${server.origin}/suche/`, { waitUntil: 'networkidle' });
    searchPageBytes = pageLoad.stop().bytes;
    return { page, close: () => context.close() };
  };
  try {
    for (let run = 0; run < FIRST_QUERY_RUNS; run++) {
      const query = queries[run % queries.length]!;
      const cold = await freshPage();
      first.push(await timedQuery(server, cold.page, query, 0));
      for (let next = 1; next <= LATER_QUERIES_PER_RUN; next++)
        later.push(
          await timedQuery(server, cold.page, queries[(run + next * 3) % queries.length]!, 0),
        );
      await cold.close();
      const reader = await freshPage();
      typed.push(await timedQuery(server, reader.page, query, 80));
      await reader.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { first, typed, later, searchPageBytes };
}

/**
 * Enters a query the way a reader does (focus, type, Enter) and times it from Enter to the
 * rendered results; `keyDelay` 0 fills the field at once. Counts the bytes from the focus on.
 */
async function timedQuery(
  server: CountingServer,
  page: Page,
  query: string,
  keyDelay: number,
): Promise<QueryMeasure> {
  const counter = countBytes(server);
  const timing = page.evaluate(
    () =>
      new Promise<{ ms: number; count: number }>((resolve) => {
        let start = 0;
        document
          .querySelector('#search-form')!
          .addEventListener('submit', () => (start = performance.now()), {
            capture: true,
            once: true,
          });
        // Results shown while typing (before Enter) do not count: the clock starts at Enter.
        const listener = (event: Event) => {
          if (!start) return;
          document.removeEventListener('search:rendered', listener);
          requestAnimationFrame(() =>
            resolve({
              ms: performance.now() - start,
              count: (event as CustomEvent<{ count: number }>).detail.count,
            }),
          );
        };
        document.addEventListener('search:rendered', listener);
      }),
  );
  await page.fill('#search-input', '');
  if (keyDelay) await page.locator('#search-input').pressSequentially(query, { delay: keyDelay });
  else await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  const { ms, count } = await timing;
  const atResults = counter.snapshot();
  // Facet counts load only once the reader opens the filters ('deferred' until then).
  await page.waitForFunction(() =>
    ['done', 'deferred'].includes(
      document.querySelector('#search-app')?.getAttribute('data-facets-state') ?? '',
    ),
  );
  await page.waitForTimeout(200);
  const { bytes, files } = counter.stop();
  return { query, ms, bytesToResults: atResults.bytes, bytes, results: count, files };
}

/** Bytes the server sends (compressed body plus headers) from now on, also to Pagefind's worker. */
function countBytes(server: CountingServer) {
  const from = server.sent.length;
  const snapshot = () => ({
    bytes: server.sent.slice(from).reduce((sum, sent) => sum + sent.bytes, 0),
  });
  return {
    snapshot,
    stop() {
      const files: Record<string, number> = {};
      for (const { path: file, bytes } of server.sent.slice(from)) {
        const group = file.replace(/\/(index|fragment|filter)\/[^/]+$/, '/$1/*');
        files[group] = (files[group] ?? 0) + bytes;
      }
      return { ...snapshot(), files };
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const size = (bytes: number) => (bytes < 1024 ** 2 ? kb(bytes) : mb(bytes));
const sized = (files: readonly SizedFile[]) =>
  files.map((file) => `${file.file} ${kb(file.bytes)}`).join(', ') || '–';

function printReports(list: readonly SizeReport[]): void {
  const rows = [
    ['Einträge', ...list.map((report) => report.entries.toLocaleString('de-DE'))],
    [
      'Korpus: Größe, Wörter (verschiedene)',
      ...list.map(
        (report) =>
          `${(report.shape.bytes / 1e6).toFixed(1)} MB, ${(report.shape.words / 1e6).toFixed(2)} Mio. (${report.shape.distinctWords.toLocaleString('de-DE')})`,
      ),
    ],
    [
      'Korpus: Tabellen / Verweise / Beziehungen je Eintrag',
      ...list.map(
        (report) =>
          `${(report.shape.withTable * 100).toFixed(0)} % / ${(report.shape.withLink * 100).toFixed(0)} % / ${report.shape.referencesPerEntry.toFixed(1)}`,
      ),
    ],
    ['Seiten gebaut (HTML)', ...list.map((report) => report.pages.toLocaleString('de-DE'))],
    ['Seiten im Suchindex', ...list.map((report) => report.indexedPages.toLocaleString('de-DE'))],
    [
      'Build (astro build + Pagefind)',
      ...list.map((report) => `${report.buildSeconds.toFixed(1)} s`),
    ],
    ...['Inhalte laden (content sync)', 'Vite', 'Seiten erzeugen'].map((phase) => [
      `  davon ${phase}`,
      ...list.map((report) =>
        report.phases[phase] === undefined ? '–' : `${report.phases[phase].toFixed(1)} s`,
      ),
    ]),
    [
      '  Pagefind (parallel ab Build-Start, fertig nach)',
      ...list.map((report) =>
        report.pagefindMs === undefined ? '–' : `${(report.pagefindMs / 1000).toFixed(1)} s`,
      ),
    ],
    [
      'CPU (Build mit allen Kindprozessen), Auslastung',
      ...list.map((report) =>
        report.cpuSeconds === undefined || report.cpuPercent === undefined
          ? '–'
          : `${report.cpuSeconds.toFixed(1)} s, ${report.cpuPercent.toFixed(0)} %`,
      ),
    ],
    [
      'Spitze Arbeitsspeicher (RSS, mit Pagefind)',
      ...list.map((report) =>
        report.peakRssBytes === undefined
          ? '–'
          : `${(report.peakRssBytes / 1024 ** 3).toFixed(2)} GB`,
      ),
    ],
    [
      'größte Seite (gzip)',
      ...list.map(
        (report) => `${kb(report.largestPages[0]!.gzip)} ${report.largestPages[0]!.file}`,
      ),
    ],
    [
      'Dev-Server: Start bis erste Seite',
      ...list.map((report) => (report.dev ? `${(report.dev.startMs / 1000).toFixed(1)} s` : '–')),
    ],
    [
      'Dev-Server: Speichern bis neue Seite',
      ...list.map((report) =>
        report.dev
          ? report.dev.changeMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(' / ')
          : '–',
      ),
    ],
    [
      'Dev-Server: Speichern bis Fehlerseite',
      ...list.map((report) => (report.dev ? `${(report.dev.errorMs / 1000).toFixed(2)} s` : '–')),
    ],
    [
      'ms pro Eintrag / pro Seite',
      ...list.map(
        (report) =>
          `${((report.buildSeconds * 1000) / report.entries).toFixed(2)} / ${((report.buildSeconds * 1000) / report.pages).toFixed(2)}`,
      ),
    ],
    [
      'Dateien in dist/ (davon pagefind/)',
      ...list.map(
        (report) =>
          `${report.dist.files.toLocaleString('de-DE')} (${report.dist.pagefind.files.toLocaleString('de-DE')})`,
      ),
    ],
    [
      'dist/ gesamt (davon pagefind/)',
      ...list.map((report) => `${mb(report.dist.bytes)} (${mb(report.dist.pagefind.bytes)})`),
    ],
    [
      'pagefind-entry.json / Metadaten (pf_meta)',
      ...list.map(
        (report) =>
          `${report.dist.pagefind.entryJson === undefined ? '–' : kb(report.dist.pagefind.entryJson)} / ${kb(totalBytes(report.dist.pagefind.meta))}`,
      ),
    ],
    [
      'Sitemap: Dateien, zusammen, größte',
      ...list.map((report) => {
        const [first] = [...report.dist.sitemaps].sort((a, b) => b.bytes - a.bytes);
        return `${report.dist.sitemaps.length}, ${kb(totalBytes(report.dist.sitemaps))}, ${first ? kb(first.bytes) : '–'}`;
      }),
    ],
    [
      'Offene Daten (daten/): zusammen, größte',
      ...list.map((report) => {
        const [first] = [...report.dist.openData].sort((a, b) => b.bytes - a.bytes);
        return `${size(totalBytes(report.dist.openData))}, ${first ? `${first.file} ${size(first.bytes)}` : '–'}`;
      }),
    ],
    [
      'Feeds: Anzahl, zusammen, presse/feed.xml',
      ...list.map(
        (report) =>
          `${report.dist.feeds.count.toLocaleString('de-DE')}, ${size(report.dist.feeds.bytes)}, ${report.dist.feeds.siteWide ? kb(report.dist.feeds.siteWide.bytes) : '–'}`,
      ),
    ],
    [
      'Eintragsseite HTML+CSS, Median',
      ...list.map((report) => `${kb(report.pageBytes)} (gzip ${kb(report.pageGzipBytes)})`),
    ],
    ['Suchseite laden (HTML+CSS+JS, gzip)', ...list.map((report) => kb(report.searchPageBytes))],
    [
      '1. Anfrage kalt: Enter bis Treffer, Median',
      ...list.map((report) => `${median(report.first.map((run) => run.ms)).toFixed(0)} ms`),
    ],
    [
      '1. Anfrage getippt: Enter bis Treffer, Median',
      ...list.map((report) => `${median(report.typed.map((run) => run.ms)).toFixed(0)} ms`),
    ],
    [
      '1. Anfrage: übertragen bis Treffer, Median',
      ...list.map((report) => kb(median(report.first.map((run) => run.bytesToResults)))),
    ],
    [
      '1. Anfrage: übertragen bis Ruhe (Filter zugeklappt)',
      ...list.map((report) => kb(median(report.first.map((run) => run.bytes)))),
    ],
    [
      'weitere Anfragen: Enter bis Treffer, Median',
      ...list.map((report) => `${median(report.later.map((run) => run.ms)).toFixed(0)} ms`),
    ],
    [
      'weitere Anfragen: übertragen, Median',
      ...list.map((report) => kb(median(report.later.map((run) => run.bytes)))),
    ],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  console.log(
    `\nKooperationsatlas-Benchmark (${os.cpus()[0]?.model ?? 'CPU'}, ${os.cpus().length} Kerne, Node ${process.version})\n`,
  );
  console.log(line(rows[0]!));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(
    '\nZiel bei 10.000 Einträgen: 1. Anfrage unter 100 ms (Median) und höchstens 150 KB übertragen. Bytes: gzip auf der Leitung, wie ein statischer Host sendet;\n„kalt“ = Suchfeld fokussiert und sofort abgeschickt (wie ein Deep Link), „getippt“ = 80 ms je Taste, Pagefind lädt beim Fokus vor.',
  );
  for (const report of list) {
    console.log(`\n${report.name}: ${describeShape(report.shape).replace(/\n/g, '\n  ')}`);
    console.log(`  Pagefind, größte Dateien: ${sized(report.dist.pagefind.largest)}`);
    console.log(`  Pagefind-Metadaten: ${sized(report.dist.pagefind.meta)}`);
    console.log(`  Sitemaps: ${sized(report.dist.sitemaps)}`);
    console.log(`  Offene Daten: ${sized(report.dist.openData)}`);
    console.log(`  größte Feeds: ${sized(report.dist.feeds.largest)}`);
    const slowest = [...report.first].sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(
      `  1. Anfragen kalt: ${report.first.map((run) => `„${run.query}“ ${run.ms.toFixed(0)} ms, ${kb(run.bytesToResults)} / ${kb(run.bytes)}, ${run.results} Treffer`).join('; ')}`,
    );
    console.log(
      `  getippt: ${report.typed.map((run) => `„${run.query}“ ${run.ms.toFixed(0)} ms`).join('; ')}`,
    );
    console.log(
      `  größte 1. Anfrage („${slowest.query}“) nach Datei: ${Object.entries(slowest.files)
        .map(([file, bytes]) => `${file} ${kb(bytes)}`)
        .join(', ')}`,
    );
    console.log(
      `  größte Seiten je Bereich (gzip): ${report.largestPages.map((page) => `${page.file} ${kb(page.gzip)}`).join(', ')}`,
    );
    console.log(
      `  weitere Anfragen: ${report.later.map((run) => `„${run.query}“ ${run.ms.toFixed(0)} ms, ${kb(run.bytes)}`).join('; ')}`,
    );
  }
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

const corpora = corporaOf(process.argv.slice(2));
if (corpora) {
  const reports: SizeReport[] = [];
  for (const corpus of corpora) reports.push(await benchmark(corpus));
  printReports(reports);
} else {
  console.error(
    'Aufruf: npm run bench [-- <Anzahl Einträge> …] oder npm run bench -- --content <Ordner mit einer Wissensbasis>',
  );
  process.exitCode = 2;
}

/** `[sizes…]` (default 1,000 and 10,000) or `--content <folder>`; undefined if neither. */
function corporaOf(args: readonly string[]): Corpus[] | undefined {
  if (args[0] === '--content') return args.length === 2 ? [{ folder: args[1]! }] : undefined;
  const sizes = args.map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) return undefined;
  return (sizes.length ? sizes : [1000, 10000]).map((size) => ({ size }));
}
