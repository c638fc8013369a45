import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { lastCommitDates } from '../knowledge-base/git-dates.ts';
import { listEntryFiles } from '../knowledge-base/entry-files.ts';
import { planSitemap, type SitemapPlan } from '../site/sitemap-plan.ts';

/**
 * @astrojs/sitemap with our plan (src/site/sitemap-plan.ts): which pages, and `lastmod` from Git.
 * The plan is made on first use, after the build, from the folder listing and one `git log`;
 * it needs nothing from the render pass, so no state is handed across module instances.
 */
export default function sitemapIntegration(options: {
  root: URL;
  contentDir: string;
}): AstroIntegration {
  let plan: SitemapPlan | undefined;
  const currentPlan = () => {
    if (!plan) {
      const root = fileURLToPath(options.root);
      const contentDir = path.resolve(root, options.contentDir);
      // The loader has reported files that are not entries and what keeps Git from dating
      // files, in the same build; here they only have no page or no lastmod.
      plan = planSitemap(listEntryFiles(root, contentDir).files, lastCommitDates(contentDir).dates);
    }
    return plan;
  };
  return sitemap({
    filter: (page) => currentPlan().includes(new URL(page).pathname),
    serialize: (item) => {
      const lastmod = currentPlan().lastmod(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
