import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/content-layer.ts';
import { SITE_FEED, feedOptions, newestFirst } from '../../site/feeds.ts';
import { COLLECTIONS } from '../../vocabulary/collections.ts';
import { SITE } from '../../site.config.ts';

/** `/presse/feed.xml`: every press release, newest first. */
export function getStaticPaths() {
  return [{ params: { section: COLLECTIONS['press-releases'].segment } }];
}

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  return rss(
    feedOptions({
      atlas,
      siteUrl: SITE.url,
      title: SITE_FEED.title,
      description: `Alle ${COLLECTIONS['press-releases'].plural} im ${SITE.title}, die neuesten zuerst.`,
      path: SITE_FEED.path,
      releases: newestFirst(atlas.ofCollection('press-releases')),
    }),
  );
};
