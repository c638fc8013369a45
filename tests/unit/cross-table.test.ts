import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CROSS_TABLE_LIMIT, crossTable, fitsOnOnePage } from '../../src/pictures/cross-table.ts';

test('rows and columns keep their given order; unused ones are left out; a pair named twice keeps its first mark', () => {
  const table = crossTable(
    [
      { row: 'rad', column: 'mobil', mark: 'a' },
      { row: 'bus', column: 'klima', mark: 'b' },
      { row: 'rad', column: 'klima', mark: 'c' },
      { row: 'rad', column: 'mobil', mark: 'd' },
    ],
    ['bus', 'leer', 'rad'],
    ['energie', 'klima', 'mobil'],
  );
  assert.deepEqual(table.columns, ['klima', 'mobil']);
  assert.deepEqual(table.rows, [
    { row: 'bus', marks: ['b', undefined] },
    { row: 'rad', marks: ['c', 'a'] },
  ]);
});

test('a table past the row or cell limit does not fit on one page', () => {
  assert.equal(fitsOnOnePage(20, 18), true);
  assert.equal(fitsOnOnePage(CROSS_TABLE_LIMIT.rows + 1, 2), false);
  assert.equal(
    fitsOnOnePage(
      CROSS_TABLE_LIMIT.rows,
      Math.ceil(CROSS_TABLE_LIMIT.cells / CROSS_TABLE_LIMIT.rows) + 1,
    ),
    false,
  );
});
