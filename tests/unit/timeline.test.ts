import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartialDate } from '../../src/vocabulary/dates.ts';
import {
  axisFor,
  itemSpans,
  spanOf,
  timelineRows,
  yearOfDay,
  type TimelineInput,
} from '../../src/pictures/timeline-layout.ts';

const date = (text: string) => text as PartialDate;

test('a partial date stands for the whole span it names', () => {
  assert.deepEqual(spanOf(date('2019')), { from: 2019, to: 2020 });
  const march = spanOf(date('2019-03'));
  assert.equal(march.from, 2019 + (31 + 28) / 365);
  assert.equal(march.to, 2019 + (31 + 28 + 31) / 365);
  const day = spanOf(date('2020-12-31'));
  assert.equal(day.from, 2020 + 365 / 366);
  assert.equal(day.to, 2021);
  assert.throws(() => spanOf(date('2019-13')));
});

test('the axis covers whole years and labels at most six of them', () => {
  const axis = axisFor([spanOf(date('2004')), spanOf(date('2023-11-17'))])!;
  assert.equal(axis.from, 2004);
  assert.equal(axis.to, 2024);
  assert.ok(axis.ticks.length <= 6, `${axis.ticks.length}`);
  assert.deepEqual(
    axis.ticks.map((tick) => tick.year),
    [2005, 2010, 2015, 2020],
  );
  assert.equal(axisFor([]), undefined);
});

const row = (item: TimelineInput, from: string, to: string) =>
  timelineRows([item], axisFor([spanOf(date(from)), spanOf(date(to))])!).rows[0]!;

test('a start known only by year is drawn vague across that year, never from an invented day', () => {
  const item = { id: 'a', title: 'A', href: '/a/', started: date('2020'), ended: date('2021-06') };
  // Axis 2020–2022: the year 2020 is the first 50 %. June 2021 runs from day 151 to day 181
  // of that year, (1 + 151/365) / 2 = 70.68 % to (1 + 181/365) / 2 = 74.79 % of the axis.
  const drawn = row(item, '2020', '2021-06');
  assert.equal(drawn.from, 0);
  assert.equal(drawn.solidFrom, 50);
  assert.equal(drawn.solidTo, 70.7);
  assert.equal(drawn.to, 74.8);
});

test('exact days are drawn solid; a running initiative without a build day is open to the end of the axis', () => {
  const drawn = row(
    { id: 'b', title: 'B', href: '/b/', started: date('2020-01-01'), open: true },
    '2020',
    '2021',
  );
  assert.equal(drawn.from, 0);
  assert.equal(drawn.solidFrom, 0);
  assert.equal(drawn.solidTo, 100);
  assert.equal(drawn.open, true);
});

test('a running item reaches the build day, and the axis reaches it too', () => {
  const today = yearOfDay(new Date(Date.UTC(2026, 11, 4)));
  assert.ok(today > 2026.9 && today < 2027, `${today}`);
  const items: TimelineInput[] = [
    { id: 'l', title: 'Läuft', href: '/l/', started: date('2019-02-14'), open: true },
    {
      id: 'k',
      title: 'Klausur',
      href: '/k/',
      started: date('2023-11-16'),
      ended: date('2023-11-17'),
    },
  ];
  const axis = axisFor(items.flatMap(itemSpans), 6, today)!;
  assert.equal(axis.from, 2019);
  assert.equal(axis.to, 2027, 'the axis does not stop at 2024');
  assert.ok(axis.ticks.some((tick) => tick.year >= 2026));
  const running = timelineRows(items, axis, today).rows[0]!;
  const expected = Math.round(((today - 2019) / 8) * 1000) / 10;
  assert.equal(running.to, expected);
  assert.equal(running.solidTo, expected);
});

test('something that happened once is a point: full for a known day, uncertain for a year or month, never a span', () => {
  const axis = axisFor([spanOf(date('2020')), spanOf(date('2023'))])!;
  const { rows } = timelineRows(
    [
      { id: 'y', title: 'Jahr', href: '/y/', started: date('2022') },
      { id: 'm', title: 'Monat', href: '/m/', started: date('2022-03'), ended: date('2022-03') },
      {
        id: 'd',
        title: 'Tag',
        href: '/d/',
        started: date('2022-11-17'),
        ended: date('2022-11-17'),
      },
    ],
    axis,
  );
  const [year, month, day] = rows;
  assert.deepEqual(year!.point, { at: 62.5, exact: false }, 'the middle of 2022 on 2020–2024');
  assert.equal(year!.from, year!.to, 'no year-long bar');
  assert.equal(month!.point?.exact, false);
  assert.equal(month!.from, month!.to);
  assert.equal(day!.point?.exact, true);
});

test('items without a start are listed apart, not drawn', () => {
  const items: TimelineInput[] = [
    { id: 'x', title: 'X', href: '/x/' },
    { id: 'y', title: 'Y', href: '/y/', started: date('2021') },
  ];
  const { rows, undated } = timelineRows(items, axisFor(items.flatMap(itemSpans))!);
  assert.deepEqual(
    rows.map((drawn) => drawn.item.id),
    ['y'],
  );
  assert.deepEqual(
    undated.map((item) => item.id),
    ['x'],
  );
});
