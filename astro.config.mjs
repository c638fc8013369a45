// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, bodyHastPlugins, rewriteEntryLinks } from './src/lib/markdown-plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import { SITE } from './src/site.config.ts';

// One Markdown pipeline for `.md` and `.mdx`: Sätteri (GFM built in) with the plugins of
// src/lib/markdown-plugins.ts; `.md` bodies are rendered by the loader (src/lib/render.ts).
// The figures behind this choice are in README.md, section „Architektur“.
const cacheDir = process.env.KA_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir: process.env.KA_OUT_DIR ?? './dist',
  cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Highlighting would run before the sanitiser and lose its inline styles there anyway.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [rewriteEntryLinks],
      // What the sanitiser removes is reported by the loader, which compiles every body first.
      hastPlugins: bodyHastPlugins(),
      features: MARKDOWN_FEATURES,
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
