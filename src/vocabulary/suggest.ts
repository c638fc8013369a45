import { MONTHS, parsePartialDate } from './dates.ts';

/**
 * „Meinten Sie …?“ hints. One edit-distance rule for everything an editor can mistype: field
 * names, slugs in references, choice values and their German labels.
 */

/** The closest candidate within a few typos (case ignored), or nothing when none is close. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  // Allowed typos grow with the word: `titel` → `title`, `region-hanover` → `region-hannover`.
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/**
 * Levenshtein distance. Gives up with `limit + 1` as soon as the distance must exceed
 * `limit`, and reuses one pair of rows, so a typo is matched against thousands of slugs
 * without allocating a table for each.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length)
    rows = [new Uint32Array(b.length + 1), new Uint32Array(b.length + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

let rows: [Uint32Array, Uint32Array] = [new Uint32Array(64), new Uint32Array(64)];

const GERMAN_DAY = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/;
const GERMAN_MONTH = /^(\d{1,2})\s*[./]\s*(\d{4})$/;
const SLASHED_OR_SHORT = /^(\d{4})\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{1,2}))?$/;
const WORDS = /^(?:(\d{1,2})\.?\s+)?([a-zäöü]+)\.?\s+(\d{4})$/i;

/**
 * The ISO form of a date written the German way, for „Meinten Sie „2023-11-17“?“:
 * `17.11.2023`, `11.2023`, `11/2023`, `2023/11/17`, `2023-1-5`, `17. November 2023`,
 * `Nov. 2023`. Nothing when the date does not exist or the text is no date at all.
 */
export function suggestDate(text: string): string | undefined {
  const written = text.trim();
  let parts: [string, number, number | undefined] | undefined;
  let match: RegExpExecArray | null;
  if ((match = GERMAN_DAY.exec(written))) parts = [match[3]!, Number(match[2]), Number(match[1])];
  else if ((match = GERMAN_MONTH.exec(written))) parts = [match[2]!, Number(match[1]), undefined];
  else if ((match = SLASHED_OR_SHORT.exec(written)))
    parts = [match[1]!, Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  else if ((match = WORDS.exec(written))) {
    const month = monthNumber(match[2]!);
    if (month) parts = [match[3]!, month, match[1] === undefined ? undefined : Number(match[1])];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const iso = `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
  return iso !== written && parsePartialDate(iso) ? iso : undefined;
}

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  // Full names and abbreviations of at least three letters: `Nov`, `Sept`, `Mär`.
  const index = MONTHS.findIndex(
    (name) =>
      name.toLowerCase() === lower || (lower.length >= 3 && name.toLowerCase().startsWith(lower)),
  );
  return index === -1 ? undefined : index + 1;
}

function pad(number: number): string {
  return String(number).padStart(2, '0');
}
