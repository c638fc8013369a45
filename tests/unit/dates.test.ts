import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareDatesDescending,
  formatDate,
  newestDate,
  parsePartialDate,
  type PartialDate,
} from '../../src/vocabulary/dates.ts';

test('parsePartialDate accepts full and partial ISO dates and rejects impossible ones', () => {
  const cases: [string, ReturnType<typeof parsePartialDate>][] = [
    ['2023-11-17', { year: 2023, month: 11, day: 17 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2019-02', { year: 2019, month: 2 }],
    ['2019', { year: 2019 }],
    ['2023-02-29', undefined],
    ['2023-02-30', undefined],
    ['2024-13-01', undefined],
    ['2024-00', undefined],
    ['05.01.2024', undefined],
    ['2024-1-5', undefined],
    ['19', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parsePartialDate(input), expected, input);
});

test('formatDate writes German dates as precise as they are known', () => {
  assert.equal(formatDate('2023-11-17' as PartialDate), '17. November 2023');
  assert.equal(formatDate('2019-02' as PartialDate), 'Februar 2019');
  assert.equal(formatDate('2019' as PartialDate), '2019');
  assert.equal(formatDate('2019-03-01' as PartialDate), '1. März 2019');
});

test('compareDatesDescending puts the newest first and a bare year after its full dates', () => {
  const dates = ['2019', '2022', '2022-05-01', '2023-11-17', '2022-12'] as PartialDate[];
  assert.deepEqual([...dates].sort(compareDatesDescending), [
    '2023-11-17',
    '2022-12',
    '2022-05-01',
    '2022',
    '2019',
  ]);
});

test('newestDate: the newest of the cited dates, a month counting as newer than its bare year', () => {
  const d = (text: string) => text as PartialDate;
  assert.equal(
    newestDate([d('2015'), undefined, d('2023-05'), d('2023'), d('2019-12-31')]),
    '2023-05',
  );
  assert.equal(newestDate([d('2023'), d('2023-01-02')]), '2023-01-02');
  assert.equal(newestDate([undefined]), undefined);
  assert.equal(newestDate([]), undefined);
});
