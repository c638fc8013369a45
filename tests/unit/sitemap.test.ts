import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { listEntryFiles, type EntryFile } from '../../src/knowledge-base/entry-files.ts';
import { planSitemap } from '../../src/site/sitemap-plan.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';

const files: Pick<EntryFile, 'collection' | 'slug' | 'absolutePath'>[] = [
  { collection: 'actors', slug: 'stadt' as Slug, absolutePath: '/kb/actors/stadt.md' },
  { collection: 'actors', slug: 'kreis' as Slug, absolutePath: '/kb/actors/kreis.md' },
  { collection: 'networks', slug: 'verein' as Slug, absolutePath: '/kb/networks/verein.mdx' },
  { collection: 'press-releases', slug: 'neu' as Slug, absolutePath: '/kb/press-releases/neu.md' },
];
const dates = new Map([
  ['/kb/actors/stadt.md', '2024-03-02'],
  ['/kb/actors/kreis.md', '2025-01-10'],
  ['/kb/networks/verein.mdx', '2023-07-01'],
]);
const plan = planSitemap(files, dates);

test('entry pages with a file are listed; alias redirects, search and 404 are not', () => {
  for (const listed of [
    '/',
    '/akteure/',
    '/akteure/stadt/',
    '/netzwerke/verein/',
    '/presse/neu/',
    '/daten/',
    '/impressum/',
  ])
    assert.equal(plan.includes(listed), true, listed);
  for (const left of ['/akteure/alte-stadt/', '/presse/umbenannt/', '/suche/', '/404/'])
    assert.equal(plan.includes(left), false, left);
});

test('lastmod comes from the Git date of the file, the newest of a collection, or the newest of all', () => {
  assert.equal(plan.lastmod('/akteure/stadt/'), '2024-03-02');
  assert.equal(plan.lastmod('/netzwerke/verein/'), '2023-07-01');
  assert.equal(plan.lastmod('/akteure/'), '2025-01-10');
  assert.equal(plan.lastmod('/netzwerke/'), '2023-07-01');
  assert.equal(plan.lastmod('/'), '2025-01-10');
});

test('a page without a dated file gets no lastmod rather than the build time', () => {
  assert.equal(plan.lastmod('/presse/neu/'), undefined);
  assert.equal(plan.lastmod('/presse/'), undefined);
  assert.equal(plan.lastmod('/impressum/'), undefined);
  assert.equal(planSitemap(files, new Map()).lastmod('/'), undefined);
});

test('listEntryFiles reads the entry files of each collection folder and nothing else', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitemap-'));
  try {
    mkdirSync(path.join(dir, 'actors'));
    mkdirSync(path.join(dir, 'networks'));
    for (const name of ['stadt.md', 'kreis.mdx', 'README.txt', 'Falsch.md', '.versteckt.md'])
      writeFileSync(path.join(dir, 'actors', name), '');
    const listed = listEntryFiles(dir, dir)
      .files.map((file) => `${file.collection}/${file.slug}`)
      .sort();
    assert.deepEqual(listed, ['actors/kreis', 'actors/stadt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
