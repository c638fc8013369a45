// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { labelTaskCheckboxes, rewriteEntryLinks } from './src/lib/markdown-plugins.ts';
import { sanitizeBody } from './src/lib/sanitize.ts';
import { htmlRemovals } from './src/integrations/html-removals.ts';
import { buildState } from './src/lib/build-state.ts';
import pagefind from './src/integrations/pagefind.ts';
import { SITE } from './src/site.config.ts';

// One Markdown pipeline for `.md` and `.mdx`: Sätteri (GFM built in) with our plugins.
// The figures behind this choice are in README.md, section „Architektur“.
// Every body passes the sanitiser, without exception; what it removes is reported.
const removals = htmlRemovals();

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir: process.env.KA_OUT_DIR ?? './dist',
  cacheDir: process.env.KA_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Highlighting would run before the sanitiser and lose its inline styles there anyway.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [rewriteEntryLinks],
      hastPlugins: [sanitizeBody(removals.report), labelTaskCheckboxes],
      features: {
        rawHtml: true,
        gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück zum Verweis {reference}' } },
      },
    }),
  },
  integrations: [removals.integration, mdx(), sitemap({ filter: (page) => !buildState().redirectPaths.has(new URL(page).pathname) }), pagefind()],
  devToolbar: { enabled: false },
});
