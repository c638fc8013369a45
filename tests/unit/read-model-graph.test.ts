import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';
import { atlasEntry, indexAtlas, relatedGroups, type Atlas } from '../../src/read-model/atlas.ts';

/** An entry as the loader stores it: frontmatter and file, no edges. */
const stored = (collection: CollectionName, slug: string, data: Record<string, unknown> = {}) =>
  atlasEntry({
    collection,
    slug: slug as Slug,
    stored: {
      frontmatter: { title: slug, summary: '', ...data },
      file: `content/${collection}/${slug}.md`,
      updated: undefined,
    },
  });

const entries = () => [
  stored('actors', 'verein'),
  stored('actors', 'stadt', { aliases: ['alte-stadt'] }),
  stored('networks', 'runde', { members: [{ ref: 'verein', role: 'Sprecher' }, 'stadt'] }),
  stored('initiatives', 'projekt', { leads: ['verein'] }),
  stored('press-releases', 'meldung', {
    date: '2024-05-01',
    publisher: 'runde',
    about: ['verein'],
  }),
];

const edges = (atlas: Atlas, slug: string) => ({
  outgoing: atlas.graph
    .outgoing(slug as Slug)
    .map((edge) => [edge.relation.field, edge.to, edge.detail]),
  incoming: atlas.graph
    .incoming(slug as Slug)
    .map((edge) => [edge.relation.collection, edge.relation.field, edge.from]),
});

test('the read model derives both directions of every edge from the stored frontmatter', () => {
  const atlas = indexAtlas(entries());
  assert.deepEqual(edges(atlas, 'runde').outgoing, [
    ['members', 'verein', { role: 'Sprecher' }],
    ['members', 'stadt', undefined],
  ]);
  assert.deepEqual(edges(atlas, 'verein').incoming, [
    ['initiatives', 'leads', 'projekt'],
    ['networks', 'members', 'runde'],
    ['press-releases', 'about', 'meldung'],
  ]);
  assert.deepEqual([...atlas.graph.aliases], [['alte-stadt', 'stadt']]);
  assert.throws(() => atlas.graph.incoming('unbekannt' as Slug), /Unknown entry/);
});

test('incoming edges, and so the headings on a page, do not depend on the order of the store', () => {
  const headings = (atlas: Atlas) => relatedGroups(atlas, 'verein' as Slug).map((g) => g.label);
  const inOrder = indexAtlas(entries());
  const reversed = indexAtlas(entries().reverse());
  assert.deepEqual(edges(reversed, 'verein'), edges(inOrder, 'verein'));
  assert.deepEqual(headings(reversed), headings(inOrder));
  assert.equal(headings(inOrder).length, 3);
});

test('a reference the store should never hold is left out, not thrown', () => {
  const atlas = indexAtlas([stored('networks', 'runde', { members: ['weg'] })]);
  assert.deepEqual(atlas.graph.outgoing('runde' as Slug), []);
});

test('a Markdown entry is found by Astro’s filePath and its body below the bodies folder', () => {
  const markdown = atlasEntry({
    collection: 'press-releases',
    slug: 'meldung' as Slug,
    stored: { frontmatter: { title: 'M', summary: '' }, updated: undefined },
    filePath: 'content/press-releases/meldung.md',
    bodies: '/cache/kooperationsatlas/bodies',
  });
  assert.equal(markdown.file, 'content/press-releases/meldung.md');
  assert.equal(markdown.bodyFile, '/cache/kooperationsatlas/bodies/press-releases/meldung.html');
});

test('an .mdx entry names the editor’s file itself and has no rendered body (Astro renders it)', () => {
  const mdx = atlasEntry({
    collection: 'press-releases',
    slug: 'meldung' as Slug,
    stored: {
      frontmatter: { title: 'M', summary: '' },
      file: 'content/press-releases/meldung.mdx',
      updated: undefined,
    },
    filePath: 'node_modules/.astro/kooperationsatlas/mdx/press-releases/meldung.0123.mdx',
    bodies: '/cache/kooperationsatlas/bodies',
  });
  assert.equal(mdx.file, 'content/press-releases/meldung.mdx');
  assert.equal(mdx.bodyFile, undefined);
});
