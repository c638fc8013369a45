import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { COLLECTIONS } from '../../src/vocabulary/collections.ts';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { relationKey } from '../../src/vocabulary/relations.ts';
import { TIMELINE_MIN_ITEMS } from '../../src/pictures/timeline.ts';
import { PROJECT_ROOT, type BuildResult } from '../../scripts/support/build-site.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { readPage } from '../../scripts/support/site-links.ts';

const FIXTURE = 'tests/fixtures/good';
let build: BuildResult;
before(async () => {
  build = await sharedBuild(FIXTURE);
});

const base = loadKnowledgeBase(PROJECT_ROOT, path.join(PROJECT_ROOT, FIXTURE));
const pictured = base.graph.entries.filter((entry) =>
  ['networks', 'actors', 'initiatives'].includes(entry.collection),
);
const pagePath = (entry: { collection: keyof typeof COLLECTIONS; slug: string }) =>
  `/${COLLECTIONS[entry.collection].segment}/${entry.slug}/`;

test('the fixture builds', () => {
  assert.equal(build.exitCode, 0, build.output);
  assert.ok(pictured.length >= 5);
});

test('every network, actor and initiative page draws exactly the relations of the read model, as well-formed SVG', () => {
  for (const entry of pictured) {
    const page = readPage(build.outDir, pagePath(entry));
    const svg = page.querySelector('figure.graph svg');
    const expected = new Set(
      [...base.graph.outgoing(entry.slug), ...base.graph.incoming(entry.slug)].map(
        (edge) => `${relationKey(edge.relation)} ${edge.from} ${edge.to}`,
      ),
    );
    if (!expected.size) {
      assert.equal(svg, null, `${entry.slug} has no relations and no picture`);
      continue;
    }
    assert.ok(svg, `${entry.slug} has a picture`);
    assert.equal(XMLValidator.validate(svg.outerHTML), true, entry.slug);
    const drawn = svg
      .querySelectorAll('.graph__edges path')
      .map(
        (edge) =>
          `${edge.getAttribute('data-relation')} ${edge.getAttribute('data-from')} ${edge.getAttribute('data-to')}`,
      );
    assert.deepEqual(new Set(drawn), expected, entry.slug);
  }
});

test('every node links to a page or list that exists, and the text alternative lists the same entries', () => {
  for (const entry of pictured) {
    const page = readPage(build.outDir, pagePath(entry));
    const svg = page.querySelector('figure.graph svg');
    if (!svg) continue;
    const hrefs = svg.querySelectorAll('a').map((link) => link.getAttribute('href')!);
    for (const href of hrefs) {
      if (href.startsWith('#'))
        assert.ok(page.getElementById(href.slice(1)), `${entry.slug}: ${href}`);
      else
        assert.ok(
          existsSync(path.join(build.outDir, href, 'index.html')),
          `${entry.slug}: ${href}`,
        );
    }
    const alternative = page.getElementById(
      page.querySelector('figure.graph')!.getAttribute('aria-describedby')!,
    );
    assert.ok(alternative, `${entry.slug}: the picture names its text alternative`);
    const listed = new Set(
      alternative.querySelectorAll('li > a').map((link) => link.getAttribute('href')),
    );
    assert.deepEqual(new Set(hrefs.filter((href) => !href.startsWith('#'))), listed, entry.slug);
  }
});

test('an entry page with its picture stays within 12 KB gzip of HTML and CSS, without JavaScript', () => {
  const file = path.join(build.outDir, 'netzwerke/verein-a/index.html');
  const html = readFileSync(file, 'utf8');
  // JSON-LD data blocks are the only script elements, and browsers never run them.
  assert.doesNotMatch(
    html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''),
    /<script/,
  );
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
    .map((match) => readFileSync(path.join(build.outDir, match[1]!), 'utf8'))
    .join('');
  const size = gzipSync(html).length + gzipSync(css).length;
  assert.ok(size <= 12 * 1024, `${size} bytes`);
});

test('the overview draws every network, actor and initiative as a link, and start page and navigation lead to it', () => {
  const page = readPage(build.outDir, '/uebersicht/');
  const svg = page.querySelector('figure.graph svg')!;
  assert.equal(XMLValidator.validate(svg.outerHTML), true);
  const hrefs = svg.querySelectorAll('a').map((link) => link.getAttribute('href'));
  assert.deepEqual(new Set(hrefs), new Set(pictured.map(pagePath)));
  for (const href of hrefs)
    assert.ok(existsSync(path.join(build.outDir, href!, 'index.html')), href);
  assert.ok(
    page.getElementById(page.querySelector('figure.graph')!.getAttribute('aria-describedby')!),
    'text alternative',
  );
  for (const from of ['/', '/netzwerke/verein-a/']) {
    assert.ok(
      readPage(build.outDir, from)
        .querySelectorAll('a')
        .some((link) => link.getAttribute('href') === '/uebersicht/'),
      from,
    );
  }
});

