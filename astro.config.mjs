// @ts-check
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { BODY_HAST_PLUGINS, MARKDOWN_FEATURES, rewriteEntryLinks } from './src/lib/markdown-plugins.ts';
import { readRedirectPaths } from './src/loaders/stored-entry.ts';
import pagefind from './src/integrations/pagefind.ts';
import { SITE } from './src/site.config.ts';

// One Markdown pipeline for `.md` and `.mdx`: Sätteri (GFM built in) with our two plugins.
// The figures behind this choice are in README.md, section „Architektur“.
const cacheDir = process.env.KA_CACHE_DIR ?? './node_modules/.astro';
/** Alias redirect pages stay out of the sitemap; the loader lists them (read once, after the build). */
/** @type {Set<string> | undefined} */
let redirectPaths;
const isRedirect = (/** @type {string} */ page) =>
  (redirectPaths ??= readRedirectPaths(pathToFileURL(path.resolve(cacheDir) + path.sep))).has(new URL(page).pathname);

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir: process.env.KA_OUT_DIR ?? './dist',
  cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({
      mdastPlugins: [rewriteEntryLinks],
      hastPlugins: BODY_HAST_PLUGINS,
      features: MARKDOWN_FEATURES,
    }),
  },
  integrations: [mdx(), sitemap({ filter: (page) => !isRedirect(page) }), pagefind()],
  devToolbar: { enabled: false },
});
