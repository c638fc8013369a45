import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/**
 * The site under its own Content-Security-Policy, twice: as the `<meta>` element Astro writes
 * into every page, and as the HTTP header of `dist/_headers`, which the test server sends like
 * a host that reads the file. Search (Pagefind's WebAssembly and web worker included) must
 * work and no directive may be violated. Expected results are read off tests/fixtures/search.
 */
let server: StaticServer;
let browser: Browser;
let outDir: string;
let headers: Record<string, string>;

before(async () => {
  const build = await sharedBuild('tests/fixtures/search');
  assert.equal(build.exitCode, 0, build.output);
  outDir = build.outDir;
  headers = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8')).get('/*')!;
  server = await serveDirectory(outDir, headers);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  violations: string[];
  problems: string[];
  close: () => Promise<void>;
}

/** A tab that records every CSP violation event, console error or warning, and page error, across the pages it loads. */
async function watchingTab(): Promise<Watched> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  const problems: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on(
    'console',
    (message) =>
      (message.type() === 'error' || message.type() === 'warning') && problems.push(message.text()),
  );
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, violations, problems, close: () => context.close() };
}

async function load(page: Page, pagePath: string): Promise<void> {
  const response = await page.goto(server.origin + pagePath);
  assert.equal(response?.status(), 200, pagePath);
}

/** Opens a page in a fresh tab that records violations and problems. */
async function watch(pagePath: string): Promise<Watched> {
  const watched = await watchingTab();
  await load(watched.page, pagePath);
  return watched;
}

async function resultPaths(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => document.querySelector('#search-app')?.getAttribute('data-search-state') === 'done',
  );
  return page.$$eval('.search-result__title a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

test('every response carries the policy and the security headers', async () => {
  const response = await fetch(`${server.origin}/suche/`);
  const policy = response.headers.get('content-security-policy') ?? '';
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.ok(!policy.includes("'unsafe-inline'") && !policy.includes("'unsafe-eval'"), policy);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(response.headers.get('referrer-policy'));
  assert.ok(response.headers.get('permissions-policy')?.includes('camera=()'));
});

test('search works under the policy: results, facets from the worker, no violation', async () => {
  const { page, violations, problems, close } = await watch('/suche/');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
  assert.ok(
    meta?.includes("'wasm-unsafe-eval'") && !meta.includes("'unsafe-inline'"),
    meta ?? 'no CSP meta element',
  );

  await page.fill('#search-input', 'Göttingen');
  await page.press('#search-input', 'Enter');
  const paths = await resultPaths(page);
  assert.equal(paths.length, 4, JSON.stringify(paths));
  assert.ok(paths.includes('/akteure/stadt-goettingen/'));
  // Facet counts come from Pagefind's web worker, which must start under the policy (else
  // Pagefind falls back to the main thread with a console warning, caught in `problems`).
  // The filter panel starts folded; opening it asks for the counts.
  await page.click('#search-filters summary');
  await page.waitForFunction(
    () => document.querySelector('#search-app')?.getAttribute('data-facets-state') === 'done',
  );
  assert.deepEqual(workers, ['/pagefind/pagefind-worker.js']);
  const counts = await page.$$eval('#search-facets input[name="art"]', (inputs) =>
    inputs.map(
      (input) =>
        `${(input as HTMLInputElement).value} ${input.parentElement?.querySelector('.search-facet__count')?.textContent}`,
    ),
  );
  assert.deepEqual(counts.sort(), ['Akteur (2)', 'Initiative (1)', 'Pressemitteilung (1)']);

  await page.check('#search-facets input[name="art"][value="Akteur"]');
  assert.deepEqual((await resultPaths(page)).sort(), [
    '/akteure/landkreis-goettingen/',
    '/akteure/stadt-goettingen/',
  ]);
  await page.fill('#search-input', 'verkehr');
  await page.uncheck('#search-facets input[name="art"][value="Akteur"]');
  assert.ok((await resultPaths(page)).includes('/initiativen/radverkehrskonzept-goettingen/'));

  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await close();
});

test('a deep link searches on load under the policy', async () => {
  const { page, violations, problems, close } = await watch('/suche/?q=Klimaschutzprogramm');
  assert.equal((await resultPaths(page))[0], '/initiativen/klimaschutzprogramm-region/');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await close();
});

test('other kinds of pages load without a violation', async () => {
  const { page, violations, problems, close } = await watchingTab();
  for (const pagePath of [
    '/',
    '/initiativen/',
    '/netzwerke/uan/',
    '/daten/',
    '/impressum/',
    '/datenschutz/',
    '/barrierefreiheit/',
    '/ueber/',
  ]) {
    await load(page, pagePath);
    assert.deepEqual(violations, [], pagePath);
    assert.deepEqual(problems, [], pagePath);
  }
  await close();
});

test('the policy is enforced: a foreign image and an inline script are blocked and reported', async () => {
  const { page, violations, close } = await watch('/');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://third-party.invalid/pixel.png';
    document.body.append(image);
    const script = document.createElement('script');
    try {
      script.textContent = 'document.title = "injected"';
    } catch {
      // Trusted Types refuse the string before the script-src check.
    }
    document.body.append(script);
  });
  const image = (violation: string) => violation.startsWith('img-src https://third-party.invalid');
  const script = (violation: string) => /^(require-trusted-types-for|script-src)/.test(violation);
  // Violation events arrive asynchronously, the script's (Trusted Types) possibly twice and before
  // the image's: wait for one of each, up to 5 s.
  for (
    let waited = 0;
    !(violations.some(image) && violations.some(script)) && waited < 5000;
    waited += 50
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(violations.some(image), JSON.stringify(violations));
  assert.ok(violations.some(script), JSON.stringify(violations));
  assert.notEqual(await page.title(), 'injected');
  await close();
});
