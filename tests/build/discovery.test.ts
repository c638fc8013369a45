import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import Parser from 'rss-parser';
import { PROJECT_ROOT, type BuildResult } from '../../scripts/support/build-site.ts';
import { readPage, sitemapPaths } from '../../scripts/support/site-links.ts';
import { schemaOrg } from '../helpers/schema-org.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import {
  DEPLOYED_SITE_URL,
  DEPLOYMENT_ENV,
  GOOD_FIXTURE_ENTRY_PAGES,
  INDEX_PAGES,
} from '../helpers/good-fixture.ts';

/** What search engines, social previews and feed readers get from the good fixture built as a deployment builds it. */
const SITE = DEPLOYED_SITE_URL;
const FIXTURE = 'tests/fixtures/good';
let build: BuildResult;
before(async () => {
  build = await sharedBuild(FIXTURE, DEPLOYMENT_ENV);
});

const page = (pagePath: string) => readPage(build.outDir, pagePath);
const meta = (document: HTMLElement, attribute: 'name' | 'property', key: string) =>
  document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content');
const jsonLd = (document: HTMLElement) =>
  document
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

/** Every HTML page of the build by its path, redirects included; not the form editor (noindex). */
function htmlPages(): string[] {
  return (readdirSync(build.outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`admin${path.sep}`))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
}
const isRedirect = (document: HTMLElement) =>
  document.querySelector('meta[http-equiv="refresh"]') !== null;

const ENTRY_PAGES = GOOD_FIXTURE_ENTRY_PAGES;
/** The pictures across the whole atlas: overview, timeline, matrix, memberships. */
const PICTURE_PAGES = ['/uebersicht/', '/zeitleiste/', '/matrix/', '/mitgliedschaften/'];
const INFO_PAGES = ['/daten/', '/impressum/', '/datenschutz/', '/barrierefreiheit/', '/ueber/'];

test('the fixture builds, without the placeholder warning once SITE_URL is set', () => {
  assert.equal(build.exitCode, 0, build.output);
  assert.doesNotMatch(build.output, /Platzhalter/);
});

test('every page has an absolute canonical URL and matching Open Graph and Twitter tags', () => {
  const pages = htmlPages();
  assert.ok(pages.length >= ENTRY_PAGES.length + INDEX_PAGES.length);
  for (const pagePath of pages) {
    const document = page(pagePath);
    if (isRedirect(document)) continue;
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    assert.equal(canonical, pagePath === '/404.html' ? undefined : `${SITE}${pagePath}`, pagePath);
    const title = document.querySelector('title')!.text;
    const ogTitle = meta(document, 'property', 'og:title')!;
    assert.ok(title.startsWith(ogTitle), `${pagePath}: ${title} / ${ogTitle}`);
    assert.equal(meta(document, 'property', 'og:url'), canonical, pagePath);
    assert.equal(
      meta(document, 'property', 'og:description'),
      meta(document, 'name', 'description'),
      pagePath,
    );
    assert.equal(meta(document, 'name', 'twitter:card'), 'summary_large_image', pagePath);
    assert.equal(meta(document, 'name', 'twitter:title'), ogTitle, pagePath);
    assert.equal(
      meta(document, 'property', 'og:type'),
      pagePath.startsWith('/presse/') && pagePath !== '/presse/' ? 'article' : 'website',
      pagePath,
    );
  }
});

test('entry pages take title and description from the entry', () => {
  const document = page('/netzwerke/verein-a/');
  assert.equal(meta(document, 'property', 'og:title'), 'Verein Alpha e.V.');
  assert.equal(
    meta(document, 'property', 'og:description'),
    'Ein erfundener Verein, der Kommunen verbindet.',
  );
  assert.equal(
    document.querySelector('title')!.text,
    'Verein Alpha e.V. – Netzwerk – Kooperationsatlas',
  );
});

test('the share image is a 1200 × 630 PNG in the build, named with an absolute URL', () => {
  const image = meta(page('/'), 'property', 'og:image')!;
  assert.ok(image.startsWith(`${SITE}/`), image);
  assert.equal(meta(page('/akteure/stadt-a/'), 'name', 'twitter:image'), image);
  const png = readFileSync(path.join(build.outDir, new URL(image).pathname));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
});

