import { parsePartialDate, type PartialDate } from '../vocabulary/dates.ts';

/**
 * Time spans for the timeline, in years as numbers (2019.5 is 1 July 2019). A partial date
 * stands for the whole span it names: „2019“ is all of 2019, „2019-03“ all of March. A bar
 * runs from the earliest possible start to the latest possible end; the uncertain parts
 * are drawn apart from the certain middle, so no day is ever invented. Something that
 * happened once (a release, an event with only a start) is a point, not a span: a full
 * point for a known day, an uncertain (hollow) point in the middle of the year or month
 * when only those are known. A running item reaches the day of the build.
 */
export interface Span {
  from: number;
  to: number;
}

export function spanOf(date: PartialDate): Span {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`Kein Datum: ${date}`);
  const { year, month, day } = parts;
  if (month === undefined) return { from: year, to: year + 1 };
  const monthStart = dayOfYear(year, month, 1);
  if (day === undefined)
    return { from: year + monthStart, to: year + dayOfYear(year, month + 1, 1) };
  const start = dayOfYear(year, month, day);
  return { from: year + start, to: year + start + 1 / daysInYear(year) };
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** Fraction of the year before the given day; month 13 is the end of the year. */
function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 / daysInYear(year);
}

export interface TimelineInput {
  id: string;
  title: string;
  href: string;
  started?: PartialDate | undefined;
  ended?: PartialDate | undefined;
  /** Still running: the bar is open to the right edge. */
  open?: boolean;
  status?: string;
}

/** The day of the build as a year number, e.g. 2026.92 for 4 December 2026. */
export function yearOfDay(day: Date): number {
  const year = day.getUTCFullYear();
  return year + (day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / daysInYear(year);
}

export interface TimelineRow {
  item: TimelineInput;
  /** A one-off item: where its point stands and whether its day is known. */
  point?: { at: number; exact: boolean };
  /** Percentages of the axis: uncertain start, certain middle, uncertain end, open tail. */
  from: number;
  solidFrom: number;
  solidTo: number;
  to: number;
  open: boolean;
}

export interface TimelineAxis {
  from: number;
  to: number;
  ticks: { year: number; at: number }[];
}

/**
 * The years the items cover, whole years, with a tick label every few years so at most
 * `maxTicks` labels show. `until` (the build day, when an item is still running) is covered too.
 */
export function axisFor(
  spans: readonly Span[],
  maxTicks = 6,
  until?: number,
): TimelineAxis | undefined {
  if (!spans.length) return undefined;
  const from = Math.floor(Math.min(...spans.map((span) => span.from)));
  const latest = Math.max(...spans.map((span) => span.to), until ?? -Infinity);
  const to = Math.max(from + 1, Math.ceil(latest));
  const years = to - from;
  const step =
    [1, 2, 5, 10, 20, 50].find((candidate) => Math.ceil(years / candidate) <= maxTicks) ?? 100;
  const ticks: TimelineAxis['ticks'] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step)
    ticks.push({ year, at: percent(year, from, to) });
  return { from, to, ticks };
}

function isDay(date: PartialDate): boolean {
  return parsePartialDate(date)?.day !== undefined;
}

function percent(value: number, from: number, to: number): number {
  return Math.round(((value - from) / (to - from)) * 1000) / 10;
}

/** The spans a timeline item covers, for the axis; an item without a start has none. */
export function itemSpans(item: TimelineInput): Span[] {
  return [item.started, item.ended]
    .filter((date): date is PartialDate => date !== undefined)
    .map(spanOf);
}

/**
 * One row per item with a start date; items without one are returned apart, to be listed
 * as text. An item that happened once (no end, not running, or ending on its start date) is
 * a point; a running one reaches `today` (the build day; the axis' end when not given).
 */
export function timelineRows(
  items: readonly TimelineInput[],
  axis: TimelineAxis,
  today: number = axis.to,
): { rows: TimelineRow[]; undated: TimelineInput[] } {
  const rows: TimelineRow[] = [];
  const undated: TimelineInput[] = [];
  const at = (value: number) => percent(value, axis.from, axis.to);
  for (const item of items) {
    if (!item.started) {
      undated.push(item);
      continue;
    }
    const start = spanOf(item.started);
    const end = item.ended && item.ended !== item.started ? spanOf(item.ended) : undefined;
    const open = !end && Boolean(item.open);
    if (!end && !open) {
      const middle = at((start.from + start.to) / 2);
      rows.push({
        item,
        point: { at: middle, exact: isDay(item.started) },
        from: middle,
        solidFrom: middle,
        solidTo: middle,
        to: middle,
        open: false,
      });
      continue;
    }
    // A day is known exactly; a month or year only says the start lies somewhere in it.
    let solidFrom = isDay(item.started) ? start.from : start.to;
    const now = Math.max(today, start.to);
    let solidTo = end ? (isDay(item.ended!) ? end.to : end.from) : now;
    const to = end ? end.to : now;
    if (solidTo < solidFrom) solidFrom = solidTo = Math.min(solidFrom, solidTo);
    rows.push({
      item,
      from: at(start.from),
      solidFrom: at(solidFrom),
      solidTo: at(solidTo),
      to: at(to),
      open,
    });
  }
  return { rows, undated };
}