test('the timeline lists every initiative and press release, linked from the start page; action fields show theirs', () => {
  const page = readPage(build.outDir, '/zeitleiste/');
  const links = new Set(
    page.querySelectorAll('.timeline a').map((link) => link.getAttribute('href')),
  );
  for (const entry of base.graph.entries.filter(
    (item) => item.collection === 'initiatives' || item.collection === 'press-releases',
  )) {
    assert.ok(links.has(pagePath(entry)), pagePath(entry));
  }
  // Bars are SVG geometry in percent of the axis (the CSP forbids inline styles).
  for (const bar of page.querySelectorAll('.timeline__bar')) {
    assert.match(`${bar.getAttribute('x')} ${bar.getAttribute('width')}`, /^[\d.]+% [\d.]+%$/);
    assert.equal(bar.hasAttribute('style'), false);
  }
  assert.ok(
    readPage(build.outDir, '/')
      .querySelectorAll('a')
      .some((link) => link.getAttribute('href') === '/zeitleiste/'),
  );
  const field = readPage(build.outDir, '/handlungsfelder/mobilitaet/');
  const dated = base.graph
    .incoming('mobilitaet' as never)
    .filter(
      (edge) =>
        (edge.relation.collection === 'initiatives' &&
          base.graph.get(edge.from)!.data['started']) ||
        edge.relation.collection === 'press-releases',
    );
  // Few dated items are a list, not a near-empty axis; enough of them make a timeline.
  if (dated.length >= TIMELINE_MIN_ITEMS)
    assert.ok(
      field.querySelector('.field-timeline .timeline__row'),
      'the action field shows its timeline',
    );
  else if (dated.length) {
    assert.equal(field.querySelector('.field-timeline .timeline__track'), null, 'no axis');
    assert.ok(field.querySelector('.field-timeline li a'), 'the action field lists them');
  }
});

/** `row column` for each marked cell of the cross table on a page, from the cell's hidden text and position. */
function markedCells(pagePath: string, tableIndex = 0): string[] {
  const table = readPage(build.outDir, pagePath).querySelectorAll('table.cross')[tableIndex]!;
  const columns = table.querySelectorAll('thead th a').map((link) => link.getAttribute('href'));
  return table.querySelectorAll('tbody tr').flatMap((row) => {
    const rowHref = row.querySelector('th a')!.getAttribute('href');
    return row.querySelectorAll('td').flatMap((cell, index) => {
      const link = cell.querySelector('a');
      if (!link) return [];
      const [target, anchor] = link.getAttribute('href')!.split('#');
      assert.ok(existsSync(path.join(build.outDir, target!, 'index.html')), target);
      assert.ok(readPage(build.outDir, target!).getElementById(anchor!), `${target}#${anchor}`);
      return [`${rowHref} ${columns[index]}`];
    });
  });
}

test('the action-field matrix marks exactly the action fields each initiative and network names, every mark a working link', () => {
  for (const [index, collection] of (['initiatives', 'networks'] as const).entries()) {
    const expected = base.graph.entries
      .filter((entry) => entry.collection === collection)
      .flatMap((entry) =>
        base.graph
          .outgoing(entry.slug)
          .filter((edge) => edge.relation.field === 'actionFields')
          .map((edge) => `${pagePath(entry)} /handlungsfelder/${edge.to}/`),
      );
    assert.deepEqual(markedCells('/matrix/', index).sort(), expected.sort(), collection);
  }
});

test('the membership table marks exactly the actors each network lists as members', () => {
  const expected = base.graph.entries
    .filter((entry) => entry.collection === 'networks')
    .flatMap((entry) =>
      base.graph
        .outgoing(entry.slug)
        .filter(
          (edge) =>
            edge.relation.field === 'members' && base.graph.get(edge.to)!.collection === 'actors',
        )
        .map((edge) => `/akteure/${edge.to}/ ${pagePath(entry)}`),
    );
  assert.deepEqual(markedCells('/mitgliedschaften/').sort(), expected.sort());
  const start = readPage(build.outDir, '/')
    .querySelectorAll('a')
    .map((link) => link.getAttribute('href'));
  assert.ok(start.includes('/matrix/') && start.includes('/mitgliedschaften/'));
});

test('the footer names the span of the statements apart from the date the page was edited', () => {
  for (const entry of base.entries.filter(
    (item) => item.collection === 'networks' || item.collection === 'press-releases',
  )) {
    const footer = readPage(build.outDir, pagePath(entry)).querySelector('.entry__footer')!;
    const data = entry.data as { sources?: { date?: string }[]; facts?: { asOf?: string }[] };
    const cited = [
      ...(data.sources ?? []).map((source) => source.date),
      ...(data.facts ?? []).map((fact) => fact.asOf),
    ]
      .filter((date): date is string => Boolean(date))
      .sort();
    const terms = footer.querySelectorAll('dt').map((term) => term.text);
    const times = footer.querySelectorAll('dd time').map((time) => time.getAttribute('datetime'));
    if (cited.length) {
      // The span from the oldest to the newest date cited, never the newest alone.
      const [first, last] = [cited[0]!.slice(0, 4), cited.at(-1)!.slice(0, 4)];
      assert.equal(terms[0], 'Zeit der Angaben', entry.slug);
      const span = footer.querySelector('dd')!.text;
      if (first === last)
        assert.match(span, new RegExp(`^Angaben (aus|von) (.* )?${first}`), entry.slug);
      else assert.match(span, new RegExp(`^Angaben aus ${first} bis ${last}`), entry.slug);
    }
    if (entry.updated) {
      assert.ok(terms.includes('Seite zuletzt bearbeitet'), entry.slug);
      assert.equal(times.at(-1), entry.updated, entry.slug);
    }
  }
});
