/**
 * The site's CSP requires Trusted Types for scripts (`require-trusted-types-for 'script'`), so
 * no string can reach a script sink unchecked. Pagefind starts its web worker with
 * `new Worker('/pagefind/pagefind-worker.js')`, a plain string: this 'default' policy, the only
 * one the CSP allows (`trusted-types default`), lets through exactly same-origin scripts below
 * /pagefind/ and refuses everything else. Imported first by the search page's script.
 */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;

if (factory) {
  factory.createPolicy('default', {
    createScriptURL(url) {
      const target = new URL(url, location.href);
      if (target.origin === location.origin && target.pathname.startsWith('/pagefind/')) return url;
      throw new TypeError(`Skript-Adresse abgelehnt: ${url}`);
    },
  });
}
