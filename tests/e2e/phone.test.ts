import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { axeInLightAndDark } from '../helpers/axe-colour-schemes.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';

/**
 * The atlas on a phone, by keyboard and on paper, in Chromium: tests/fixtures/good (a table of
 * three and one of five columns on /akteure/landkreis-nord/) and the shipped knowledge base
 * (its tables, tiles and long compounds), both served with the site's own security headers.
 * Every tab counts Content-Security-Policy violations; there must be none.
 */
const DESTINATIONS = [
  'Initiativen',
  'Netzwerke',
  'Handlungsfelder',
  'Akteure',
  'Pressemitteilungen',
  'Übersicht',
  'Zeitleiste',
  'Matrix',
  'Mitgliedschaften',
];
const TABLES = '/akteure/landkreis-nord/';

let browser: Browser;
let good: StaticServer;
let shipped: StaticServer;
const violations: string[] = [];

async function serve(outDir: string): Promise<StaticServer> {
  const headers = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8')).get('/*');
  return serveDirectory(outDir, headers);
}

before(async () => {
  const goodBuild = await sharedBuild('tests/fixtures/good');
  assert.equal(goodBuild.exitCode, 0, goodBuild.output);
  // The same build as tests/build/site.test.ts, so the cache serves both.
  const shippedBuild = await sharedBuild('content', { SITE_URL: 'https://kooperationsatlas.test' });
  assert.equal(shippedBuild.exitCode, 0, shippedBuild.output);
  good = await serve(goodBuild.outDir);
  shipped = await serve(shippedBuild.outDir);
  browser = await launchChromium();
});

after(async () => {
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  await browser?.close();
  await good?.close();
  await shipped?.close();
});

/** A tab of `width` px that reports every CSP violation into `violations`. */
async function tab(width: number, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, ...options });
  const page = await context.newPage();
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${location.pathname}: ${event.effectiveDirective} ${event.blockedURI} ${event.sample}`,
      ),
    );
  });
  return { page, close: () => context.close() };
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

async function visibleDestinations(page: Page): Promise<string[]> {
  const links = navigation(page).getByRole('link');
  const names: string[] = [];
  for (const link of await links.all())
    if (await link.isVisible()) names.push(await link.innerText());
  return names;
}

test('at 375 px every main destination is behind the one „Menü“ control, and a keyboard opens it and reaches each', async () => {
  const { page, close } = await tab(375);
  await page.goto(good.origin + TABLES);
  assert.deepEqual(await visibleDestinations(page), [], 'folded on a phone');
  const menu = page.locator('summary', { hasText: 'Menü' });
  assert.ok(await menu.isVisible());
  const box = (await menu.boundingBox())!;
  assert.ok(box.y < 60 && box.x + box.width <= 375, 'in the first row, within the screen');

  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY'))) {
    await page.keyboard.press('Tab');
    assert.ok(++tabs < 10, 'the menu is among the first stops of the tab order');
  }
  await page.keyboard.press('Enter');
  const reached: string[] = [];
  for (const _ of DESTINATIONS) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  assert.deepEqual(reached, DESTINATIONS);
  assert.deepEqual(await visibleDestinations(page), DESTINATIONS);
  assert.deepEqual(await axeInLightAndDark(page), { light: [], dark: [] }, 'the open menu');
  for (const name of DESTINATIONS) {
    const link = navigation(page).getByRole('link', { name, exact: true });
    const { x, width } = (await link.boundingBox())!;
    assert.ok(x >= 0 && x + width <= 375, `${name} lies within the screen`);
  }
  await close();
});

test('at 320 px without JavaScript the menu opens and leads to the timeline', async () => {
  const { page, close } = await tab(320, { javaScriptEnabled: false });
  await page.goto(good.origin + '/');
  await page.locator('summary', { hasText: 'Menü' }).click();
  await navigation(page).getByRole('link', { name: 'Zeitleiste' }).click();
  assert.equal(new URL(page.url()).pathname, '/zeitleiste/');
  await close();
});

test('at 1280 px every destination is in view, with no control in between, and passes axe', async () => {
  const { page, close } = await tab(1280);
  await page.goto(good.origin + TABLES);
  assert.deepEqual(await visibleDestinations(page), DESTINATIONS);
  assert.equal(await page.locator('summary', { hasText: 'Menü' }).isVisible(), false);
  assert.deepEqual(await axeInLightAndDark(page), { light: [], dark: [] });
  await close();
});

test('at 320 and 375 px no page with a table scrolls sideways, and a three-column table stacks its rows', async () => {
  for (const width of [320, 375]) {
    const { page, close } = await tab(width);
    for (const [server, pagePath] of [
      [good, TABLES],
      [good, '/initiativen/radprojekt/'],
      [shipped, '/akteure/landkreis-peine/'],
      [shipped, '/netzwerke/metropolregion-hannover-braunschweig-goettingen-wolfsburg/'],
    ] as const) {
      await page.goto(server.origin + pagePath);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${pagePath} at ${width} px overflows by ${overflow} px`);
      // Every cell of a narrow table lies within the screen, under its column heading.
      const cells = await page.locator('.entry__body table:not(.table-scroll table) td').all();
      assert.ok(cells.length > 0, `${pagePath} has a narrow table`);
      for (const cell of cells) {
        const { x, width: cellWidth } = (await cell.boundingBox())!;
        assert.ok(x >= 0 && x + cellWidth <= width, `${pagePath}: a cell leaves the screen`);
        const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
        assert.match(label, /^".+"/, `${pagePath}: a cell without its heading`);
      }
    }
    await close();
  }
});

