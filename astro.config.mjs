// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { labelTaskCheckboxes, rewriteEntryLinks, sanitizeHtml } from './src/lib/markdown-plugins.ts';
import { buildState } from './src/lib/build-state.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteSettings from './src/integrations/site-settings.ts';
import { astroCspConfig } from './src/lib/security-policy.ts';
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
    // Shiki colours code with inline style attributes, which the CSP (no 'unsafe-inline') blocks.
    syntaxHighlight: false,
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
  // One policy (src/lib/security-policy.ts) for the <meta> element on every page and for dist/_headers.
  security: { csp: astroCspConfig() },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !buildState().redirectPaths.has(new URL(page).pathname) }),
    pagefind(),
    securityHeaders(),
    siteSettings(),
  ],
  devToolbar: { enabled: false },
});
