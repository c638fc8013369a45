import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/**
 * What a reader sees of the pictures on the real knowledge base, in Chromium at phone and
 * desktop width: labels whole and legible, the overview's networks on a phone's first
 * screen, an entry related in two ways once, the timeline up to the build day, the matrix
 * readable upright. Reuses the real-content build of tests/build/site.test.ts.
 */
let server: StaticServer;
let browser: Browser;

before(async () => {
  const build = await sharedBuild('content', { SITE_URL: 'https://kooperationsatlas.test' });
  assert.equal(build.exitCode, 0, build.output);
  server = await serveDirectory(build.outDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const GMBH = '/netzwerke/metropolregion-hannover-braunschweig-goettingen-wolfsburg/';
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

async function open(viewport: { width: number; height: number }, pagePath: string) {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  const page = await context.newPage();
  const response = await page.goto(server.origin + pagePath);
  assert.equal(response?.status(), 200, pagePath);
  return { page, close: () => context.close() };
}

/** Every label of the shown pictures: clipped by its picture's box, or under 12 px on screen. */
function labelProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    let labels = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.graph svg.graph__svg')) {
      if (getComputedStyle(svg).display === 'none') continue;
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        labels++;
        const rect = text.getBoundingClientRect();
        const name = text.textContent ?? '';
        if (
          rect.left < box.left - 0.5 ||
          rect.right > box.right + 0.5 ||
          rect.top < box.top - 0.5 ||
          rect.bottom > box.bottom + 0.5
        )
          problems.push(`clipped: ${name}`);
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 11.99) problems.push(`${size.toFixed(1)} px: ${name}`);
        if (name.includes('…')) problems.push(`cut: ${name}`);
      }
    }
    return { labels, problems };
  });
}

test('labels of the overview and of neighbourhood pictures are whole, at least 12 px and inside their picture, at 375 and 1280 px', async () => {
  for (const viewport of [PHONE, DESKTOP])
    for (const pagePath of [
      '/uebersicht/',
      GMBH,
      '/akteure/landkreis-peine/',
      '/initiativen/global-nachhaltige-kommune-niedersachsen/',
    ]) {
      const { page, close } = await open(viewport, pagePath);
      const { labels, problems } = await labelProblems(page);
      assert.ok(labels > 3, `${pagePath} at ${viewport.width}px shows a picture`);
      assert.deepEqual(problems, [], `${pagePath} at ${viewport.width}px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${pagePath} at ${viewport.width}px scrolls sideways`);
      await close();
    }
});

test('the overview draws partners and Träger of networks, and on a phone its networks are on the first screen', async () => {
  const { page, close } = await open(PHONE, '/uebersicht/');
  const result = await page.evaluate(() => {
    const svg = [...document.querySelectorAll('svg.graph__svg--overview')].find(
      (candidate) => getComputedStyle(candidate).display !== 'none',
    )!;
    const relations = [...svg.querySelectorAll('[data-relation]')].map((path) =>
      path.getAttribute('data-relation'),
    );
    const networks = [...svg.querySelectorAll('.k-networks')].map(
      (node) => node.getBoundingClientRect().bottom,
    );
    return { relations, networks, screen: window.innerHeight };
  });
  for (const relation of ['networks.partners', 'networks.leads', 'networks.members'])
    assert.ok(result.relations.includes(relation), relation);
  assert.ok(result.networks.length >= 10, `${result.networks.length} networks`);
  for (const bottom of result.networks)
    assert.ok(bottom <= result.screen, `a network at ${bottom}px, below ${result.screen}px`);
  await close();
});

test('a release the GmbH published and that is about it appears once, with both relations named', async () => {
  const { page, close } = await open(DESKTOP, GMBH);
  const release = '/presse/kommunen-skizzieren-zukunftsbild-fuer-die-metropolregion/';
  assert.equal(await page.locator(`#bezuege a[href="${release}"]`).count(), 1);
  const item = page.locator(`#bezuege li:has(a[href="${release}"])`);
  assert.match((await item.textContent()) ?? '', /auch: In der Presse/);
  assert.equal(await page.locator(`figure.graph svg a[href="${release}"]`).count(), 1);
  await close();
});

test('the timeline reaches the build day for a running initiative, and a year-only date is an uncertain point', async () => {
  const { page, close } = await open(DESKTOP, '/zeitleiste/');
  const result = await page.evaluate(() => {
    const section = document.querySelector('section[aria-labelledby="zeit-initiativen"]')!;
    const ticks = [...section.querySelectorAll('.timeline__tick')].map((tick) => ({
      year: Number(tick.textContent),
      x: tick.getBoundingClientRect().left + tick.getBoundingClientRect().width / 2,
    }));
    const now = section.querySelector('.timeline__now')?.getBoundingClientRect().left;
    const vagueRow = [...section.querySelectorAll('.timeline__row')].find((row) =>
      row.textContent?.includes('Vernetzungstreffen'),
    )!;
    return {
      ticks,
      now,
      vaguePoints: vagueRow.querySelectorAll('.timeline__point--vague').length,
      vagueBars: vagueRow.querySelectorAll('rect').length,
      vagueText: vagueRow.querySelector('.timeline__when')?.textContent ?? '',
    };
  });
  const year = new Date().getUTCFullYear();
  const lastTick = result.ticks.at(-1)!;
  assert.ok(lastTick.year >= year - 1, `axis ends at ${lastTick.year}`);
  const before = result.ticks.filter((tick) => tick.year <= year).at(-1)!;
  assert.ok(result.now !== undefined && result.now >= before.x, 'the running bar reaches today');
  assert.equal(result.vaguePoints, 1);
  assert.equal(result.vagueBars, 0, 'no year-long bar');
  assert.doesNotMatch(result.vagueText, /seit|Beginn/);
  await close();
});

test('matrix: one name, upright column headings, and a dot leads to its pair on the entry page', async () => {
  const { page, close } = await open(DESKTOP, '/matrix/');
  const heading = (await page.locator('h1').textContent()) ?? '';
  const crumb = (await page.locator('.breadcrumbs li').last().textContent()) ?? '';
  assert.ok(heading.startsWith(crumb.trim()), `${heading} / ${crumb}`);
  const columns = await page.evaluate(() =>
    [...document.querySelectorAll('.cross__column')].map((cell) => {
      const style = getComputedStyle(cell);
      return { writing: style.writingMode, transform: style.transform };
    }),
  );
  assert.ok(columns.length > 3);
  for (const column of columns) {
    assert.equal(column.writing, 'horizontal-tb');
    assert.equal(column.transform, 'none');
  }
  const href = await page.locator('.cross td a').first().getAttribute('href');
  assert.match(href ?? '', /#bezug-handlungsfelder--/);
  await page.goto(server.origin + href!);
  const target = await page.evaluate(() => {
    const item = document.querySelector(':target');
    return item ? { tag: item.tagName, text: item.textContent } : undefined;
  });
  assert.equal(target?.tag, 'LI', 'the dot leads to the one field on the entry page');
  await close();
  const start = await open(DESKTOP, '/');
  assert.equal(
    ((await start.page.locator('main a[href="/matrix/"]').first().textContent()) ?? '').trim(),
    heading.trim(),
  );
  await start.close();
});
