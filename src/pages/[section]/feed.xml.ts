import { getRssString } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/content-layer.ts';
import {
  FEED_ITEMS,
  SITE_FEED,
  feedForBrowsers,
  feedOptions,
  newestFirst,
} from '../../site/feeds.ts';
import { COLLECTIONS } from '../../vocabulary/collections.ts';
import { collectionPath } from '../../vocabulary/urls.ts';
import { SITE } from '../../site.config.ts';

/** `/presse/feed.xml`: the newest press releases. */
export function getStaticPaths() {
  return [{ params: { section: COLLECTIONS['press-releases'].segment } }];
}

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const page = { path: SITE_FEED.path, pagePath: collectionPath('press-releases') };
  const xml = await getRssString(
    feedOptions({
      atlas,
      siteUrl: SITE.url,
      title: SITE_FEED.title,
      description: `Die ${FEED_ITEMS} neuesten ${COLLECTIONS['press-releases'].plural} im ${SITE.title}; alle stehen auf der Seite „${COLLECTIONS['press-releases'].plural}“.`,
      ...page,
      releases: newestFirst(atlas.ofCollection('press-releases')),
    }),
  );
  const body = feedForBrowsers(xml, {
    siteUrl: SITE.url,
    title: SITE_FEED.title,
    pageTitle: COLLECTIONS['press-releases'].plural,
    ...page,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
