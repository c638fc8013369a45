import { parsePartialDate, type PartialDate } from '../vocabulary/dates.ts';

/**
 * Everything the `<head>` says about a page, worked out here so the layout only prints it:
 * the canonical URL, title, description, Open Graph and Twitter card tags, and feed links.
 * Every URL is absolute and built from the one site setting (`SITE.url`).
 */
export interface PageMetaInput {
  siteUrl: string;
  siteTitle: string;
  /** Title of this page; the start page passes the site title. */
  title: string;
  /** What kind of page it is, for the tab and search results („Freizeit – Handlungsfeld – …“). */
  kind?: string | undefined;
  description: string;
  /** Path of this page on the site, e.g. `/netzwerke/uan/`. */
  path: string;
  /** Press releases are articles; every other page is a website. */
  article?: { published: PartialDate } | undefined;
  feeds?: readonly FeedLink[] | undefined;
  /** A page kept out of search engines (404) names no canonical URL: it has none worth naming. */
  noindex?: boolean | undefined;
}

export interface FeedLink {
  title: string;
  /** Path of the feed on this site, e.g. `/presse/feed.xml`. */
  path: string;
}

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export interface PageMeta {
  /** Text of `<title>`. */
  documentTitle: string;
  description: string;
  canonical: string | undefined;
  /** `property` attributes: Open Graph and article tags, in the order printed. */
  openGraph: readonly (readonly [property: string, content: string])[];
  /** `name` attributes: Twitter card tags. */
  twitter: readonly (readonly [name: string, content: string])[];
  feeds: readonly { title: string; href: string }[];
}

/** The default share image, a committed source asset (see scripts/make-share-image.ts). */
export const SHARE_IMAGE = {
  path: '/share-image.png',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'Kooperationsatlas: regionale Zusammenarbeit in der Region Hannover und in Niedersachsen',
} as const;

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}

export function pageMeta(input: PageMetaInput): PageMeta {
  const {
    siteUrl,
    siteTitle,
    title,
    description,
    path,
    article,
    feeds = [],
    noindex = false,
  } = input;
  const canonical = noindex ? undefined : absoluteUrl(siteUrl, path);
  const documentTitle =
    title === siteTitle ? title : [title, input.kind, siteTitle].filter(Boolean).join(' – ');
  const image = absoluteUrl(siteUrl, SHARE_IMAGE.path);
  const openGraph: [string, string][] = [
    ['og:type', article ? 'article' : 'website'],
    ['og:site_name', siteTitle],
    ['og:locale', 'de_DE'],
    ['og:title', title],
    ['og:description', description],
    ...(canonical ? [['og:url', canonical] as [string, string]] : []),
    ['og:image', image],
    ['og:image:type', SHARE_IMAGE.type],
    ['og:image:width', String(SHARE_IMAGE.width)],
    ['og:image:height', String(SHARE_IMAGE.height)],
    ['og:image:alt', SHARE_IMAGE.alt],
  ];
  // `article:published_time` is a point in time; a press release known only by month or
  // year gets none rather than a made-up first day.
  if (article && isFullDay(article.published))
    openGraph.push(['article:published_time', article.published]);
  const twitter: [string, string][] = [
    ['twitter:card', 'summary_large_image'],
    ['twitter:title', title],
    ['twitter:description', description],
    ['twitter:image', image],
    ['twitter:image:alt', SHARE_IMAGE.alt],
  ];
  return {
    documentTitle,
    description,
    canonical,
    openGraph,
    twitter,
    feeds: feeds.map((feed) => ({ title: feed.title, href: absoluteUrl(siteUrl, feed.path) })),
  };
}

export function isFullDay(date: PartialDate): boolean {
  return parsePartialDate(date)?.day !== undefined;
}

/** The placeholder default of `SITE.url` lives under the reserved `.example` top-level domain. */
export function isPlaceholderSiteUrl(siteUrl: string): boolean {
  return /\.example$/i.test(new URL(siteUrl).hostname);
}
