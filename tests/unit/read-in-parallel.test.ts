import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLoadCache, loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { readInParallel } from '../../src/knowledge-base/read-in-parallel.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const good = path.join(root, 'tests/fixtures/good');

test('worker threads read the whole knowledge base, and the load then takes every file from them', async () => {
  const cache = createLoadCache();
  await readInParallel(root, good, cache, { minFilesPerWorker: 1, maxWorkers: 2 });
  // 13 entry files in the good fixture, drafts included.
  assert.equal(cache.files.size, 13);
  const fromWorkers = loadKnowledgeBase(root, good, cache, { changed: new Set() });
  const alone = loadKnowledgeBase(root, good);
  const summary = (entries: typeof alone.entries) =>
    entries.map((entry) => ({
      slug: entry.slug,
      data: entry.data,
      html: entry.rendered.html,
      terms: entry.searchTerms,
      updated: entry.updated,
    }));
  assert.deepEqual(summary(fromWorkers.entries), summary(alone.entries));
});
