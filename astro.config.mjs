// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, bodyHastPlugins, rewriteEntryLinks } from './src/markdown/plugins.ts';
import buildLock from './src/integrations/build-lock.ts';
import deployReadiness from './src/integrations/deploy-readiness.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteSettings from './src/integrations/missing-settings-warning.ts';
import sitemap from './src/integrations/sitemap.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import { astroCspConfig } from './src/site/security-policy.ts';
import { SITE } from './src/site.config.ts';

// One Markdown pipeline for `.md` and `.mdx`: Sätteri (GFM built in) with the plugins of
// src/markdown/plugins.ts; `.md` bodies are rendered by the loader (src/markdown/render.ts).
// The figures behind this choice are in README.md, section „Architektur“.
const cacheDir = process.env.KA_CACHE_DIR ?? './node_modules/.astro';
// Editors run `npm run dev`; Astro's notice of a newer Astro is for maintainers, not for them.
// Read after this file is loaded (astro/dist/core/dev/dev.js), so setting it here is in time.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir: process.env.KA_OUT_DIR ?? './dist',
  cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  experimental: {
    // Astro's data store in parts: a save in the dev server rewrites and reloads only the parts
    // that changed, where one file meant re-serialising and re-parsing the whole store (1.3 s
    // of the 2.9 s from save to page at 10,000 entries). 64 KB parts measured best: 256 KB re-parse
    // more per save, 16 KB make a thousand files to start from.
    collectionStorage: { type: 'chunked', chunkSize: 64 * 1024 },
  },
  markdown: {
    // Highlighting would run before the sanitiser, and Shiki's inline styles break the CSP.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [rewriteEntryLinks()],
      // What the sanitiser removes is reported by the loader, which compiles every body first.
      hastPlugins: bodyHastPlugins(),
      features: MARKDOWN_FEATURES,
    }),
  },
  // One policy (src/site/security-policy.ts) for the <meta> element on every page and for
  // dist/_headers.
  security: { csp: astroCspConfig() },
  integrations: [
    deployReadiness(SITE),
    buildLock(),
    mdx(),
    sitemap({ root: new URL('.', import.meta.url), contentDir: SITE.contentDir }),
    pagefind(),
    siteUrlWarning(SITE.url),
    securityHeaders(),
    siteSettings(),
  ],
  devToolbar: { enabled: false },
});
