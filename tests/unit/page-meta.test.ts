import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartialDate } from '../../src/vocabulary/dates.ts';
import { SHARE_IMAGE, isPlaceholderSiteUrl, pageMeta } from '../../src/site/page-meta.ts';

const base = { siteUrl: 'https://atlas.test', siteTitle: 'Atlas', description: 'Worum es geht.' };

test('pageMeta builds an absolute canonical URL and share tags from title and description', () => {
  const meta = pageMeta({ ...base, title: 'UAN', path: '/netzwerke/uan/' });
  assert.equal(meta.canonical, 'https://atlas.test/netzwerke/uan/');
  assert.equal(meta.documentTitle, 'UAN – Atlas');
  const og = new Map(meta.openGraph);
  assert.equal(og.get('og:type'), 'website');
  assert.equal(og.get('og:title'), 'UAN');
  assert.equal(og.get('og:description'), 'Worum es geht.');
  assert.equal(og.get('og:url'), 'https://atlas.test/netzwerke/uan/');
  assert.equal(og.get('og:image'), `https://atlas.test${SHARE_IMAGE.path}`);
  assert.equal(og.get('og:image:width'), '1200');
  assert.equal(og.get('og:image:height'), '630');
  assert.equal(og.has('article:published_time'), false);
  const twitter = new Map(meta.twitter);
  assert.equal(twitter.get('twitter:card'), 'summary_large_image');
  assert.equal(twitter.get('twitter:title'), 'UAN');
  assert.equal(twitter.get('twitter:image'), og.get('og:image'));
});

test('a noindex page (404) names no canonical URL', () => {
  const meta = pageMeta({ ...base, title: 'Nicht gefunden', path: '/404/', noindex: true });
  assert.equal(meta.canonical, undefined);
  assert.equal(new Map(meta.openGraph).has('og:url'), false);
});

test('the start page carries the site title alone', () => {
  assert.equal(pageMeta({ ...base, title: 'Atlas', path: '/' }).documentTitle, 'Atlas');
});

test('press releases are articles; only a full day becomes article:published_time', () => {
  const full = new Map(
    pageMeta({
      ...base,
      title: 'PM',
      path: '/presse/pm/',
      article: { published: '2023-11-17' as PartialDate },
    }).openGraph,
  );
  assert.equal(full.get('og:type'), 'article');
  assert.equal(full.get('article:published_time'), '2023-11-17');
  for (const partial of ['2019', '2019-05']) {
    const og = new Map(
      pageMeta({
        ...base,
        title: 'PM',
        path: '/presse/pm/',
        article: { published: partial as PartialDate },
      }).openGraph,
    );
    assert.equal(og.get('og:type'), 'article');
    assert.equal(og.has('article:published_time'), false, partial);
  }
});

test('feed links become absolute', () => {
  const meta = pageMeta({
    ...base,
    title: 'X',
    path: '/',
    feeds: [{ title: 'Presse', path: '/presse/feed.xml' }],
  });
  assert.deepEqual(meta.feeds, [{ title: 'Presse', href: 'https://atlas.test/presse/feed.xml' }]);
});

test('isPlaceholderSiteUrl recognises the reserved .example domain only', () => {
  assert.equal(isPlaceholderSiteUrl('https://kooperationsatlas.example'), true);
  assert.equal(isPlaceholderSiteUrl('https://www.kooperationsatlas.example/'), true);
  assert.equal(isPlaceholderSiteUrl('https://kooperationsatlas.de'), false);
  assert.equal(isPlaceholderSiteUrl('https://example.org'), false);
});

test('an entry page names its kind in the document title, between its title and the site', () => {
  const meta = pageMeta({
    ...base,
    title: 'Freizeit',
    kind: 'Handlungsfeld',
    path: '/handlungsfelder/freizeit/',
  });
  assert.equal(meta.documentTitle, 'Freizeit – Handlungsfeld – Atlas');
  assert.equal(new Map(meta.openGraph).get('og:title'), 'Freizeit');
});
