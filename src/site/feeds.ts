import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { escapeUTF8 as escapeXml } from 'entities';
import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import { compareDatesDescending, formatDate, type PartialDate } from '../vocabulary/dates.ts';
import { absoluteUrl, isFullDay, type FeedLink } from './page-meta.ts';
import { relationKey } from '../vocabulary/relations.ts';
import { entryFeedPath, pressFeedPath } from '../vocabulary/urls.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

/**
 * RSS feeds of press releases: one for all of them, and one for each action field, network
 * and actor that at least one press release is about. An entry nobody has written about yet
 * gets no feed (and no feed link): at 10,000 entries that saves thousands of empty files,
 * and the site-wide feed, linked from every page, already covers what is new.
 */
export const FEED_COLLECTIONS: ReadonlySet<CollectionName> = new Set([
  'action-fields',
  'networks',
  'actors',
]);

const ABOUT = relationKey({ collection: 'press-releases', field: 'about' });

export type FeedSource = Pick<Atlas, 'get' | 'graph' | 'ofCollection'>;

/** Press releases about an entry, newest first; read from its incoming edges, so O(its edges). */
export function pressAbout(atlas: FeedSource, item: AtlasEntry): AtlasEntry[] {
  const seen = new Set<string>();
  const releases: AtlasEntry[] = [];
  for (const edge of atlas.graph.incoming(item.slug)) {
    if (relationKey(edge.relation) !== ABOUT || seen.has(edge.from)) continue;
    seen.add(edge.from);
    releases.push(atlas.get(edge.from));
  }
  return newestFirst(releases);
}

export function hasFeed(atlas: FeedSource, item: AtlasEntry): boolean {
  return (
    FEED_COLLECTIONS.has(item.collection) &&
    atlas.graph.incoming(item.slug).some((edge) => relationKey(edge.relation) === ABOUT)
  );
}

/** Entries with a feed of their own, found in one pass over the press releases' edges. */
export function feedTargets(atlas: FeedSource): AtlasEntry[] {
  const targets = new Map<string, AtlasEntry>();
  for (const release of atlas.ofCollection('press-releases')) {
    for (const edge of atlas.graph.outgoing(release.slug)) {
      if (relationKey(edge.relation) !== ABOUT || targets.has(edge.to)) continue;
      const target = atlas.get(edge.to);
      if (FEED_COLLECTIONS.has(target.collection)) targets.set(edge.to, target);
    }
  }
  return [...targets.values()];
}

/** The entry's own feed, where it has one. */
export function entryFeed(atlas: FeedSource, item: AtlasEntry): FeedLink | undefined {
  return hasFeed(atlas, item)
    ? { title: entryFeedTitle(item), path: entryFeedPath(item.collection, item.slug) }
    : undefined;
}

/** The feed links for a page's head: the site-wide feed, and the entry's own where it has one. */
export function feedLinks(own?: FeedLink): FeedLink[] {
  return own ? [SITE_FEED, own] : [SITE_FEED];
}

export const SITE_FEED: FeedLink = {
  title: `${COLLECTIONS['press-releases'].plural} im Kooperationsatlas`,
  path: pressFeedPath(),
};

export function entryFeedTitle(item: AtlasEntry): string {
  return `${COLLECTIONS['press-releases'].plural} zu ${item.title}`;
}

type FeedOptions = Pick<
  RSSOptions,
  'title' | 'description' | 'site' | 'items' | 'xmlns' | 'customData' | 'trailingSlash'
>;

/**
 * The stylesheet every feed names. A CSS stylesheet, not XSLT: every browser engine has
 * deprecated XSLT (Chromium 156 warns on each use and overlays a banner whose inline styles the
 * site's CSP blocks), while CSS on XML is plain, lasting web platform and needs no script.
 */
export const FEED_STYLESHEET = '/feed.css';
/** Elements of this namespace render as HTML in a browser; feed readers skip them. */
export const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * Items a feed carries: the newest. A feed reader fetches the whole file on every poll, and
 * every press release in one file was 3.5 MB at 10,000 entries and 22 MB at 50,000; the
 * complete list is the page the channel links to, and the open data.
 */
export const FEED_ITEMS = 50;

/** Options for `@astrojs/rss`: channel, self link, and the first `FEED_ITEMS` items as given (newest first). */
export function feedOptions(input: {
  atlas: FeedSource;
  siteUrl: string;
  title: string;
  description: string;
  path: string;
  /** The page the feed belongs to: the entry's, or the press releases' index. */
  pagePath: string;
  releases: readonly AtlasEntry[];
}): FeedOptions {
  const { atlas, siteUrl, title, description, path, pagePath, releases } = input;
  return {
    title,
    description,
    // The channel's <link>: the page the feed is about, so a feed reader links the entry.
    site: absoluteUrl(siteUrl, pagePath),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', h: XHTML_NAMESPACE },
    customData: `<language>de</language><atom:link href="${absoluteUrl(siteUrl, path)}" rel="self" type="application/rss+xml"/>`,
    items: releases.slice(0, FEED_ITEMS).map((release) => feedItem(atlas, release, siteUrl)),
  };
}

