import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

/** Checks on the knowledge base that ships: it must validate and be well connected. */
const base = loadKnowledgeBase(PROJECT_ROOT, path.join(PROJECT_ROOT, 'content'));

test('the shipped knowledge base validates and holds every collection', () => {
  const counts = new Map<string, number>();
  for (const entry of base.entries) counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
  for (const collection of ['initiatives', 'networks', 'action-fields', 'actors', 'press-releases']) {
    assert.ok((counts.get(collection) ?? 0) > 0, collection);
  }
});

test('no entry is an orphan: each links to something or is linked from somewhere', () => {
  const linkedBodies = new Set(base.entries.flatMap((entry) => entry.outline.links.map((link) => path.basename(link.url.split('#')[0]!).replace(/\.mdx?$/, ''))));
  const orphans = base.entries.filter(
    (entry) =>
      base.graph.outgoing(entry.slug).length === 0 &&
      base.graph.incoming(entry.slug).length === 0 &&
      entry.outline.links.length === 0 &&
      !linkedBodies.has(entry.slug),
  );
  assert.deepEqual(orphans.map((entry) => entry.file), []);
});

test('every action field has at least one initiative or network', () => {
  const empty = base.entries
    .filter((entry) => entry.collection === 'action-fields')
    .filter((field) => !base.graph.incoming(field.slug).some((edge) => edge.relation.field === 'actionFields'));
  assert.deepEqual(empty.map((entry) => entry.file), []);
});

test('every press release is about something and names its source', () => {
  const pressReleases = base.entries.filter((entry) => entry.collection === 'press-releases');
  for (const entry of pressReleases) {
    assert.ok((entry.data['about'] as unknown[]).length > 0, entry.file);
    assert.ok((entry.data['sources'] as unknown[]).length > 0, entry.file);
  }
});
