import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the search index with Pagefind's Node API once Astro has written the site, the way
 * Starlight's integrations/pagefind.ts does: one index over the built directory, written to
 * `<outDir>/pagefind/`, every Pagefind error surfaced, the Pagefind service closed in
 * `finally`. Nothing is generated into `public/`.
 *
 * Only entry pages are results: BaseLayout marks their `<main>` with `data-pagefind-body`,
 * and Pagefind skips pages without one. Inside `<main>`, Pagefind drops `<nav>` (breadcrumbs),
 * `<footer>` (dates, edit link) and forms on its own; the lists of related entries are left
 * out here, because each of those entries is a result of its own and the lists would make
 * hub pages (an action field with hundreds of initiatives) heavy fragments to download.
 */
export const PAGEFIND_OPTIONS = {
  forceLanguage: 'de',
  excludeSelectors: ['.related'],
} satisfies pagefind.PagefindServiceConfig;

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kooperationsatlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger.fork('pagefind'));
      },
    },
  };
}

/** Indexes the built site in `siteDir` and returns the number of pages in the index. */
export async function buildSearchIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  try {
    const { index } = checked(await pagefind.createIndex(PAGEFIND_OPTIONS), logger);
    if (!index) throw new Error('Pagefind hat keinen Index angelegt.');
    checked(await index.addDirectory({ path: siteDir }), logger);
    const outputPath = path.join(siteDir, 'pagefind');
    checked(await index.writeFiles({ outputPath }), logger);
    const pages = indexedPages(outputPath);
    logger.info(`${pages} Einträge im Suchindex (${Math.round(performance.now() - started)} ms).`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

function checked<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length) {
    for (const error of response.errors) logger.error(error);
    throw new Error(`Pagefind meldet ${response.errors.length} Fehler beim Aufbau des Suchindex: ${response.errors.join('; ')}`);
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
