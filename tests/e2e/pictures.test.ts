import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/** Screenshots land here for a human look; the test prints their names. */
const ARTIFACTS =
  process.env['KA_ARTIFACTS_DIR'] ?? path.join(tmpdir(), 'kooperationsatlas-screenshots');

let server: StaticServer;
let browser: Browser;

before(async () => {
  const build = await sharedBuild('tests/fixtures/good');
  assert.equal(build.exitCode, 0, build.output);
  server = await serveDirectory(build.outDir);
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A tab at `width` px in a fresh context; a test walks its pages in one tab. */
async function openTab(width: number) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: 'light',
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const goto = async (pagePath: string) => {
    const response = await page.goto(server.origin + pagePath);
    assert.equal(response?.status(), 200, pagePath);
  };
  return { page, goto, close: () => context.close() };
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Graph nodes that are drawn with a size and lie within the page's width. */
const visibleNodes = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('figure.graph .graph__svg .graph__node')].filter((node) => {
        const box = node.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          box.left >= 0 &&
          box.right <= document.documentElement.clientWidth &&
          getComputedStyle(node).visibility !== 'hidden'
        );
      }).length,
  );

test('screenshots of a graph page, the start page and an index page at 375 and 1280 px: no sideways scrolling, nodes visible', async (t) => {
  const files: string[] = [];
  for (const width of [375, 1280]) {
    const { page, goto, close } = await openTab(width);
    for (const [name, pagePath] of [
      ['netzwerk', '/netzwerke/verein-a/'],
      ['start', '/'],
      ['index-netzwerke', '/netzwerke/'],
      ['uebersicht', '/uebersicht/'],
    ] as const) {
      await goto(pagePath);
      assert.ok((await overflow(page)) <= 0, `${pagePath} at ${width}px scrolls sideways`);
      if (name === 'netzwerk')
        assert.ok((await visibleNodes(page)) >= 4, `${pagePath} at ${width}px shows its nodes`);
      if (name === 'uebersicht' && width === 1280)
        assert.ok((await visibleNodes(page)) >= 5, 'overview shows its nodes');
      const file = path.join(ARTIFACTS, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
    }
    await close();
  }
  t.diagnostic(`Screenshots: ${files.join(', ')}`);
});

test('on a phone the first entry of an index page is within the first screen', async () => {
  const { page, goto, close } = await openTab(375);
  for (const pagePath of ['/netzwerke/', '/initiativen/', '/akteure/']) {
    await goto(pagePath);
    const box = await page.locator('.entry-card').first().boundingBox();
    assert.ok(box && box.y < 900, `${pagePath}: first entry at ${box?.y}px`);
  }
  await close();
});
