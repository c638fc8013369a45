import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  FEED_ITEMS,
  FEED_STYLESHEET,
  entryFeed,
  feedForBrowsers,
  feedItem,
  feedOptions,
  feedLinks,
  feedTargets,
  hasFeed,
  newestFirst,
  pressAbout,
} from '../../src/site/feeds.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';
import { plainAtlas } from '../helpers/atlas.ts';

const SITE = 'https://atlas.test';
const pm = (slug: string, date: string, about: string[]) => ({
  collection: 'press-releases' as const,
  slug,
  data: {
    title: `PM ${slug}`,
    summary: `Über ${about.join(', ')}.`,
    date,
    publisher: 'kreis',
    about,
  },
});
const atlas = plainAtlas([
  {
    collection: 'actors',
    slug: 'kreis',
    data: { title: 'Kreis', summary: 'Ein Kreis.', kind: 'district' },
  },
  {
    collection: 'actors',
    slug: 'stadt',
    data: { title: 'Stadt', summary: 'Eine Stadt.', kind: 'municipality' },
  },
  { collection: 'action-fields', slug: 'klima', data: { title: 'Klima', summary: 'Klimaschutz.' } },
  {
    collection: 'networks',
    slug: 'verein',
    data: { title: 'Verein', summary: 'Ein Verein.', form: 'association' },
  },
  {
    collection: 'initiatives',
    slug: 'projekt',
    data: {
      title: 'Projekt',
      summary: 'P.',
      status: 'active',
      leads: ['verein'],
      actionFields: ['klima'],
    },
  },
  pm('a', '2023-11-17', ['klima', 'verein']),
  pm('b', '2023', ['klima']),
  pm('c', '2023-11', ['klima', 'projekt']),
  // Naming an entry twice in `about` is a `duplicate-reference` now; the knowledge base refuses it.
  pm('d', '2024-01-05', ['klima']),
]);
const entry = (slug: string) => atlas.get(slug as Slug);

test('press releases about an entry come newest first, each once; a bare year after its dated days', () => {
  assert.deepEqual(
    pressAbout(atlas, entry('klima')).map((item) => item.slug),
    ['d', 'a', 'c', 'b'],
  );
  assert.deepEqual(
    newestFirst(atlas.ofCollection('press-releases')).map((item) => item.slug),
    ['d', 'a', 'c', 'b'],
  );
});

test('action fields, networks and actors that a press release is about have a feed; initiatives and the unmentioned do not', () => {
  assert.deepEqual(
    feedTargets(atlas)
      .map((item) => item.slug)
      .sort(),
    ['klima', 'verein'],
  );
  assert.equal(hasFeed(atlas, entry('klima')), true);
  assert.equal(hasFeed(atlas, entry('projekt')), false);
  assert.equal(hasFeed(atlas, entry('stadt')), false);
  assert.equal(hasFeed(atlas, entry('kreis')), false, 'publishing is not being written about');
});

test('every page links the site feed; entries with a feed add their own', () => {
  assert.deepEqual(entryFeed(atlas, entry('verein')), {
    title: 'Pressemitteilungen zu Verein',
    path: '/netzwerke/verein/feed.xml',
  });
  assert.equal(entryFeed(atlas, entry('stadt')), undefined);
  assert.deepEqual(
    feedLinks(entryFeed(atlas, entry('verein'))).map((link) => link.path),
    ['/presse/feed.xml', '/netzwerke/verein/feed.xml'],
  );
  assert.deepEqual(
    feedLinks(entryFeed(atlas, entry('stadt'))).map((link) => link.path),
    ['/presse/feed.xml'],
  );
});

test('a full day becomes pubDate; a partial date is kept as written and never gets a day', () => {
  const full = feedItem(atlas, entry('a'), SITE);
  assert.equal(full.link, `${SITE}/presse/a/`);
  assert.equal(full.title, 'PM a');
  assert.equal(full.description, 'Über klima, verein.');
  assert.equal(full.pubDate?.toISOString(), '2023-11-17T00:00:00.000Z');
  assert.deepEqual(full.categories, ['Klima', 'Verein']);
  const month = feedItem(atlas, entry('c'), SITE);
  assert.equal(month.pubDate, undefined);
  assert.equal(
    month.description,
    'Datum: November 2023 (die Quelle nennt keinen Tag). Über klima, projekt.',
  );
  const year = feedItem(atlas, entry('b'), SITE);
  assert.equal(year.pubDate, undefined);
  assert.equal(
    year.description,
    'Datum: 2023 (die Quelle nennt weder Monat noch Tag). Über klima.',
  );
  assert.deepEqual(feedItem(atlas, entry('d'), SITE).categories, ['Klima']);
});

