import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { sitemapPaths } from '../../scripts/support/site-links.ts';
import { axeInLightAndDark } from '../helpers/axe-colour-schemes.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

let server: StaticServer;
let browser: Browser;
let pages: string[];

before(async () => {
  const build = await sharedBuild('tests/fixtures/good');
  assert.equal(build.exitCode, 0, build.output);
  pages = sitemapPaths(build.outDir);
  server = await serveDirectory(build.outDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Tab {
  page: Page;
  /** Console errors and page errors since the tab was opened or last emptied. */
  errors: string[];
  close: () => Promise<void>;
}

/** A browser tab in a fresh context; a walk over many pages reuses one tab and loads each page afresh. */
async function openTab(options: { width?: number; javaScript?: boolean } = {}): Promise<Tab> {
  const context = await browser.newContext({
    colorScheme: 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}) {
  const tab = await openTab(options);
  const response = await tab.page.goto(server.origin + path);
  return { ...tab, status: response?.status() };
}

test('the sitemap lists pages to walk', () => {
  assert.ok(pages.length >= 10, `only ${pages.length} pages`);
});

test('every page loads without errors and passes axe in light and dark mode', async () => {
  const { page, errors, close } = await openTab();
  for (const path of [...pages, '/suche/', '/404.html']) {
    errors.length = 0;
    const response = await page.goto(server.origin + path);
    assert.equal(response?.status(), 200, path);
    const violations = await axeInLightAndDark(page);
    assert.deepEqual(violations.light, [], `${path} (light)`);
    assert.deepEqual(violations.dark, [], `${path} (dark)`);
    assert.deepEqual(errors, [], path);
  }
  await close();
});

test('at 320 px no page scrolls sideways', async () => {
  const { page, close } = await openTab({ width: 320 });
  for (const path of [...pages, '/suche/', '/404.html']) {
    await page.goto(server.origin + path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
  }
  await close();
});

test('keyboard: the skip link is the first stop and moves focus to the main content', async () => {
  const { page, close } = await open('/initiativen/radprojekt/');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Zum Inhalt springen',
  );
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'seiteninhalt');
  await close();
});

test('without JavaScript a reader gets from the start page to an entry and on to a related one', async () => {
  const { page, close } = await open('/', { javaScript: false });
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Netzwerke' })
    .click();
  assert.equal(new URL(page.url()).pathname, '/netzwerke/');
  await page.getByRole('link', { name: 'Verein Alpha e.V.' }).click();
  assert.equal(new URL(page.url()).pathname, '/netzwerke/verein-a/');
  await page
    .getByRole('region', { name: /Mitglieder/ })
    .getByRole('link', { name: 'Stadt Ärzteburg' })
    .click();
  assert.equal(new URL(page.url()).pathname, '/akteure/stadt-a/');
  assert.equal(await page.locator('h1').textContent(), 'Stadt Ärzteburg');
  await close();
});

test("a renamed entry's old address ends on the new page", async () => {
  const { page, close } = await open('/akteure/alte-stadt-a/');
  await page.waitForURL((url) => url.pathname === '/akteure/stadt-a/');
  assert.equal(await page.locator('h1').textContent(), 'Stadt Ärzteburg');
  await close();
});

test('an unknown address gets the 404 page with a way back', async () => {
  const { page, status, close } = await open('/gibt-es-nicht/');
  assert.equal(status, 404);
  assert.equal(await page.locator('h1').textContent(), 'Seite nicht gefunden');
  assert.ok(await page.getByRole('link', { name: 'Startseite' }).count());
  await close();
});
