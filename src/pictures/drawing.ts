import hyphen from 'hyphen/de/index.js';
import type { CollectionName } from '../vocabulary/collections.ts';

const { hyphenateSync } = hyphen;

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
 * except a word wider than a whole line, which is split where German hyphenation allows
 * (TeX's patterns, package `hyphen`: „Gewerk-schafts-bund“), with a hyphen. Nothing is cut
 * off; the caller gives the label as many lines as it needs.
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
      const [head, rest] = splitToFit(word, fits);
      lines.push(head);
      word = rest;
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The longest head of `word` that fits, ending at a hyphenation point (or, failing that, anywhere). */
function splitToFit(word: string, fits: (text: string) => boolean): [string, string] {
  const points = hyphenationPoints(word);
  for (let index = points.length - 1; index >= 0; index--) {
    const cut = points[index]!;
    const head = word[cut - 1] === '-' ? word.slice(0, cut) : `${word.slice(0, cut)}-`;
    if (fits(head)) return [head, word.slice(cut)];
  }
  let cut = word.length - 1;
  while (cut > 1 && !fits(`${word.slice(0, cut)}-`)) cut--;
  return [`${word.slice(0, cut)}-`, word.slice(cut)];
}

/** Where `word` may be broken: its German syllable boundaries and after a hyphen it has. */
function hyphenationPoints(word: string): number[] {
  const points = new Set<number>();
  let position = 0;
  for (const char of hyphenateSync(word, { minWordLength: 4 })) {
    if (char === SOFT_HYPHEN) points.add(position);
    else {
      position += char.length;
      if (char === '-' && position < word.length) points.add(position);
    }
  }
  return [...points].sort((a, b) => a - b);
}

const SOFT_HYPHEN = '\u00ad';

/**
 * Soft hyphens at the syllable boundaries of long words, for HTML text in narrow boxes: the
 * browser breaks there with a visible hyphen, and nowhere else, whether or not it has a German
 * hyphenation dictionary of its own.
 */
export function softHyphenate(text: string): string {
  return hyphenateSync(text, { minWordLength: 8 });
}
