/**
 * `node scripts/preview-screenshots.ts <pages-file> <folder>`: screenshots of the built site's
 * pages listed in `<pages-file>` (one path a line, as `npm run changes -- <base> --pages-file`
 * writes them), at a phone's and a desktop's width, in Debian's Chromium; each page is also
 * checked with axe-core, so a pull request's own pages are checked, not only one page per type.
 * Prints a German Markdown note for the job summary. Exit code 1 when a page has axe violations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MAX_PAGES,
  PREVIEW_WIDTHS,
  screenshotPlan,
  takeScreenshots,
  type PreviewResult,
} from './support/screenshots.ts';

export function previewMarkdown(pages: readonly string[], result: PreviewResult): string {
  const lines = ['## Vorschau', ''];
  if (!pages.length) {
    lines.push('Keine Eintragsseite hat sich geändert; keine Vorschaubilder.');
    return `${lines.join('\n')}\n`;
  }
  const pageCount = result.shots.length / PREVIEW_WIDTHS.length;
  lines.push(
    `Die gebaute Website liegt im Artefakt „website“, Bildschirmfotos (${PREVIEW_WIDTHS.join(' und ')} px breit) ${pageCount === 1 ? 'der geänderten Eintragsseite' : `der ${pageCount} geänderten Eintragsseiten`} im Artefakt „vorschau“ (unten auf der Seite dieses Laufs).`,
  );
  if (pages.length > MAX_PAGES)
    lines.push('', `Nur die ersten ${MAX_PAGES} von ${pages.length} Seiten sind fotografiert.`);
  if (result.violations.size) {
    lines.push('', 'Barrierefreiheit (axe-core) auf den geänderten Seiten:');
    for (const [page, found] of result.violations)
      lines.push(...found.map((violation) => `- \`${page}\`: ${violation}`));
  } else {
    lines.push('', 'Barrierefreiheit (axe-core): keine Verstöße auf den geänderten Seiten.');
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const [pagesFile, folder] = process.argv.slice(2);
  if (!pagesFile || !folder) {
    console.error('Aufruf: node scripts/preview-screenshots.ts <Seitenliste> <Zielordner>');
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.resolve(root, process.env['KA_OUT_DIR'] ?? 'dist');
  const pages = readFileSync(pagesFile, 'utf8').split('\n').filter(Boolean);
  const result = pages.length
    ? await takeScreenshots(outDir, screenshotPlan(pages), folder)
    : { shots: [], violations: new Map<string, string[]>() };
  process.stdout.write(previewMarkdown(pages, result));
  return result.violations.size ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
