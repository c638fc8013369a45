import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import type { BuildResult } from '../../scripts/support/build-site.ts';
import { brokenLinks, readPage, sitemapPaths } from '../../scripts/support/site-links.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { GOOD_FIXTURE_ENTRY_PAGES, INDEX_PAGES } from '../helpers/good-fixture.ts';

let build: BuildResult;
before(async () => {
  build = await sharedBuild('tests/fixtures/good');
});

const page = (pagePath: string) => readPage(build.outDir, pagePath);

/** Links listed under the related-entries heading `label` on a page. */
function relatedLinks(document: HTMLElement, label: string): string[] {
  const section = document
    .querySelectorAll('section.related')
    .find((candidate) => candidate.querySelector('h2')?.text.startsWith(label));
  return section
    ? section.querySelectorAll('li > a').map((anchor) => anchor.getAttribute('href')!)
    : [];
}

test('the fixture builds without errors, warning that the site URL is still the placeholder', () => {
  assert.equal(build.exitCode, 0, build.output);
  assert.match(
    build.output,
    /Die Website-Adresse ist noch der Platzhalter https:\/\/kooperationsatlas\.example/,
  );
  // The repository address too, in one line.
  assert.match(
    build.output,
    /\[WARN\] \[kooperationsatlas:deploy-readiness\] REPOSITORY_URL ist noch der Platzhalter https:\/\/git\.example\/kooperationsatlas: [^\n]+$/m,
  );
});

test('every published entry has a page at the contract URL; drafts have none', () => {
  for (const pagePath of GOOD_FIXTURE_ENTRY_PAGES)
    assert.ok(existsSync(path.join(build.outDir, pagePath, 'index.html')), pagePath);
  assert.ok(!existsSync(path.join(build.outDir, 'akteure/entwurf')));
  for (const fixed of [...INDEX_PAGES, '/suche/', '/404.html', '/robots.txt']) {
    assert.ok(
      existsSync(path.join(build.outDir, fixed.endsWith('/') ? `${fixed}index.html` : fixed)),
      fixed,
    );
  }
});

test('relations appear on both sides under German headings', () => {
  assert.deepEqual(relatedLinks(page('/netzwerke/verein-a/'), 'Mitglieder'), [
    '/akteure/stadt-a/',
    '/akteure/landkreis-nord/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/stadt-a/'), 'Mitglied in'), [
    '/netzwerke/verein-a/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/landkreis-nord/'), 'Mitglied in'), [
    '/netzwerke/verein-a/',
  ]);
  assert.deepEqual(relatedLinks(page('/initiativen/radprojekt/'), 'Träger'), [
    '/netzwerke/verein-a/',
  ]);
  assert.deepEqual(relatedLinks(page('/netzwerke/verein-a/'), 'Träger von'), [
    '/initiativen/radprojekt/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/stadt-a/'), 'Beteiligt an'), [
    '/initiativen/radprojekt/',
  ]);
  assert.deepEqual(
    relatedLinks(page('/handlungsfelder/mobilitaet/'), 'Initiativen in diesem Handlungsfeld'),
    ['/initiativen/radprojekt/'],
  );
  assert.deepEqual(
    relatedLinks(page('/handlungsfelder/mobilitaet/'), 'Netzwerke in diesem Handlungsfeld'),
    ['/netzwerke/verein-a/'],
  );
  assert.deepEqual(
    relatedLinks(page('/handlungsfelder/mobilitaet/'), 'Verwandte Handlungsfelder'),
    ['/handlungsfelder/klima/'],
  );
  assert.deepEqual(relatedLinks(page('/handlungsfelder/klima/'), 'Verwandte Handlungsfelder'), [
    '/handlungsfelder/mobilitaet/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/landkreis-nord/'), 'Gehört zu'), [
    '/akteure/land-beispiel/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/landkreis-nord/'), 'Dazu gehören'), [
    '/akteure/hochschule-nord/',
    '/akteure/stadt-a/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/landkreis-nord/'), 'Initiativen in diesem Gebiet'), [
    '/initiativen/radprojekt/',
  ]);
  assert.deepEqual(relatedLinks(page('/presse/pm-2023/'), 'Worum es geht'), [
    '/initiativen/radprojekt/',
    '/akteure/stadt-a/',
  ]);
  assert.deepEqual(relatedLinks(page('/akteure/stadt-a/'), 'In der Presse'), ['/presse/pm-2023/']);
  assert.deepEqual(
    relatedLinks(page('/akteure/landkreis-nord/'), 'Herausgegebene Pressemitteilungen'),
    ['/presse/pm-2022/'],
  );
});

test('member roles, facts with dates and sources are shown', () => {
  const verein = page('/netzwerke/verein-a/');
  const kreis = verein
    .querySelectorAll('section.related li')
    .find((item) => item.text.includes('Landkreis Nord'))!;
  assert.match(kreis.text, /Vorsitz/);
  assert.match(kreis.text, /seit Mai 2019/);
  assert.match(verein.querySelector('.facts')!.text, /Mitglieder\s*51\s*\(Stand: November 2023\)/);
  assert.equal(
    verein.querySelector('#quelle-1 a')?.getAttribute('href'),
    'https://verein-alpha.example/bericht',
  );
  assert.match(
    page('/akteure/landkreis-nord/').querySelector('.facts')!.text,
    /120000 \(Stand: 2015\)/,
  );
});