test('a wide table scrolls in a named region the keyboard reaches and moves, clean under axe at 375 px', async () => {
  const { page, close } = await tab(375);
  await page.goto(good.origin + TABLES);
  const region = page.getByRole('region', { name: /^Tabelle „Jahr, Verwaltungshaushalt/ });
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.ok(
    await region.evaluate((element) => element.scrollWidth > element.clientWidth),
    'the wide table is wider than a phone',
  );
  let tabs = 0;
  while (!(await region.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    assert.ok(++tabs < 40, 'Tab reaches the scrolling table');
  }
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0);
  assert.deepEqual(await axeInLightAndDark(page), { light: [], dark: [] });
  await close();
});

/** Where a word of `selector`'s text breaks across lines other than at a soft hyphen, a zero-width space or after a hyphen inside a word. */
function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const breaks: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        let previousTop: number | undefined;
        for (let at = 0; at < text.length; at++) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          // A range at the start of a line also has an empty box at the end of the line before.
          const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
          if (/\s/.test(text[at]!)) previousTop = undefined;
          if (!rect || /\s/.test(text[at]!)) continue;
          if (
            previousTop !== undefined &&
            rect.top > previousTop + 1 &&
            !/(\u00ad|\u200b|\p{L}-)$/u.test(text.slice(0, at))
          )
            breaks.push(`${text.slice(0, at).split(/\s/).at(-1)}|${text.slice(at).split(/\s/)[0]}`);
          previousTop = rect.top;
        }
      }
    }
    return breaks;
  }, selector);
}

test('tiles break long compounds only at their joints, at 1280 and 375 px', async () => {
  for (const width of [1280, 375, 320]) {
    const { page, close } = await tab(width);
    for (const pagePath of ['/', '/initiativen/', '/netzwerke/']) {
      await page.goto(shipped.origin + pagePath);
      assert.ok(await page.locator('.tiles a').count(), `${pagePath} has tiles`);
      assert.deepEqual(await midWordBreaks(page, '.tiles a'), [], `${pagePath} at ${width} px`);
      const spilling = await page
        .locator('.tiles li')
        .evaluateAll((tiles) =>
          tiles
            .filter((tile) => tile.scrollWidth > tile.clientWidth)
            .map((tile) => tile.textContent),
        );
      assert.deepEqual(spilling, [], `text wider than its tile on ${pagePath} at ${width} px`);
    }
    await close();
  }
});

test('the footer reads „Lizenz Creative Commons“, and the 404 page has one search field', async () => {
  const { page, close } = await tab(375);
  await page.goto(good.origin + '/gibt-es-nicht/');
  assert.match(await page.locator('footer.site-footer').innerText(), /Lizenz Creative Commons/);
  assert.equal(await page.getByRole('search').count(), 1);
  assert.equal(await page.getByRole('searchbox').count(), 1);
  await close();
});

test('the search page shows its keyboard help at a desk, not on a phone', async () => {
  for (const [width, options, shown] of [
    [1280, {}, true],
    [375, { isMobile: true, hasTouch: true }, false],
  ] as const) {
    const { page, close } = await tab(width, options);
    await page.goto(good.origin + '/suche/?q=Radverkehr');
    await page.locator('.search-result').first().waitFor();
    assert.equal(await page.locator('#search-keys').isVisible(), shown, `${width} px`);
    await close();
  }
});

test('a printed entry page names the atlas and its address, prints link targets, and leaves out edit link, feed, navigation and search', async () => {
  const { page, close } = await tab(1280);
  await page.goto(good.origin + '/netzwerke/verein-a/');
  await page.emulateMedia({ media: 'print' });
  const head = await page.evaluate(() => getComputedStyle(document.body, '::before').content);
  assert.match(head, /Kooperationsatlas/);
  assert.ok(head.includes(`/netzwerke/verein-a/`), head);
  assert.match(head, /https?:\/\//, 'an absolute address');
  const source = page.locator('.sources a[href^="https://"]').first();
  const href = await source.getAttribute('href');
  assert.ok(
    (await source.evaluate((link) => getComputedStyle(link, '::after').content)).includes(href!),
  );
  for (const hidden of ['.entry__edit a', '.site-nav', 'form[role="search"]', '.entry__feed a']) {
    const elements = await page.locator(hidden).all();
    assert.ok(elements.length > 0 || hidden === '.entry__feed a', `${hidden} is on the page`);
    for (const element of elements) assert.equal(await element.isVisible(), false, hidden);
  }
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.getByRole('link', { name: 'Diese Seite bearbeiten' }).isVisible());
  await close();
});
