/**
 * `node scripts/preview-screenshots.ts <pages-file> <folder>`: screenshots of the built site's
 * pages listed in `<pages-file>` (one path a line, as `npm run changes -- <base> --pages-file`
 * writes them), at a phone's and a desktop's width, in Debian's Chromium; each page is also
 * checked with axe-core, so a pull request's own pages are checked, not only one page per type.
 * Prints a German Markdown note for the job summary. Exit code 1 when a page has axe violations.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations } from './shared/axe.ts';
import { launchChromium } from './shared/browser.ts';
import { serveDirectory } from './shared/static-server.ts';

/** A phone and a desktop, as in the preview. */
export const PREVIEW_WIDTHS = [375, 1280] as const;

/** More pages than this are named in the summary but not photographed: a preview, not an archive. */
export const MAX_PAGES = 20;

export interface Shot {
  page: string;
  width: number;
  file: string;
}

/** The screenshots of `pages`, each at each width, with file names made from the path. */
export function screenshotPlan(pages: readonly string[]): Shot[] {
  return pages.slice(0, MAX_PAGES).flatMap((page) => {
    const name = page.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'startseite';
    return PREVIEW_WIDTHS.map((width) => ({ page, width, file: `${name}-${width}.png` }));
  });
}

export interface PreviewResult {
  shots: Shot[];
  /** Page → axe violations, for pages that have any. */
  violations: Map<string, string[]>;
}

/** Serves `outDir`, photographs each planned page into `folder` and runs axe on each page once. */
export async function takeScreenshots(
  outDir: string,
  plan: readonly Shot[],
  folder: string,
): Promise<PreviewResult> {
  mkdirSync(folder, { recursive: true });
  const server = await serveDirectory(outDir);
  const browser = await launchChromium();
  const violations = new Map<string, string[]>();
  try {
    for (const width of PREVIEW_WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      for (const shot of plan.filter((item) => item.width === width)) {
        await tab.goto(server.origin + shot.page);
        await tab.screenshot({ path: path.join(folder, shot.file), fullPage: true });
        if (width === PREVIEW_WIDTHS[PREVIEW_WIDTHS.length - 1]) {
          const found = await axeViolations(tab);
          if (found.length) violations.set(shot.page, found);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { shots: [...plan], violations };
}

export function previewMarkdown(pages: readonly string[], result: PreviewResult): string {
  const lines = ['## Vorschau', ''];
  if (!pages.length) {
    lines.push('Keine Eintragsseite hat sich geändert; keine Vorschaubilder.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Die gebaute Website liegt im Artefakt „website“, Bildschirmfotos (${PREVIEW_WIDTHS.join(' und ')} px breit) der ${result.shots.length / PREVIEW_WIDTHS.length} geänderten Eintragsseiten im Artefakt „vorschau“ (unten auf der Seite dieses Laufs).`,
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
