import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../data/content-layer.ts';
import type { AtlasEntry } from '../../../read-model/atlas.ts';
import { entryFeedTitle, feedOptions, feedTargets, pressAbout } from '../../../site/feeds.ts';
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
  return rss(
    feedOptions({
      atlas,
      siteUrl: SITE.url,
      title: entryFeedTitle(item),
      description: `${COLLECTIONS['press-releases'].plural} über ${item.title} im ${SITE.title}, die neuesten zuerst.`,
      path: entryFeedPath(item.collection, item.slug),
      releases: pressAbout(atlas, item),
    }),
  );
};
