/** A slug names an entry across all collections: lower-case ASCII words joined by hyphens. */
export type Slug = string & { readonly __brand: 'Slug' };

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: string): value is Slug {
  return SLUG_PATTERN.test(value);
}

/**
 * The longest slug a file name may have: it is part of the page's address and of every
 * reference to it, and 80 characters hold the longest title of the atlas (60) with room.
 */
export const MAX_SLUG_LENGTH = 80;

/** A slug cut to `MAX_SLUG_LENGTH` at the last whole word, for a title that long. */
export function shortenSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    '',
  );
}

const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
};

/** Suggests a slug for a title or a broken file name, e.g. „Klimaneutralität“ → `klimaneutralitaet`. */
export function suggestSlug(text: string): string {
  return text
    .replace(/[äöüßÄÖÜ]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const ENTRY_EXTENSIONS = ['.md', '.mdx'] as const;

export interface EntryFileName {
  slug: string;
  extension: string;
}

/** Splits `uan.md` into slug and extension; the extension is kept as written. */
export function splitFileName(fileName: string): EntryFileName {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return { slug: fileName, extension: '' };
  return { slug: fileName.slice(0, dot), extension: fileName.slice(dot) };
}