/**
 * What a browser shows of a feed: the stylesheet instruction after the XML declaration, and a
 * German explanation at the head of the channel, in XHTML (a heading, how to subscribe, the
 * page it belongs to). Feed readers ignore both. Only escaped text goes in, so a title from
 * the knowledge base cannot break the document.
 */
export function feedForBrowsers(
  xml: string,
  input: { siteUrl: string; title: string; path: string; pagePath: string; pageTitle: string },
): string {
  const feedUrl = absoluteUrl(input.siteUrl, input.path);
  const pageUrl = absoluteUrl(input.siteUrl, input.pagePath);
  const intro =
    `<h:div class="feed-intro">` +
    `<h:p class="feed-kicker">Kooperationsatlas · Feed</h:p>` +
    `<h:h1>Das ist ein Feed: ${escapeXml(input.title)}</h:h1>` +
    `<h:p>Mit einem Feed erfahren Sie von neuen Pressemitteilungen, ohne die Seite immer wieder aufzurufen. So abonnieren Sie ihn: Kopieren Sie die Adresse dieser Seite aus der Adresszeile und fügen Sie sie in Ihren Feedreader ein, etwa in Thunderbird, Feedly, NetNewsWire oder eine Feed-App auf dem Smartphone.</h:p>` +
    `<h:p class="feed-address">${escapeXml(feedUrl)}</h:p>` +
    `<h:p><h:a href="${escapeXml(pageUrl)}">Zur Seite „${escapeXml(input.pageTitle)}“ im Kooperationsatlas</h:a></h:p>` +
    `<h:h2>Die Pressemitteilungen in diesem Feed, die neuesten zuerst</h:h2>` +
    `</h:div>`;
  const declaration = /^<\?xml[^?]*\?>/.exec(xml)?.[0];
  const channel = xml.indexOf('<channel>');
  if (!declaration || channel < 0) throw new Error('Not an RSS document');
  const head = `${declaration}<?xml-stylesheet href="${FEED_STYLESHEET}" type="text/css"?>`;
  const at = channel + '<channel>'.length;
  return head + xml.slice(declaration.length, at) + intro + xml.slice(at);
}

/** A partial date says what is missing, so no reader takes 2019 for 1 January 2019. */
export function dateText(date: PartialDate): string {
  if (isFullDay(date)) return formatDate(date);
  return date.length === 7
    ? `${formatDate(date)} (die Quelle nennt keinen Tag)`
    : `${formatDate(date)} (die Quelle nennt weder Monat noch Tag)`;
}

/**
 * One press release as an RSS item. RSS's `pubDate` needs a full date and time, so it is set
 * only for a full day (as midnight UTC of that day). A release known only by year or month
 * has no `pubDate`; its description opens with the date and says that the day is not known.
 * (Not in `dc:date` either: feed readers read `2019` there as 1 January 2019, the invented
 * day we avoid.) For browsers the item also carries its title as a link and its date in words,
 * in XHTML, which feed readers skip.
 */
export function feedItem(atlas: FeedSource, release: AtlasEntry, siteUrl: string): RSSFeedItem {
  const date = dateOf(release);
  const fullDay = isFullDay(date);
  const about = atlas.graph
    .outgoing(release.slug)
    .filter((edge) => relationKey(edge.relation) === ABOUT)
    .map((edge) => atlas.get(edge.to).title);
  const item: RSSFeedItem = {
    title: release.title,
    link: absoluteUrl(siteUrl, release.url),
    description: fullDay ? release.summary : `Datum: ${dateText(date)}. ${release.summary}`,
    categories: [...new Set(about)],
    customData:
      `<h:h3 class="feed-item"><h:a href="${escapeXml(absoluteUrl(siteUrl, release.url))}">${escapeXml(release.title)}</h:a></h:h3>` +
      `<h:p class="feed-date">${escapeXml(dateText(date))}</h:p>`,
  };
  if (fullDay) item.pubDate = new Date(`${date}T00:00:00Z`);
  return item;
}

export function newestFirst(releases: readonly AtlasEntry[]): AtlasEntry[] {
  return [...releases].sort(
    (a, b) => compareDatesDescending(dateOf(a), dateOf(b)) || a.title.localeCompare(b.title, 'de'),
  );
}

function dateOf(release: AtlasEntry): PartialDate {
  if (release.collection !== 'press-releases')
    throw new Error(`${release.slug} is no press release`);
  return release.data.date;
}
