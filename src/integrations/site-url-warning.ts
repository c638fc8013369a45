import type { AstroIntegration } from 'astro';
import { isPlaceholderSiteUrl } from '../site/page-meta.ts';

/** Canonical links, share tags, feeds and the sitemap all carry the site URL: warn while it is the placeholder. */
export default function siteUrlWarning(siteUrl: string): AstroIntegration {
  return {
    name: 'kooperationsatlas:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (isPlaceholderSiteUrl(siteUrl)) {
          logger.warn(
            `Die Website-Adresse ist noch der Platzhalter ${siteUrl}. Kanonische Links, Vorschauen beim Teilen, Feeds und Sitemap zeigen auf diese Adresse. Setzen Sie SITE_URL auf die echte Adresse, z. B. SITE_URL=https://kooperationsatlas.de.`,
          );
        }
      },
    },
  };
}
