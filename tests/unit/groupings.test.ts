import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Atlas, AtlasEntry } from '../../src/read-model/atlas.ts';
import { LIST_LIMIT, PAGE_SIZE, groupPages, isSplit } from '../../src/site/index-groups.ts';

/** An atlas of press releases only: `perYear` releases in each given year. */
function pressAtlas(perYear: Record<string, number>): Atlas {
  const entries = Object.entries(perYear).flatMap(([year, count]) =>
    Array.from({ length: count }, (_, index) => ({
      collection: 'press-releases',
      slug: `pm-${year}-${index}`,
      title: `Mitteilung ${year} ${String(index).padStart(4, '0')}`,
      data: { date: `${year}-01-01` },
    })),
  ) as unknown as AtlasEntry[];
  return {
    entries,
    ofCollection: (name: string) => (name === 'press-releases' ? entries : []),
  } as unknown as Atlas;
}

test('an index up to the limit lists its entries itself and has no group pages', () => {
  const atlas = pressAtlas({ 2020: LIST_LIMIT });
  assert.equal(isSplit(atlas, 'press-releases'), false);
  assert.deepEqual(groupPages(atlas, 'press-releases'), []);
});

test('a long index gets a page per group, and a long group numbered pages linked both ways', () => {
  const atlas = pressAtlas({ 2021: PAGE_SIZE + 1, 2019: 5 });
  const pages = groupPages(atlas, 'press-releases');
  assert.deepEqual(
    pages.map((page) => [page.path, page.items.length, page.previous, page.next]),
    [
      ['/presse/jahr/2021/', PAGE_SIZE, undefined, '/presse/jahr/2021/seite/2/'],
      ['/presse/jahr/2021/seite/2/', 1, '/presse/jahr/2021/', undefined],
      ['/presse/jahr/2019/', 5, undefined, undefined],
    ],
  );
  // Every entry is on exactly one page.
  const listed = pages.flatMap((page) => page.items.map((item) => item.slug));
  assert.equal(new Set(listed).size, PAGE_SIZE + 6);
  assert.equal(listed.length, PAGE_SIZE + 6);
});
