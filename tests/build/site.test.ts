import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'node-html-parser';
import type { BuildResult } from '../../scripts/support/build-site.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { brokenLinks, readPage, sitemapPaths } from '../../scripts/support/site-links.ts';

/** The real knowledge base, built as the deployment builds it: with its public addresses set. */
let build: BuildResult;
before(async () => {
  build = await sharedBuild('content', {
    SITE_URL: 'https://kooperationsatlas.test',
    REPOSITORY_URL: 'https://git.test/kooperationsatlas',
  });
});

test('the shipped site builds without warnings', () => {
  assert.equal(build.exitCode, 0, build.output);
  // Except the one for operator details the deployment has yet to set (tests/build/trust.test.ts).
  const output = build.output.replace(/^.*\[WARN\] \[kooperationsatlas:site-settings\].*$/m, '');
  assert.doesNotMatch(output, /\[(WARN|ERROR)\]/);
});

test('the sitemap lists the pages, each with one h1 and a description', () => {
  const pages = sitemapPaths(build.outDir);
  assert.ok(pages.length > 60, `only ${pages.length} pages`);
  for (const pagePath of pages) {
    const document = readPage(build.outDir, pagePath);
    assert.equal(document.querySelectorAll('h1').length, 1, pagePath);
    assert.ok(
      document.querySelector('meta[name="description"]')?.getAttribute('content'),
      pagePath,
    );
  }
});

test('every internal link reaches a page and its anchor', () => {
  assert.deepEqual(brokenLinks(build.outDir), []);
});

test('no built HTML page carries an inline style, which the site’s CSP would refuse', () => {
  const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  assert.ok(files.length > 60, `only ${files.length} HTML files`);
  const styled = files.flatMap((file) =>
    parse(readFileSync(path.join(build.outDir, file), 'utf8'))
      .querySelectorAll('[style]')
      .map(
        (element) =>
          `${file}: <${element.tagName.toLowerCase()} style="${element.getAttribute('style')}">`,
      ),
  );
  assert.deepEqual(styled, []);
});

test('a kind is named with its noun: no related entry is only „(Sonstige)“', () => {
  for (const pagePath of sitemapPaths(build.outDir)) {
    const kinds = readPage(build.outDir, pagePath).querySelectorAll('.related__kind');
    for (const kind of kinds) assert.notEqual(kind.text, '(Sonstige)', pagePath);
  }
});
