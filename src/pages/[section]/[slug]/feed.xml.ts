import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../data/content-layer.ts';
import type { AtlasEntry } from '../../../read-model/atlas.ts';
import {
  entryFeedTitle,
  feedForBrowsers,
  feedOptions,
  feedTargets,
  pressAbout,
} from '../../../site/feeds.ts';
import { COLLECTIONS } from '../../../vocabulary/collections.ts';
import { entryFeedPath } from '../../../vocabulary/urls.ts';
import { SITE } from '../../../site.config.ts';

/** `<entry URL>feed.xml`: the press releases about one action field, network or actor. */
export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return feedTargets(atlas).map((item) => ({
    params: { section: COLLECTIONS[item.collection].segment, slug: item.slug },
    props: { item },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: AtlasEntry }> = async ({ props: { item } }) => {
  const atlas = await getAtlas();
  const page = {
    title: entryFeedTitle(item),
    path: entryFeedPath(item.collection, item.slug),
    pagePath: item.url,
  };
  const xml = await getRssString(
    feedOptions({
      atlas,
      siteUrl: SITE.url,
      description: `${COLLECTIONS['press-releases'].plural} über ${item.title} im ${SITE.title}, die neuesten zuerst.`,
      ...page,
      releases: pressAbout(atlas, item),
    }),
  );
  const body = feedForBrowsers(xml, { siteUrl: SITE.url, pageTitle: item.title, ...page });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
