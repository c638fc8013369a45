/**
 * Dates as editors write them: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that much is
 * known. They stay strings end to end, so a partial date never turns into a made-up day.
 */
export type PartialDate = string & { readonly __brand: 'PartialDate' };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(text: string): DateParts | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** `2023-11-17` → „17. November 2023“, `2019-02` → „Februar 2019“, `2019` → „2019“. */
export function formatDate(date: PartialDate): string {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day}. ${monthName} ${year}`;
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** Newest first; `2022` sorts after every full date within 2022. */
export function compareDatesDescending(a: PartialDate, b: PartialDate): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * The newest of the dates an entry's sources and facts carry: how current its statements
 * are, as opposed to when its file was last edited. `2023-05` counts as newer than `2023`.
 */
export function newestDate(dates: readonly (PartialDate | undefined)[]): PartialDate | undefined {
  let newest: PartialDate | undefined;
  for (const date of dates)
    if (date !== undefined && (newest === undefined || compareDatesDescending(date, newest) < 0))
      newest = date;
  return newest;
}