test('press releases name their publication time only when the day is known', () => {
  assert.equal(meta(page('/presse/pm-2023/'), 'property', 'article:published_time'), '2023-11-17');
  for (const partial of ['/presse/pm-2022/', '/presse/pm-2019-05/']) {
    assert.equal(meta(page(partial), 'property', 'og:type'), 'article');
    assert.equal(meta(page(partial), 'property', 'article:published_time'), undefined, partial);
  }
});

test('every JSON-LD block on every page is valid schema.org, and every @id names a built page', () => {
  let blocks = 0;
  const ids = new Set<string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '@id') ids.add(inner as string);
        else collect(inner);
      }
    }
  };
  for (const pagePath of htmlPages()) {
    for (const block of jsonLd(page(pagePath))) {
      blocks += 1;
      assert.deepEqual(schemaOrg().validate(block), [], `${pagePath}: ${JSON.stringify(block)}`);
      collect(block);
    }
  }
  assert.ok(blocks >= ENTRY_PAGES.length * 2 + 2, `only ${blocks} blocks`);
  for (const id of ids) {
    assert.ok(id.startsWith(`${SITE}/`), id);
    assert.ok(existsSync(path.join(build.outDir, new URL(id).pathname, 'index.html')), id);
  }
});

const PAGE_TYPES = new Set(['WebPage', 'CollectionPage', 'Article', 'WebSite']);
const ATLAS_ID = `${SITE}/#atlas`;

test('the markup says only what is true: no organisation has an atlas page as its website, and the atlas alone authors its pages', () => {
  let checked = 0;
  const walk = (value: unknown, pagePath: string, isPage: boolean): void => {
    if (Array.isArray(value)) return value.forEach((inner) => walk(inner, pagePath, false));
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    const type = String(node['@type']);
    if (isPage && PAGE_TYPES.has(type) && type !== 'WebSite') {
      checked += 1;
      for (const key of ['author', 'publisher'] as const) {
        if (node[key] !== undefined)
          assert.equal((node[key] as { '@id': string })['@id'], ATLAS_ID, `${pagePath} ${key}`);
      }
    }
    if (!PAGE_TYPES.has(type) && typeof node['url'] === 'string') {
      assert.ok(
        !node['url'].startsWith(`${SITE}/`) || node['@id'] === ATLAS_ID,
        `${pagePath}: ${type} with url ${node['url']}`,
      );
    }
    for (const [key, inner] of Object.entries(node))
      if (key !== '@context') walk(inner, pagePath, false);
  };
  for (const pagePath of htmlPages())
    for (const block of jsonLd(page(pagePath))) walk(block, pagePath, true);
  assert.ok(checked >= ENTRY_PAGES.length + INDEX_PAGES.length - 1, `only ${checked} page nodes`);
});

test('each entry page describes itself under its canonical URL, the thing it is about, and breadcrumbs', () => {
  const expectedTypes: Record<string, [string, string]> = {
    '/akteure/land-beispiel/': ['WebPage', 'GovernmentOrganization'],
    '/akteure/hochschule-nord/': ['WebPage', 'CollegeOrUniversity'],
    '/netzwerke/verein-a/': ['WebPage', 'Organization'],
    '/handlungsfelder/klima/': ['WebPage', 'DefinedTerm'],
    '/initiativen/radprojekt/': ['WebPage', 'Project'],
    '/presse/pm-2023/': ['Article', 'NewsArticle'],
  };
  for (const pagePath of ENTRY_PAGES) {
    const blocks = jsonLd(page(pagePath));
    const main = blocks.find((block) => block['@id'] === `${SITE}${pagePath}`);
    assert.ok(main, pagePath);
    const expected = expectedTypes[pagePath];
    if (expected) {
      const thing = (main['isBasedOn'] ?? main['about']) as Record<string, unknown>;
      assert.deepEqual([main['@type'], thing['@type']], expected, pagePath);
      assert.equal(thing['@id'], `${SITE}${pagePath}#thing`, pagePath);
    }
    const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
    const trail = (breadcrumbs?.['itemListElement'] as { item: { '@id': string } }[]).map(
      (step) => step.item['@id'],
    );
    assert.deepEqual(
      trail,
      [`${SITE}/`, `${SITE}/${pagePath.split('/')[1]}/`, `${SITE}${pagePath}`],
      pagePath,
    );
  }
});

