// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { labelTaskCheckboxes, rewriteEntryLinks, sanitizeHtml } from './src/lib/markdown-plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import { SITE } from './src/site.config.ts';

// One Markdown pipeline for `.md` and `.mdx`: Sätteri (GFM built in) with our two plugins.
// The figures behind this choice are in README.md, section „Architektur“.
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir: process.env.KA_OUT_DIR ?? './dist',
  cacheDir: process.env.KA_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({
      mdastPlugins: [rewriteEntryLinks],
      // Sanitising only has work to do where raw HTML or a URL scheme could appear.
      hastPlugins: [(context) => (/[<:]/.test(context.source) ? sanitizeHtml : null), labelTaskCheckboxes],
      features: {
        rawHtml: true,
        gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück zum Verweis {reference}' } },
      },
    }),
  },
  integrations: [
    mdx(),
    sitemap({ root: new URL('.', import.meta.url), contentDir: SITE.contentDir }),
    pagefind(),
    siteUrlWarning(SITE.url),
  ],
  devToolbar: { enabled: false },
});