async function entryFeedXml(slug: string, title = 'Pressemitteilungen zu Klima') {
  const item = entry(slug);
  const page = { title, path: `${item.url}feed.xml`, pagePath: item.url };
  const xml = await getRssString(
    feedOptions({
      atlas,
      siteUrl: SITE,
      description: 'Beschreibung',
      ...page,
      releases: pressAbout(atlas, item),
    }),
  );
  return feedForBrowsers(xml, { siteUrl: SITE, pageTitle: item.title, ...page });
}

test('a feed names its stylesheet, points its channel at the entry page, and explains itself in German', async () => {
  const xml = await entryFeedXml('klima');
  assert.equal(XMLValidator.validate(xml), true);
  assert.ok(
    xml.startsWith(
      `<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet href="${FEED_STYLESHEET}" type="text/css"?>`,
    ),
    xml.slice(0, 120),
  );
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: { channel: Record<string, unknown> & { item: Record<string, unknown>[] } };
  };
  const channel = parsed.rss.channel;
  assert.equal(channel['link'], `${SITE}/handlungsfelder/klima/`);
  assert.equal(channel['title'], 'Pressemitteilungen zu Klima');
  const intro = channel['h:div'] as Record<string, unknown>;
  assert.equal(intro['h:h1'], 'Das ist ein Feed: Pressemitteilungen zu Klima');
  assert.match(JSON.stringify(intro['h:p']), /So abonnieren Sie ihn/);
  assert.equal(channel.item.length, 4);
  const yearOnly = channel.item.find((item) => item['title'] === 'PM b')!;
  assert.equal(yearOnly['pubDate'], undefined);
  assert.match(String(yearOnly['description']), /weder Monat noch Tag/);
  assert.equal(
    yearOnly['h:p'] && (yearOnly['h:p'] as Record<string, string>)['#text'],
    '2023 (die Quelle nennt weder Monat noch Tag)',
  );
  const heading = yearOnly['h:h3'] as Record<string, Record<string, string>>;
  assert.equal(heading['h:a']!['@_href'], `${SITE}/presse/b/`);
  assert.equal(heading['h:a']!['#text'], 'PM b');
});

test('a hostile title stays text in the feed, in RSS and in the XHTML alike', async () => {
  const hostile = '</h:h1><h:script>alert(1)</h:script> & <![CDATA[x]]>';
  const xml = await entryFeedXml('klima', hostile);
  assert.equal(XMLValidator.validate(xml), true);
  assert.doesNotMatch(xml, /<h:script/);
  const channel = (
    new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: { channel: Record<string, Record<string, string>> };
    }
  ).rss.channel;
  assert.equal(channel['h:div']!['h:h1'], `Das ist ein Feed: ${hostile}`);
});

test('a feed carries only the newest FEED_ITEMS releases, in the order given; the page and open data keep them all', () => {
  const many = plainAtlas(
    Array.from({ length: FEED_ITEMS + 7 }, (_, index) => ({
      collection: 'press-releases' as const,
      slug: `pm-${String(index).padStart(3, '0')}`,
      data: {
        title: `PM ${index}`,
        summary: 'S.',
        date: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
      },
    })),
  );
  const releases = newestFirst(many.ofCollection('press-releases'));
  const options = feedOptions({
    atlas: many,
    siteUrl: SITE,
    title: 'T',
    description: 'D',
    path: '/presse/feed.xml',
    pagePath: '/presse/',
    releases,
  });
  const items = options.items as { link?: string }[];
  assert.equal(items.length, FEED_ITEMS);
  assert.deepEqual(
    items.map((item) => item.link),
    releases.slice(0, FEED_ITEMS).map((release) => `${SITE}${release.url}`),
  );
});
