import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../../scripts/shared/axe.ts';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sitemapPaths } from '../../scripts/shared/site-links.ts';
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

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean } = {}) {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(server.origin + path);
  return { page, errors, status: response?.status(), close: () => context.close() };
}

test('the sitemap lists pages to walk', () => {
  assert.ok(pages.length >= 10, `only ${pages.length} pages`);
});

test('every page loads without errors and passes axe in light and dark mode', async () => {
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors, status, close } = await open(path, { colorScheme });
      assert.equal(status, 200, path);
      assert.deepEqual(await axeViolations(page), [], `${path} (${colorScheme})`);
      assert.deepEqual(errors, [], path);
      await close();
    }
  }
});

test('at 320 px no page scrolls sideways', async () => {
  for (const path of pages) {
    const { page, close } = await open(path, { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
    await close();
  }
});

test('keyboard: the skip link is the first stop and moves focus to the main content', async () => {
  const { page, close } = await open('/initiativen/radprojekt/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Zum Inhalt springen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'seiteninhalt');
  await close();
});

test('without JavaScript a reader gets from the start page to an entry and on to a related one', async () => {
  const { page, close } = await open('/', { javaScript: false });
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerke' }).click();
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