test('a dated membership is an OrganizationRole, and a press release names publisher and topics', () => {
  const network = jsonLd(page('/netzwerke/verein-a/'))[0]!['about'] as Record<string, unknown>;
  assert.deepEqual((network['member'] as unknown[])[1], {
    '@type': 'OrganizationRole',
    member: {
      '@type': 'GovernmentOrganization',
      '@id': `${SITE}/akteure/landkreis-nord/#thing`,
      name: 'Landkreis Nord',
    },
    roleName: 'Vorsitz',
    startDate: '2019-05',
  });
  const article = jsonLd(page('/presse/pm-2019-05/'))[0]!;
  const release = article['isBasedOn'] as Record<string, unknown>;
  // Known only by month: the atlas claims no day for it.
  assert.equal(release['datePublished'], undefined);
  assert.equal(
    (release['publisher'] as { '@id': string })['@id'],
    `${SITE}/netzwerke/verein-a/#thing`,
  );
  assert.deepEqual(
    (article['about'] as { '@id': string }[]).map((node) => node['@id']),
    [`${SITE}/netzwerke/verein-a/#thing`, `${SITE}/handlungsfelder/mobilitaet/#thing`],
  );
});

test('the start page describes the website and its search', () => {
  const website = jsonLd(page('/')).find((block) => block['@type'] === 'WebSite')!;
  assert.equal(website['@id'], `${SITE}/`);
  const action = website['potentialAction'] as { target: { urlTemplate: string } };
  const searchUrl = new URL(action.target.urlTemplate.replace('{search_term_string}', 'Klima'));
  assert.equal(searchUrl.searchParams.get('q'), 'Klima');
  assert.ok(existsSync(path.join(build.outDir, searchUrl.pathname, 'index.html')));
  const index = jsonLd(page('/handlungsfelder/')).find(
    (block) => block['@type'] === 'CollectionPage',
  )!;
  assert.equal(index['@id'], `${SITE}/handlungsfelder/`);
  assert.equal((index['about'] as { '@id': string })['@id'], `${SITE}/handlungsfelder/#thing`);
  for (const pagePath of INDEX_PAGES.filter((indexPath) => indexPath !== '/')) {
    const types = jsonLd(page(pagePath)).map((block) => block['@type']);
    assert.deepEqual(types, ['CollectionPage', 'BreadcrumbList'], pagePath);
  }
});

test('the sitemap lists exactly the public pages, named in robots.txt', () => {
  assert.deepEqual(
    sitemapPaths(build.outDir).sort(),
    [...INDEX_PAGES, ...PICTURE_PAGES, ...INFO_PAGES, ...ENTRY_PAGES].sort(),
  );
  assert.match(
    readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8'),
    new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'),
  );
});

test('sitemap lastmod is the date of the last commit of the content file, and the newest for index pages', () => {
  const parser = new XMLParser();
  type SitemapUrl = { loc: string; lastmod?: string };
  const sitemap = parser.parse(readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8')) as {
    urlset: { url: SitemapUrl | SitemapUrl[] };
  };
  const urls = [sitemap.urlset.url].flat();
  const lastmod = new Map(
    urls.map((url) => [new URL(url.loc).pathname, url.lastmod?.slice(0, 10)]),
  );
  const commitDate = (file: string) =>
    execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    }).trim();
  const folders: Record<string, string> = {
    akteure: 'actors',
    netzwerke: 'networks',
    handlungsfelder: 'action-fields',
    initiativen: 'initiatives',
    presse: 'press-releases',
  };
  const dates: string[] = [];
  for (const pagePath of ENTRY_PAGES) {
    const [, section, slug] = pagePath.split('/');
    const folder = path.join(FIXTURE, folders[section!]!);
    const file = readdirSync(path.join(PROJECT_ROOT, folder)).find(
      (name) => name.replace(/\.mdx?$/, '') === slug,
    )!;
    const date = commitDate(path.join(folder, file));
    if (!date) continue; // A fixture file not yet committed has no date to show.
    dates.push(date);
    assert.equal(lastmod.get(pagePath), date, pagePath);
  }
  assert.ok(dates.length > 0, 'the fixture is committed');
  const newest = dates.sort().at(-1);
  assert.equal(lastmod.get('/'), newest);
});

