/**
 * Facts the content layer learns that build integrations need later (e.g. which URLs are
 * alias redirects, to keep them out of the sitemap). Astro loads `astro.config.mjs` and the
 * content config as separate module instances in the same process, so the hand-over goes
 * through one well-known global key instead of reading the knowledge base twice.
 */
interface BuildState {
  redirectPaths: Set<string>;
}

const KEY = Symbol.for('kooperationsatlas.build-state');

export function buildState(): BuildState {
  const holder = globalThis as { [KEY]?: BuildState };
  holder[KEY] ??= { redirectPaths: new Set() };
  return holder[KEY];
}
