import type { SitePath } from '../vocabulary/urls.ts';

export interface Redirect {
  from: SitePath;
  to: SitePath;
}

/**
 * The `_redirects` file that Netlify and Cloudflare Pages read: one `from to status` line
 * per renamed entry, so hosts that support it answer the old URL with a real 301 instead of
 * the HTML redirect page (which stays for every other host). Sorted for a stable file.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return [...redirects]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map(({ from, to }) => `${from} ${to} 301\n`)
    .join('');
}
