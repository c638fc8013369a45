import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';
import { loadHtmlValidateConfig, validateSiteHtml } from '../../scripts/support/html-validation.ts';
import { brokenLinks, htmlPagePaths } from '../../scripts/support/site-links.ts';

/** A tiny built site, written by hand: what the link and HTML checks read after a build. */
let outDir: string;

const page = (main: string, extra = '') =>
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>T</title></head><body><main id="seiteninhalt">${main}</main>${extra}</body></html>`;
const entry = (body: string, around = '') =>
  page(
    `<h1>E</h1><div class="entry__body">${body}</div>${around}<footer class="entry__footer"><code>content/actors/a.md</code></footer>`,
  );

before(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-site-checks-'));
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  };
  write(
    'index.html',
    page(
      '<h1>Start</h1><a href="/akteure/a/">A</a> <a href="/akteure/a/#ziele">Ziele</a> <a href="https://example.org/x">extern</a>',
    ),
  );
  write(
    '404.html',
    page(
      '<h1>Nicht gefunden</h1><a href="/">Start</a><form action="/suche/"><button type="submit">Suchen</button></form>',
    ),
  );
  write('akteure/index.html', page('<h1>Akteure</h1><a href="/akteure/fehlt/">fehlt</a>'));
  write(
    'akteure/a/index.html',
    entry(
      '<h2 id="ziele">Ziele</h2><a href="/akteure/b/">B</a> <a href="#gibts-nicht">Anker</a>',
      '<a href="/akteure/#nirgends">Liste</a>',
    ),
  );
  write(
    'akteure/alt/index.html',
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>W</title><meta http-equiv="refresh" content="0; url=/akteure/c/"></head><body><p><a href="/akteure/c/">C</a></p></body></html>',
  );
  write(
    'presse/p/index.html',
    entry('<h2 id="seiteninhalt">Inhalt</h2><ol aria-labelledby="seiteninhalt"><li>x</li></ol>'),
  );
});

after(() => rmSync(outDir, { recursive: true, force: true }));

test('every HTML file is listed as the path a reader visits', () => {
  assert.deepEqual(htmlPagePaths(outDir), [
    '/',
    '/404.html',
    '/akteure/',
    '/akteure/a/',
    '/akteure/alt/',
    '/presse/p/',
  ]);
});

test('broken links and anchors are found and traced to the content file or the template', () => {
  assert.deepEqual(
    brokenLinks(outDir)
      .map(({ page, source, href, missing }) => `${page} ${href} ${missing} ${source}`)
      .sort(),
    [
      '/404.html /suche/ page src/pages/404.astro',
      '/akteure/ /akteure/fehlt/ page src/pages/[section]/index.astro',
      '/akteure/a/ #gibts-nicht anchor content/actors/a.md',
      '/akteure/a/ /akteure/#nirgends anchor src/pages/[section]/[slug].astro',
      '/akteure/a/ /akteure/b/ page content/actors/a.md',
      '/akteure/alt/ /akteure/c/ page src/components/Redirect.astro',
    ],
  );
});

test('html-validate with the project rules flags a duplicate id and names the content file', async () => {
  const problems = await validateSiteHtml(outDir, loadHtmlValidateConfig(PROJECT_ROOT));
  assert.deepEqual(
    problems.map(({ page, source, rule }) => `${page} ${rule} ${source}`),
    ['/presse/p/ no-dup-id content/actors/a.md'],
  );
  assert.ok(problems[0]!.line >= 1 && problems[0]!.column > 1);
});

test('the link walk is linear in links: a page with 100,000 links in seconds, a malformed escape reported', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-many-links-'));
  try {
    const links = Array.from(
      { length: 100_000 },
      (_, index) => `<a href="/#x${index % 10}">${index}</a>`,
    );
    writeFileSync(
      path.join(dir, 'index.html'),
      entry(`${links.join(' ')} <a href="/100%-rabatt/">Rabatt</a>`, '<p id="x0">x</p>'),
    );
    const started = performance.now();
    const broken = brokenLinks(dir);
    const seconds = (performance.now() - started) / 1000;
    // Nine anchors of ten do not exist: 90,000 broken anchors, and the page that cannot be read.
    assert.equal(broken.filter((link) => link.missing === 'anchor').length, 90_000);
    assert.deepEqual(
      broken.filter((link) => link.missing === 'page').map((link) => [link.href, link.source]),
      [['/100%-rabatt/', 'content/actors/a.md']],
    );
    assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
