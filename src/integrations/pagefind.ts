import { cp, readFile, rename, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchDocument, type SearchRecord } from '../search/records.ts';
import { searchRecordsFile } from '../loader/cache-files.ts';

/**
 * Builds the search index with Pagefind's Node API, the way Starlight's integration does
 * (every Pagefind error surfaced, the service closed in `finally`, nothing in `public/`),
 * but fed from the knowledge base instead of the built site: the loader writes one record
 * per entry, and indexing starts as soon as Astro begins to build. Pagefind's indexer is a
 * process of its own, so it works on the second core while Astro renders pages on the first,
 * and it writes the index as soon as the last entry is in, into a folder beside Astro's cache;
 * `astro:build:done` waits for it and moves that folder to `<outDir>/pagefind/`.
 */
export const PAGEFIND_OPTIONS = { forceLanguage: 'de' } satisfies pagefind.PagefindServiceConfig;

export default function pagefindIntegration(): AstroIntegration {
  let cacheDir: URL;
  let indexing: Promise<string> | undefined;
  let started = 0;
  return {
    name: 'kooperationsatlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        started = performance.now();
        indexing = buildIndex(
          searchRecordsFile(cacheDir),
          stagingDir(cacheDir),
          logger.fork('pagefind'),
          started,
        );
        // Failures are reported where the index is awaited.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return;
        const log = logger.fork('pagefind');
        try {
          const staged = await indexing;
          await moveDirectory(staged, path.join(fileURLToPath(dir), 'pagefind'));
          log.info(
            `${indexedPages(path.join(fileURLToPath(dir), 'pagefind'))} Einträge im Suchindex (${Math.round(performance.now() - started)} ms).`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Where the index is written while Astro still renders: beside the loader's files in the cache. */
function stagingDir(cacheDir: URL): string {
  return path.join(path.dirname(searchRecordsFile(cacheDir)), 'pagefind');
}

/** Feeds every record to Pagefind and writes the index to `outputPath`, which it returns. */
async function buildIndex(
  recordsFile: string,
  outputPath: string,
  logger: AstroIntegrationLogger,
  started: number,
): Promise<string> {
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  const { index } = checked(await pagefind.createIndex(PAGEFIND_OPTIONS), logger);
  if (!index) throw new Error('Pagefind hat keinen Index angelegt.');
  // Handed over in the records' order: the same knowledge base gives a byte-identical index,
  // so a deploy changes only the files whose content changed.
  const added = records.map((record) =>
    index.addHTMLFile({ url: record.url, content: searchDocument(record) }),
  );
  for (const response of await Promise.all(added)) checked(response, logger);
  logger.info(
    `${records.length} Einträge an Pagefind übergeben (${Math.round(performance.now() - started)} ms).`,
  );
  await rm(outputPath, { recursive: true, force: true });
  checked(await index.writeFiles({ outputPath }), logger);
  return outputPath;
}

/** A rename where both lie on one file system, else a copy. */
async function moveDirectory(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch {
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

function checked<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length) {
    for (const error of response.errors) logger.error(error);
    throw new Error(
      `Pagefind meldet ${response.errors.length} Fehler beim Aufbau des Suchindex: ${response.errors.join('; ')}`,
    );
  }
  return response;
}

/** Pages in the written index, from Pagefind's entry file (what the browser reads first). */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