const rss = new Parser();
const feedFiles = () =>
  (readdirSync(build.outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('feed.xml'))
    .map((file) => `/${file.split(path.sep).join('/')}`);
const parseFeed = (feedPath: string) =>
  rss.parseString(readFileSync(path.join(build.outDir, feedPath), 'utf8'));

test('the press feed has every press release, newest first, with title, summary, link and date as known', async () => {
  const feed = await parseFeed('/presse/feed.xml');
  assert.equal(feed.title, 'Pressemitteilungen im Kooperationsatlas');
  assert.deepEqual(
    feed.items.map((item) => item.link),
    [`${SITE}/presse/pm-2023/`, `${SITE}/presse/pm-2022/`, `${SITE}/presse/pm-2019-05/`],
  );
  const [full, year, month] = feed.items;
  assert.equal(full!.title, 'Verein stellt Bilanz vor');
  assert.equal(full!.contentSnippet, 'Der Verein Alpha berichtet über das Radverkehrskonzept.');
  assert.equal(full!.isoDate, '2023-11-17T00:00:00.000Z');
  assert.equal(year!.pubDate, undefined);
  assert.equal(
    year!.contentSnippet,
    'Datum: 2022 (die Quelle nennt weder Monat noch Tag). Ein Treffen, von dem nur das Jahr bekannt ist.',
  );
  assert.equal(month!.pubDate, undefined);
  assert.match(month!.contentSnippet!, /^Datum: Mai 2019 \(die Quelle nennt keinen Tag\)\. /);
  assert.equal(feed.feedUrl, `${SITE}/presse/feed.xml`);
  assert.equal(feed.link, `${SITE}/presse/`, 'the channel links the page of all press releases');
});

test('action fields, networks and actors written about have a feed of those press releases, linked from their page', async () => {
  const expected: Record<string, string[]> = {
    '/presse/feed.xml': ['pm-2023', 'pm-2022', 'pm-2019-05'],
    '/handlungsfelder/mobilitaet/feed.xml': ['pm-2022', 'pm-2019-05'],
    '/netzwerke/verein-a/feed.xml': ['pm-2019-05'],
    '/akteure/stadt-a/feed.xml': ['pm-2023'],
  };
  assert.deepEqual(feedFiles().sort(), Object.keys(expected).sort());
  for (const [feedPath, releases] of Object.entries(expected)) {
    const feed = await parseFeed(feedPath);
    assert.deepEqual(
      feed.items.map((item) => item.link),
      releases.map((slug) => `${SITE}/presse/${slug}/`),
      feedPath,
    );
    const xml = readFileSync(path.join(build.outDir, feedPath), 'utf8');
    assert.match(
      xml,
      /^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/feed\.css" type="text\/css"\?>/,
      `${feedPath}: the site's stylesheet for browsers`,
    );
    if (feedPath === '/presse/feed.xml') continue;
    assert.equal(
      feed.link,
      `${SITE}${feedPath.replace(/feed\.xml$/, '')}`,
      `${feedPath}: channel link`,
    );
    const alternates = page(feedPath.replace(/feed\.xml$/, ''))
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => link.getAttribute('href'));
    assert.deepEqual(alternates, [`${SITE}/presse/feed.xml`, `${SITE}${feedPath}`], feedPath);
    assert.ok(
      page(feedPath.replace(/feed\.xml$/, '')).querySelector(
        `.entry__footer a[href="${feedPath}"]`,
      ),
      `${feedPath}: visible link`,
    );
  }
  assert.ok(
    page('/presse/').querySelector('main a[href="/presse/feed.xml"]'),
    'visible link to the press feed',
  );
  for (const pagePath of ['/', '/handlungsfelder/klima/', '/initiativen/radprojekt/', '/presse/']) {
    const alternates = page(pagePath)
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => link.getAttribute('href'));
    assert.deepEqual(alternates, [`${SITE}/presse/feed.xml`], pagePath);
  }
});
