import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { serveDirectory } from './static-server.ts';

/**
 * Screenshots of built pages at a phone's and a desktop's width, in Debian's Chromium, with
 * axe-core run on each page: the pull request's preview (scripts/preview-screenshots.ts).
 */
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
