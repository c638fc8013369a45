import type { CollectionName } from '../vocabulary/collections.ts';

/**
 * Shared pieces of the static graph pictures: node shapes per kind, text wrapping by an
 * estimated glyph width (no font metrics exist at build time) and XML escaping. Every
 * number is rounded, so the same input gives byte-identical SVG on every build.
 */

/**
 * `&`, `<`, `>`, `"` and `'` as entities, in text and attributes alike: the pictures stay
 * well-formed XML. (`escapeText` and `escapeAttribute` follow HTML's rules instead: they write
 * `&nbsp;`, which XML does not know, and leave `<` in attribute values.)
 */
export { escapeUTF8 as escapeXml } from 'entities';

/** Colour comes from CSS (`.k-<collection>`); the shape repeats the kind for readers who cannot tell colours apart. */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon';

export const SHAPE_OF: Record<CollectionName, Shape> = {
  actors: 'circle',
  networks: 'diamond',
  initiatives: 'square',
  'action-fields': 'triangle',
  'press-releases': 'hexagon',
};

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** An SVG path for a shape of about `size` pixels across, centred on (x, y). */
export function shapePath(shape: Shape, x: number, y: number, size: number): string {
  const r = size / 2;
  const points = (corners: [number, number][]) =>
    `M${corners.map(([px, py]) => `${round(x + px)} ${round(y + py)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(x - r)} ${round(y)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`;
    case 'square':
      return points([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'diamond':
      return points([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case 'triangle':
      return points([
        [0, -r * 1.1],
        [r * 1.05, r * 0.8],
        [-r * 1.05, r * 0.8],
      ]);
    case 'hexagon':
      return points(
        [0, 1, 2, 3, 4, 5].map((corner): [number, number] => {
          const angle = (Math.PI / 3) * corner;
          return [r * Math.cos(angle), r * Math.sin(angle)];
        }),
      );
  }
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxChars` characters; an over-long
 * word is split with a hyphen, and text that does not fit ends in „…“.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  for (let index = 0; index < words.length; index++) {
    let word = words[index]!;
    while (word.length > 0) {
      const candidate = line ? `${line} ${word}` : word;
      if (candidate.length <= maxChars) {
        line = candidate;
        word = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        const cut = breakPoint(word, maxChars - 1);
        lines.push(`${word.slice(0, cut)}-`);
        word = word.slice(cut);
      }
      if (lines.length === maxLines) {
        truncated = word.length > 0 || line.length > 0 || index < words.length - 1;
        break;
      }
    }
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  if (truncated) {
    const last = lines[maxLines - 1]!.replace(/-$/, '');
    lines[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  }
  return lines;
}

const VOWEL = /[aeiouäöüy]/i;
/** A syllable's start: one consonant (or „sch“, „ch“, „ck“, „ph“, „qu“) before a vowel. */
const SYLLABLE_START = /^(sch|ch|ck|ph|th|qu|[bcdfghjklmnpqrstvwxzß])[aeiouäöüy]/i;

/**
 * Where to split a word too long for a line, at most `limit` characters in: before the last
 * consonant ahead of a vowel, the way German syllables divide („Gewerkschafts-bund“,
 * „Landesarbeits-gericht“, „Regional-verband“), never inside „sch“, „ch“ or „ck“; else hard
 * at the limit.
 */
function breakPoint(word: string, limit: number): number {
  const fits = (index: number) => {
    const head = word.slice(0, index);
    const rest = word.slice(index);
    if (rest.length < 3 || !VOWEL.test(head) || !SYLLABLE_START.test(rest)) return false;
    if (/s$/i.test(head) && /^ch/i.test(rest)) return false;
    if (/c$/i.test(head) && /^[hk]/i.test(rest)) return false;
    if (/[ts]$/i.test(head) && /^h/i.test(rest)) return false;
    return true;
  };
  // A compound's linking „s“ first („Landesarbeits-gericht“), then any syllable boundary.
  for (let index = limit; index >= 4; index--)
    if (/[^aeiouäöüy]s$/i.test(word.slice(0, index)) && fits(index)) return index;
  for (let index = limit; index >= 2; index--) if (fits(index)) return index;
  return limit;
}

/**
 * Advance widths in em, rounded up from DejaVu Sans, the widest sans-serif a reader's
 * system is likely to fall back to; narrower fonts only leave more room. There are no
 * font metrics at build time, so labels are measured with this table and the e2e test
 * checks the real rendering in Chromium.
 */
const NARROW = new Set([..."iljI.,:;!|'’‚"]);
const SEMI = new Set([...'frt()[]/-– „“"']);
const WIDE = new Set([...'mwMWŒœÆæ…—%@']);

export function charWidth(char: string): number {
  if (char === ' ') return 0.32;
  if (NARROW.has(char)) return 0.3;
  if (SEMI.has(char)) return 0.45;
  if (WIDE.has(char)) return 1;
  if (/\p{Lu}/u.test(char)) return 0.77;
  return 0.64;
}

/** Estimated width in px of `text` set at `fontSize` px (bold about 10 % wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.1 : 1);
}

/**
 * Word wrap into lines no wider than `maxWidth` px at `fontSize`: every word is kept whole,
 * except a word wider than a whole line, which is split at a syllable-like point with a
 * hyphen. Nothing is cut off; the caller gives the label as many lines as it needs.
 */
export function wrapToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string[] {
  const fits = (candidate: string) => textWidth(candidate, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      let limit = word.length - 1;
      while (limit > 1 && !fits(`${word.slice(0, limit)}-`)) limit--;
      const cut = breakPoint(word, limit);
      lines.push(`${word.slice(0, cut)}-`);
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
