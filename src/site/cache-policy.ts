/**
 * How long browsers may keep each built file, as `_headers` rules (Netlify and Cloudflare
 * Pages). A file whose name carries a hash of its content never changes under that name, so a
 * returning reader keeps it for a year without asking again: Astro's `/_astro/` files and
 * Pagefind's index, fragment, filter and meta files. Every other file keeps its name from build
 * to build (pages, `pagefind.js`, its worker, `pagefind-entry.json`, the WebAssembly files) and
 * is revalidated on every use.
 *
 * Each file matches exactly one rule with `Cache-Control`. Both hosts apply every rule whose
 * pattern matches; Cloudflare Pages joins the values of a header set by several of them with a
 * comma (a file under a revalidating `/*` and an immutable `/_astro/*` would get both), Netlify
 * keeps one of them. So the catch-all `/*` carries the security headers only, and the cache
 * rules are disjoint: one per top-level folder or file of the build, and inside `/pagefind/`
 * one per file or hashed folder.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export interface CacheRule {
  pattern: string;
  cacheControl: typeof IMMUTABLE | typeof REVALIDATE;
}

/** Folders whose every file is named by its content's hash. */
const HASHED_FOLDERS = new Set([
  '_astro',
  'pagefind/index',
  'pagefind/fragment',
  'pagefind/filter',
]);
/** Pagefind's meta file outside those folders: `pagefind.de_43b0819ee1.pf_meta`. */
const HASHED_PAGEFIND_FILE = /^pagefind\.[\w-]+_[0-9a-f]{6,}\.pf_meta$/;
/** Files the host reads itself and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * The rules for a build, from its files (paths relative to the output folder, `/`-separated),
 * sorted by pattern so that the same build gives the same `_headers`.
 */
export function cacheRules(files: readonly string[]): CacheRule[] {
  const rules = new Map<string, CacheRule['cacheControl']>();
  for (const file of files) {
    const [top, ...rest] = file.split('/');
    if (!top || HOST_FILES.has(file)) continue;
    if (top === 'pagefind' && rest.length) {
      const inside = rest.length > 1 ? `pagefind/${rest[0]}` : undefined;
      if (inside && HASHED_FOLDERS.has(inside)) rules.set(`/${inside}/*`, IMMUTABLE);
      else rules.set(`/${file}`, HASHED_PAGEFIND_FILE.test(file.slice(9)) ? IMMUTABLE : REVALIDATE);
    } else if (rest.length) {
      rules.set(`/${top}/*`, HASHED_FOLDERS.has(top) ? IMMUTABLE : REVALIDATE);
    } else {
      rules.set(`/${top}`, REVALIDATE);
      // The start page is asked for as `/`, which no other rule matches.
      if (top === 'index.html') rules.set('/', REVALIDATE);
    }
  }
  return [...rules]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pattern, cacheControl]) => ({ pattern, cacheControl }));
}
