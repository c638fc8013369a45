import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

/**
 * The dev server as an editor uses it: a saved change shows on the page, a mistake shows in
 * the browser (not only in the terminal), fixing it brings the page back, and a knowledge base
 * that is already broken at start does not stop the server. The knowledge base is a copy of
 * the good fixture inside the project, where the dev server watches files.
 */
const work = mkdtempSync(path.join(PROJECT_ROOT, 'tests', '.dev-'));
// Outside the project, like the default cache below node_modules: files the loader writes there
// must not reach Vite's watcher, which would reload the page under the test.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-dev-cache-'));
const contentDir = path.join(work, 'content');
const file = path.join(contentDir, 'networks', 'verein-a.md');
let server: ChildProcess;
let origin = '';
let browser: Browser;
let page: Page;

before(async () => {
  cpSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'good'), contentDir, { recursive: true });
  // Broken from the start: the summary field is misspelt.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary:/m, 'sumary:'));
  const astro = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = String(4400 + (process.pid % 500));
  server = spawn(process.execPath, [astro, 'dev', '--port', port, '--host', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    // The good fixture keeps deliberate raw HTML, which CI (CI=true) would treat as a problem.
    env: {
      ...process.env,
      CI: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      KA_CONTENT_DIR: path.relative(PROJECT_ROOT, contentDir),
      KA_CACHE_DIR: cacheDir,
    },
  });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`dev server did not start:\n${output}`)),
      60_000,
    );
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    server.stdout!.on('data', listen);
    server.stderr!.on('data', listen);
    server.on('exit', (code) => reject(new Error(`dev server exited with ${code}:\n${output}`)));
  });
  browser = await launchChromium();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

/**
 * Reloads the page in Chromium until its text (Astro's error overlay included, which the
 * browser draws from the dev server's report) matches `expected`, as an editor would.
 */
async function pageUntil(pagePath: string, expected: RegExp): Promise<string> {
  // Generous: the first request makes Vite optimise dependencies, on a busy CI machine too.
  const deadline = Date.now() + 120_000;
  let text = '';
  while (Date.now() < deadline) {
    // Not waiting for `load`: while Vite reloads, one request can hang, and Playwright's
    // default 30 s navigation timeout would be spent on it before the next try.
    await page
      .goto(`${origin}${pagePath}`, { waitUntil: 'domcontentloaded', timeout: 5_000 })
      .catch(() => undefined);
    // The overlay is drawn by Vite's client once it hears of the error; give it a moment.
    await page
      .waitForSelector('vite-error-overlay, main', { timeout: 5_000 })
      .catch(() => undefined);
    const overlay = page.locator('vite-error-overlay');
    text = (await overlay.count())
      ? (
          await Promise.all(
            ['#title', '#message-content', '#stack-content'].map((selector) =>
              overlay
                .locator(selector)
                .first()
                .innerText()
                .catch(() => ''),
            ),
          )
        ).join('\n')
      : await page
          .locator('body')
          .innerText()
          .catch(() => '');
    if (!text && (await overlay.count())) text = await overlay.innerText().catch(() => '');
    if (expected.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  assert.fail(`${pagePath} never showed ${expected}; last text:\n${text.slice(0, 2000)}`);
}

test('a knowledge base broken at start shows its problems in the browser, with file, line and field', async () => {
  const text = await pageUntil('/netzwerke/verein-a/', /unknown-field/);
  assert.match(text, /networks\/verein-a\.md:\d+ › sumary/);
  // German throughout: the title is no „An error occurred“, the box below holds the list.
  assert.match(text, /^Die Wissensbasis hat Probleme/);
  assert.doesNotMatch(text, /An error occurred/);
  assert.match(text, /Meinten Sie „summary“\?/);
});

test('fixing the file brings the page back, and a saved change shows on reload', async () => {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^sumary:/m, 'summary:'));
  await pageUntil('/netzwerke/verein-a/', /Verein Alpha e\.V\./);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Verein Alpha neu'),
  );
  await pageUntil('/netzwerke/verein-a/', /Verein Alpha neu/);
});

test('a save that empties the file before writing it shows whole, not as an empty file', async () => {
  // Editors that save in place truncate first; the watcher reports the empty file, and drops
  // the report of the write that follows within 50 ms.
  const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Verein Alpha zweimal');
  const descriptor = openSync(file, 'w');
  await new Promise((resolve) => setTimeout(resolve, 20));
  writeSync(descriptor, text);
  closeSync(descriptor);
  await pageUntil('/netzwerke/verein-a/', /Verein Alpha zweimal/);
});

test('a mistake made while the server runs shows in the browser, on other pages too', async () => {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^form: .*$/m, 'form: verein'));
  const text = await pageUntil('/akteure/stadt-a/', /invalid-value/);
  assert.match(text, /networks\/verein-a\.md:\d+ › form: „verein“/);
});
