import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/**
 * A feed opened in Chromium, served as a static host serves dist/ with the headers of
 * dist/_headers (the site's CSP included): it must render the German explanation and the
 * items from the site's own stylesheet, not the browser's XML tree, with no CSP violation.
 */
let server: StaticServer;
let browser: Browser;
let outDir: string;

before(async () => {
  const build = await sharedBuild('tests/fixtures/search');
  assert.equal(build.exitCode, 0, build.output);
  outDir = build.outDir;
  const headers = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8')).get('/*')!;
  assert.match(headers['Content-Security-Policy']!, /style-src 'self'/);
  server = await serveDirectory(outDir, headers);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(feedPath: string, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  const problems: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const response = await page.goto(server.origin + feedPath);
  return { page, response, violations, problems, close: () => context.close() };
}

const text = (page: Page, selector: string) =>
  page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

function entryFeedPaths(): string[] {
  const found: string[] = [];
  for (const section of readdirSync(outDir, { withFileTypes: true })) {
    if (!section.isDirectory()) continue;
    for (const entry of readdirSync(path.join(outDir, section.name), { withFileTypes: true }))
      if (
        entry.isDirectory() &&
        readdirSync(path.join(outDir, section.name, entry.name)).includes('feed.xml')
      )
        found.push(`/${section.name}/${entry.name}/feed.xml`);
  }
  return found;
}

test('the feed of all press releases renders as a German page with its items, under the CSP', async () => {
  const { page, response, violations, problems, close } = await open('/presse/feed.xml');
  assert.equal(response?.status(), 200);
  const body = await page.evaluate(() => document.documentElement.textContent ?? '');
  assert.doesNotMatch(body, /does not appear to have any style information/);
  assert.equal(await text(page, 'h1'), 'Das ist ein Feed: Pressemitteilungen im Kooperationsatlas');
  const visible = await page.evaluate(() => {
    const shown = (element: Element | null) =>
      element ? getComputedStyle(element).display !== 'none' : false;
    return {
      stylesheet:
        shown(document.querySelector('h1')) &&
        getComputedStyle(document.documentElement).display === 'block',
      channelTitle: shown(document.querySelector('channel > title')),
      explanation: document.querySelector('h1 ~ p')?.textContent ?? '',
      items: document.querySelectorAll('item').length,
      headings: [...document.querySelectorAll('item h3 a')].map((link) => link.textContent),
    };
  });
  assert.ok(visible.stylesheet, 'the site stylesheet applies');
  assert.equal(visible.channelTitle, false, 'the RSS element behind the heading is hidden');
  assert.match(visible.explanation, /So abonnieren Sie ihn/);
  assert.equal(visible.items, 3);
  assert.equal(visible.headings.length, 3);
  // An item's heading is a real link (an HTML anchor, not styled text) to the press release,
  // absolute on the site's public address, as a feed needs; its page is built.
  const link = await page.evaluate(() => {
    const anchor = document.querySelector('item h3 a');
    return {
      anchor: anchor instanceof HTMLAnchorElement,
      href: anchor?.getAttribute('href') ?? '',
    };
  });
  assert.ok(link.anchor);
  const pressPage = new URL(link.href).pathname;
  assert.match(pressPage, /^\/presse\/[^/]+\/$/);
  await page.goto(server.origin + pressPage);
  assert.equal(
    await page.evaluate(() => document.querySelector('h1')?.textContent?.trim()),
    visible.headings[0],
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await close();
});

test('an entry feed links back to its entry and fits a phone', async () => {
  const feeds = entryFeedPaths();
  assert.ok(feeds.length > 0, 'the fixture has entry feeds');
  for (const feedPath of feeds) {
    const { page, violations, problems, close } = await open(feedPath, 375);
    assert.match((await text(page, 'h1'))!, /^Das ist ein Feed: Pressemitteilungen zu /);
    const back = await page.evaluate(() =>
      [...document.querySelectorAll('a')]
        .find((link) => link.textContent?.startsWith('Zur Seite'))
        ?.getAttribute('href'),
    );
    assert.equal(new URL(back!).pathname, feedPath.replace(/feed\.xml$/, ''), feedPath);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${feedPath}: ${overflow}px wider than the phone`);
    assert.deepEqual(violations, [], feedPath);
    assert.deepEqual(problems, [], feedPath);
    await close();
  }
});

test('a guessed feed address that does not exist explains on the 404 page which entries have feeds', async () => {
  const { page, response, violations, close } = await open('/netzwerke/gibt-es-nicht/feed.xml');
  assert.equal(response?.status(), 404);
  const heading = await page.evaluate(() =>
    [...document.querySelectorAll('h2')].some(
      (element) => element.textContent === 'Einen Feed gesucht?',
    ),
  );
  assert.ok(heading);
  const explanation = await page.evaluate(
    () => document.querySelector('#feed + p')?.textContent ?? '',
  );
  assert.match(explanation, /Nicht jeder Eintrag hat einen RSS-Feed/);
  assert.ok(await page.$('#feed + p a[href="/presse/feed.xml"]'));
  assert.deepEqual(violations, []);
  await close();
});
