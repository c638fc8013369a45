/**
 * The site's security policy, defined once. Astro's built-in CSP turns it into a `<meta>`
 * element on every page (adding hashes for anything it inlines), and `dist/_headers` sends
 * the same policy as an HTTP header, plus what only a header can carry: `frame-ancestors`
 * and the other security headers.
 *
 * Everything is served from the site itself. Pagefind needs `'wasm-unsafe-eval'` to compile
 * its WebAssembly, and starts a web worker from `/pagefind/pagefind-worker.js` ('self').
 */
import { cacheRules } from './cache-policy.ts';

export type Directives = Readonly<Record<string, readonly string[]>>;

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Script sinks (innerHTML, script URLs) accept no plain strings. The one policy allowed,
  // 'default' in src/client/trusted-types.ts, admits only Pagefind's worker script.
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['default'],
} as const satisfies Directives;

/** Directives a `<meta>` policy may not carry (browsers ignore them there). */
export const HEADER_ONLY_DIRECTIVES = {
  'frame-ancestors': ["'none'"],
} as const satisfies Directives;

/** Links to sources on other sites carry no referrer; BaseLayout repeats it as a <meta> for hosts without _headers. */
export const REFERRER_POLICY = 'same-origin';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=(), browsing-topics=()',
};

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => (sources.length ? `${name} ${sources.join(' ')}` : name))
    .join('; ');
}

/** The policy as an HTTP header: the page policy plus the header-only directives. */
export function contentSecurityPolicyHeader(): string {
  return serializePolicy({ ...CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES });
}

/**
 * `security.csp` for astro.config.mjs: Astro writes `script-src` and `style-src` itself (with
 * its hashes), so those two go in as resources, every other directive as written.
 */
export function astroCspConfig() {
  const { 'script-src': scripts, 'style-src': styles, ...others } = CONTENT_SECURITY_POLICY;
  return {
    algorithm: 'SHA-256' as const,
    directives: Object.entries(others).map(
      ([name, sources]) => `${name} ${sources.join(' ')}`,
    ) as `${keyof typeof others} ${string}`[],
    scriptDirective: { resources: [...scripts] },
    styleDirective: { resources: [...styles] },
  };
}

/**
 * The form editor at `/admin/` (Decap CMS, src/editor/cms-config.ts) runs under a policy of its
 * own, looser only where Decap needs it: it checks its configuration with Ajv, which compiles
 * validators with `new Function` ('unsafe-eval'), its styling library writes inline styles, and
 * it talks to GitHub's API (and, on localhost only, to `npx decap-server`). Its script is
 * served from the site itself. No trusted types: React and CodeMirror write HTML strings.
 */
export const ADMIN_PATH = '/admin/';

export const ADMIN_CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https://api.github.com', 'http://localhost:8081'],
  'worker-src': ["'self'"],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Directives;

export function adminContentSecurityPolicyHeader(): string {
  return serializePolicy({ ...ADMIN_CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES });
}

/**
 * `_headers` as Netlify and Cloudflare Pages read it: the security headers for every path, one
 * rule for the form editor that detaches the site's policy (`! Name`) before it sets its own, as
 * two policies would both apply, then the cache rules of src/site/cache-policy.ts for the built
 * `files` (the form editor's cache rule joins its block: one rule per pattern).
 */
export function headersFile(files: readonly string[] = []): string {
  const headers = { 'Content-Security-Policy': contentSecurityPolicyHeader(), ...SECURITY_HEADERS };
  const lines = (entries: Record<string, string>) =>
    Object.entries(entries).map(([name, value]) => `  ${name}: ${value}`);
  const adminPattern = `${ADMIN_PATH}*`;
  const cache = cacheRules(files);
  const adminCache = cache.find(({ pattern }) => pattern === adminPattern);
  return [
    '/*',
    ...lines(headers),
    adminPattern,
    '  ! Content-Security-Policy',
    ...lines({
      'Content-Security-Policy': adminContentSecurityPolicyHeader(),
      'X-Robots-Tag': 'noindex, nofollow',
      ...(adminCache && { 'Cache-Control': adminCache.cacheControl }),
    }),
    ...cache
      .filter(({ pattern }) => pattern !== adminPattern)
      .flatMap(({ pattern, cacheControl }) => [pattern, `  Cache-Control: ${cacheControl}`]),
    '',
  ].join('\n');
}
