import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { BuildResult } from '../../scripts/shared/build-site.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { brokenLinks, readPage, sitemapPaths } from '../../scripts/shared/site-links.ts';

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
