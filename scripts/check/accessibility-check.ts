import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { serveDirectory } from '../support/static-server.ts';

export interface AccessibilityFinding {
  page: string;
  colorScheme: 'light' | 'dark';
  violations: string[];
}

/** Serves the built site and runs axe-core in Chromium on each page, in light and dark mode. */
export async function checkAccessibility(
  outDir: string,
  pagePaths: readonly string[],
): Promise<AccessibilityFinding[]> {
  const server = await serveDirectory(outDir);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw new Error(
      `Chromium ließ sich nicht starten (${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'}); installieren Sie es oder setzen Sie CHROMIUM_PATH. ${error instanceof Error ? error.message.split('\n')[0] : ''}`,
    );
  });
  const findings: AccessibilityFinding[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const tab = await context.newPage();
      for (const page of pagePaths) {
        await tab.goto(server.origin + page);
        findings.push({ page, colorScheme, violations: await axeViolations(tab) });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return findings;
}
