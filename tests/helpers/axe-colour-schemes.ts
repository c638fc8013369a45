import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { AXE_TAGS } from '../../scripts/support/axe.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeRun = (
  options: object,
) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;

/**
 * Runs axe-core on the loaded page with the bar of scripts/support/axe.ts (the same tags, one
 * line per violated rule with its elements), first in light, then in dark mode, and leaves the
 * page in light mode. The site takes its colours from `prefers-color-scheme` in its stylesheet
 * alone (no script asks, nothing is animated), so switching the emulated scheme recolours the
 * same document: one load and one injection of axe serve both checks. Only violations are
 * collected in detail (axe's `resultTypes`); every rule still runs on every element.
 */
export async function axeInLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
  // Evaluated through the DevTools protocol: an injected <script> would be (rightly) refused by the
  // site's CSP.
  await page.evaluate(axeSource);
  const run = async (colorScheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: AxeRun } }).axe.run({
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      AXE_TAGS,
    );
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  };
  const light = await run('light');
  const dark = await run('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}