test('body links point at page URLs, and raw HTML cannot run script', () => {
  const body = page('/initiativen/radprojekt/').querySelector('.entry__body')!;
  assert.equal(body.querySelector('a[href="/netzwerke/verein-a/#ziele"]')?.text, 'Verein Alpha');
  assert.equal(body.querySelectorAll('script, iframe').length, 0);
  assert.equal(body.querySelector('b')?.getAttribute('onclick'), undefined);
  assert.ok(!body.innerHTML.includes('javascript:'));
  assert.equal(body.querySelectorAll('table').length, 1);
  assert.equal(body.querySelectorAll('input[type="checkbox"][disabled]').length, 2);
  assert.equal(
    page('/initiativen/mdx-projekt/').querySelector('.hinweis a')?.getAttribute('href'),
    '/akteure/stadt-a/',
  );
});

test('a renamed entry: its old URL is a redirect page, listed in _redirects and left out of the sitemap', () => {
  // stadt-a.md lists `alte-stadt-a` under aliases: the entry was renamed from that slug.
  const redirect = readPage(build.outDir, '/akteure/alte-stadt-a/');
  assert.equal(
    redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
    '0; url=/akteure/stadt-a/',
  );
  assert.equal(
    redirect.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    'https://kooperationsatlas.example/akteure/stadt-a/',
  );
  assert.equal(redirect.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
  assert.equal(redirect.querySelector('body a')?.getAttribute('href'), '/akteure/stadt-a/');
  const lines = readFileSync(path.join(build.outDir, '_redirects'), 'utf8')
    .split('\n')
    .filter(Boolean);
  assert.deepEqual(lines, ['/akteure/alte-stadt-a/ /akteure/stadt-a/ 301']);
  const listed = sitemapPaths(build.outDir);
  assert.ok(listed.includes('/akteure/stadt-a/'));
  assert.ok(!listed.includes('/akteure/alte-stadt-a/'));
  assert.ok(
    !listed.some((pagePath) => pagePath.includes('entwurf') || pagePath.includes('redirects')),
  );
});

test('index pages group entries: initiatives by status, then the way in by action field (after the list, for phones), press by year, actors by kind', () => {
  const press = page('/presse/');
  assert.deepEqual(
    press.querySelectorAll('main h2').map((heading) => heading.text),
    ['2023', '2022', '2019'],
  );
  const initiatives = page('/initiativen/');
  assert.deepEqual(
    initiatives.querySelectorAll('main section h2').map((heading) => heading.text),
    ['Laufend', 'Geplant', 'Nach Handlungsfeld'],
  );
  assert.deepEqual(
    initiatives.querySelectorAll('.tiles a').map((link) => link.getAttribute('href')),
    [
      '/handlungsfelder/klima/#bezug-initiativen-in-diesem-handlungsfeld',
      '/handlungsfelder/mobilitaet/#bezug-initiativen-in-diesem-handlungsfeld',
    ],
  );
  const actors = page('/akteure/');
  assert.deepEqual(
    actors.querySelectorAll('main section h2').map((heading) => heading.text),
    ['Kommune', 'Landkreis', 'Land', 'Hochschule'],
  );
});

test('every internal link in the built site reaches a page and its anchor', () => {
  assert.deepEqual(brokenLinks(build.outDir), []);
});

test('sentences that join text and values keep their spaces', () => {
  // Astro drops a line break between two expressions, or between text and an element on the
  // next line; these sentences were glued once by a reformat („6Initiativen“, „Datei<code>“).
  const text = (pagePath: string, selector: string) =>
    page(pagePath).querySelector(selector)?.text.replace(/\s+/g, ' ').trim();
  assert.equal(
    text('/initiativen/radprojekt/', '.entry__footer p:last-of-type'),
    'Diese Seite bearbeiten (Datei tests/fixtures/good/initiatives/radprojekt.md)',
  );
  assert.match(text('/initiativen/', '.lead') ?? '', / Der Atlas verzeichnet 2 Initiativen\.$/);
});

test('each claim shows its own time: memberships by their source, the page the span of its sources', () => {
  // The network has one source, dated 17 November 2023: both memberships rest on it.
  const members = page('/netzwerke/verein-a/')
    .querySelectorAll('section.related')
    .find((section) => section.querySelector('h2')?.text.startsWith('Mitglieder'))!
    .querySelectorAll('li');
  const stand = members.map((item) => item.querySelector('.related__claim')?.text);
  assert.deepEqual(stand, ['Stand: 17. November 2023', 'Stand: 17. November 2023']);
  assert.equal(
    members[0]!.querySelector('.related__claim a')?.getAttribute('href'),
    '/netzwerke/verein-a/#quelle-1',
  );
  // On the member's own page the same membership links to the network's source.
  const memberOf = page('/akteure/stadt-a/')
    .querySelectorAll('section.related li')
    .find((item) => item.text.includes('Verein Alpha'))!;
  assert.equal(
    memberOf.querySelector('.related__claim a')?.getAttribute('href'),
    '/netzwerke/verein-a/#quelle-1',
  );
  // A figure without a source of its own, beside a dated one: the page spans both years.
  const kreis = page('/akteure/landkreis-nord/');
  assert.match(kreis.querySelector('.facts')!.text, /3,9\u00a0Millionen \(Stand: November 2023\)/);
  assert.match(kreis.querySelector('.entry__dates')!.text, /Angaben aus 2015 bis 2023/);
  // The only source of the initiative states no date, and the page says so.
  assert.match(
    page('/initiativen/radprojekt/').querySelector('.entry__dates')!.text,
    /Quelle ohne Datum/,
  );
  assert.match(
    page('/initiativen/radprojekt/').querySelector('.entry__citation')!.text,
    /Zitieren: „Radverkehrskonzept Nord“\. In: Kooperationsatlas, https:\/\/kooperationsatlas\.example\/initiativen\/radprojekt\/\. Quelle ohne Datum/,
  );
});
