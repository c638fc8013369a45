import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { axeInLightAndDark } from '../helpers/axe-colour-schemes.ts';
import { parseHeadersFile, rulesFor } from '../helpers/headers-file.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/**
 * Search in real Chromium against a real Pagefind index of tests/fixtures/search/: 17 entries
 * (4 actors, 3 networks, 4 action fields, one of them `.mdx`, 3 initiatives, 3 press releases).
 * Every expected
 * URL and count below is read off the fixture files by hand.
 */
let server: StaticServer;
let browser: Browser;
let outDir: string;

before(async () => {
  const build = await sharedBuild('tests/fixtures/search');
  assert.equal(build.exitCode, 0, build.output);
  outDir = build.outDir;
  server = await serveDirectory(outDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  /** Every URL the page requested, as paths. */
  requests: { path: string; type: string }[];
  close: () => Promise<void>;
}

async function open(pagePath: string, options: { javaScript?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: Opened['requests'] = [];
  page.on(
    'console',
    (message) =>
      (message.type() === 'error' || message.type() === 'warning') && errors.push(message.text()),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) =>
    requests.push({ path: new URL(request.url()).pathname, type: request.resourceType() }),
  );
  await page.goto(server.origin + pagePath);
  return { page, errors, requests, close: () => context.close() };
}

/** Waits until the search page has rendered the results for the state in its URL. */
async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#search-app')?.getAttribute('data-search-state') === 'done',
  );
}

async function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('.search-result__title a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await rendered(page);
  return resultPaths(page);
}

/** Facet counts arrive after the results (from Pagefind's worker); waits for them. */
async function facetCounts(page: Page, facet: string): Promise<Record<string, string>> {
  // The filters are folded until the reader opens them (or a filter is in the URL).
  if (
    !(await page.evaluate(
      () => document.querySelector<HTMLDetailsElement>('#search-filters')!.open,
    ))
  )
    await page.click('#search-filters summary');
  await page.waitForFunction(
    () => document.querySelector('#search-app')?.getAttribute('data-facets-state') === 'done',
  );
  return page.$$eval(`#search-facets input[name="${facet}"]`, (inputs) =>
    Object.fromEntries(
      inputs.map((input) => [
        (input as HTMLInputElement).value,
        input.parentElement?.querySelector('.search-facet__count')?.textContent ?? '',
      ]),
    ),
  );
}

test('the index holds every entry page and nothing else', () => {
  const entry = JSON.parse(
    readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.deepEqual(Object.keys(entry.languages), ['de']);
  assert.equal(
    entry.languages['de']!.page_count,
    17,
    'the search index must list the 17 entries of the fixture',
  );
});

test('a word only in a paragraph of an .mdx entry finds that entry', async () => {
  // „Figurentheater“ is in no title, summary or heading: only in a paragraph of
  // action-fields/kultur.mdx.
  const { page, errors, close } = await open('/suche/?q=Figurentheater');
  await rendered(page);
  assert.deepEqual(await resultPaths(page), ['/handlungsfelder/kultur/']);
  assert.deepEqual(errors, []);
  await close();
});

test('German matching: each query finds its entry among the first three results', async () => {
  // [rule, query, expected URL, within the first n results]
  const cases: [rule: string, query: string, expected: string, within?: number][] = [
    ['umlaut as written', 'Göttingen', '/akteure/stadt-goettingen/'],
    ['umlaut without dots', 'Gottingen', '/akteure/stadt-goettingen/'],
    ['umlaut transliterated', 'Goettingen', '/akteure/stadt-goettingen/'],
    ['transliterated part of a compound', 'neutralitaet', '/handlungsfelder/klimaneutralitaet/'],
    ['last part of a compound', 'neutralität', '/handlungsfelder/klimaneutralitaet/'],
    ['middle part of a compound', 'verkehr', '/initiativen/radverkehrskonzept-goettingen/'],
    // A press release uses „EWH“ more often; the entry that defines it must still come first.
    [
      'abbreviation defined in the body',
      'EWH',
      '/netzwerke/erweiterter-wirtschaftsraum-hannover/',
      1,
    ],
    ['abbreviation in the title', 'UAN', '/netzwerke/uan/'],
    ['abbreviation of the UN goals', 'SDG', '/handlungsfelder/nachhaltige-entwicklung/'],
    [
      'plural query, singular entry',
      'Radverkehrskonzepte',
      '/initiativen/radverkehrskonzept-goettingen/',
    ],
    ['singular query, plural in the entry', 'Zentrum', '/initiativen/stadtteilzentren-hannover/'],
    ['plural query, singular in the entry', 'Universitätsstädte', '/akteure/stadt-goettingen/'],
  ];
  const { page, errors, close } = await open('/suche/');
  for (const [rule, query, expected, within = 3] of cases) {
    const paths = await search(page, query);
    assert.ok(
      paths.slice(0, within).includes(expected),
      `${rule}: „${query}“ should find ${expected} in the first ${within}, got ${JSON.stringify(paths)}`,
    );
  }
  assert.deepEqual(errors, []);
  await close();
});

test('ranking: titles before mentions, names that start with the query before others, summaries before passing mentions', async () => {
  const { page, errors, close } = await open('/suche/');
  // Three entries carry „Hannover“ in their titles; „Lebendige Stadtteilzentren“ only mentions it.
  const hannover = await search(page, 'Hannover');
  assert.deepEqual(
    hannover.slice(0, 3).sort(),
    [
      '/akteure/region-hannover/',
      '/initiativen/klimaschutzprogramm-region/',
      '/netzwerke/erweiterter-wirtschaftsraum-hannover/',
    ],
    JSON.stringify(hannover),
  );
  assert.ok(hannover.includes('/initiativen/stadtteilzentren-hannover/'), JSON.stringify(hannover));
  // Both titles hold the word; the initiative's name starts with it, the press release's headline
  // does not.
  assert.equal(
    (await search(page, 'Radverkehrskonzept'))[0],
    '/initiativen/radverkehrskonzept-goettingen/',
  );
  // „Umland“ is in the initiative's summary and only in the body of the Landkreis Göttingen.
  const umland = await search(page, 'Umland');
  assert.deepEqual(umland, [
    '/initiativen/radverkehrskonzept-goettingen/',
    '/akteure/landkreis-goettingen/',
  ]);
  assert.deepEqual(errors, []);
  await close();
});

test('excerpts read as sentences: no labels, footnote markers or source lists', async () => {
  const { page, errors, close } = await open('/suche/');
  for (const query of [
    'Göttingen',
    'Hannover',
    'Netzwerk',
    'Landkreise',
    'Kommunen',
    'Radverkehr',
  ]) {
    await search(page, query);
    const excerpts = await page.$$eval('.search-result__excerpt', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    assert.ok(excerpts.length > 0, query);
    for (const excerpt of excerpts)
      assert.doesNotMatch(
        excerpt,
        /\[\d+\]|Quellen|Kennzahlen|Beziehungen|\bArt\b|\bStand\b/,
        `${query}: ${excerpt}`,
      );
  }
  assert.deepEqual(errors, []);
  await close();
});

/** Text of each result's excerpt and matching sections, for the result linking to `entry`. */
async function excerptsOf(page: Page, entry: string) {
  const result = page.locator('.search-result', { has: page.locator(`h3 a[href="${entry}"]`) });
  return {
    excerpt: await result.locator('.search-result__excerpt').allTextContents(),
    sections: await result.locator('.search-result__sections li').allTextContents(),
  };
}

test('excerpts: a section shows its text without repeating its heading, no excerpt runs across a heading, table rows read as rows', async () => {
  // The EWH network's body: a paragraph, „## Arbeitsweise“ with one paragraph, „## Runden“ with a
  // table (Jahr, Gastgeber, Teilnehmende; 2022 Schaumburg 40, 2023 Nienburg 55) and
  // „## Schwerpunkte“ with a list (Breitbandausbau, Fachkräftesicherung).
  const ewh = '/netzwerke/erweiterter-wirtschaftsraum-hannover/';
  const rows =
    'Jahr: 2022; Gastgeber: Schaumburg; Teilnehmende: 40. Jahr: 2023; Gastgeber: Nienburg; Teilnehmende: 55.';
  const { page, errors, close } = await open('/suche/');
  assert.deepEqual(await search(page, 'Schaumburg'), [ewh]);
  assert.deepEqual(await excerptsOf(page, ewh), {
    excerpt: [rows],
    sections: [`Runden: ${rows}`],
  });
  await search(page, 'Breitbandausbau');
  assert.deepEqual(await excerptsOf(page, ewh), {
    excerpt: ['Breitbandausbau. Fachkräftesicherung.'],
    sections: ['Schwerpunkte: Breitbandausbau. Fachkräftesicherung.'],
  });
  // A hit in a heading alone: the section is listed with its text; no excerpt repeats the heading.
  await search(page, 'Schwerpunkte');
  assert.deepEqual(await excerptsOf(page, ewh), {
    excerpt: [],
    sections: ['Schwerpunkte: Breitbandausbau. Fachkräftesicherung.'],
  });
  // The hit follows a heading: the excerpt starts with the section's first sentence.
  await search(page, 'Netzwerktreffen');
  const { excerpt, sections } = await excerptsOf(page, ewh);
  assert.equal(
    excerpt[0],
    'Bei den Netzwerktreffen tauschen die Beteiligten Informationen, Vorgehensweisen und Fachwissen aus.',
  );
  assert.equal(sections[0], `Arbeitsweise: ${excerpt[0]}`);
  // Every excerpt and section of a broad query: no heading of the entry inside its text.
  for (const query of ['Hannover', 'Netzwerk', 'Jahr', '2023']) {
    await search(page, query);
    const shown = await excerptsOf(page, ewh);
    for (const text of [
      ...shown.excerpt,
      ...shown.sections.map((line) => line.replace(/^[^:]+: /, '')),
    ])
      assert.doesNotMatch(text, /Arbeitsweise|Runden|Schwerpunkte/, `${query}: ${text}`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('a filter group with one value is not shown, unless that value is chosen', async () => {
  const { page, errors, close } = await open('/suche/');
  // The four Göttingen entries: three kinds, two areas, two source publishers (see above), two
  // action fields (the initiative's Mobilität and Klimaneutralität, the press release's
  // Mobilität); one initiative („Stand“: laufend) and one press release („Jahr“: 2023).
  assert.equal((await search(page, 'Göttingen')).length, 4);
  await facetCounts(page, 'art');
  const legends = () => page.locator('#search-facets legend').allTextContents();
  assert.deepEqual(await legends(), ['Art', 'Handlungsfeld', 'Gebiet', 'Quelle']);
  // Chosen, the one value stays, so the reader can take the choice back.
  await page.goto(`${server.origin}/suche/?q=G%C3%B6ttingen&stand=laufend`);
  await rendered(page);
  await facetCounts(page, 'stand');
  assert.ok((await legends()).includes('Stand'), JSON.stringify(await legends()));
  // One result: nothing to filter, and the panel says so.
  await page.goto(`${server.origin}/suche/?q=Schaumburg`);
  await rendered(page);
  await facetCounts(page, 'art');
  assert.deepEqual(await legends(), []);
  assert.equal(
    await page.textContent('#search-facets'),
    'Die Treffer unterscheiden sich in keinem Filter.',
  );
  assert.deepEqual(errors, []);
  await close();
});

test('sources are a filter, not body text: a word only in a source title finds nothing, its publisher filters', async () => {
  const { page, errors, close } = await open('/suche/');
  // „Beschluss des Rates zum Radverkehr“ is only the title of the initiative's source.
  assert.deepEqual(await search(page, 'Beschluss'), []);
  assert.equal((await search(page, 'Göttingen')).length, 4);
  // Of the four Göttingen entries, two have sources: one published by the city, one without
  // publisher (named by its title).
  assert.deepEqual(await facetCounts(page, 'quelle'), {
    'Stadt Göttingen': '(1)',
    'Beschluss des Rates zum Radverkehr': '(1)',
  });
  await page.goto(`${server.origin}/suche/?quelle=UAN`);
  await rendered(page);
  assert.deepEqual(await resultPaths(page), ['/presse/uan-vernetzungstreffen-2024/']);
  assert.deepEqual(errors, []);
  await close();
});

test('compound parts that no hand list knew, loanwords among them, find their entry', async () => {
  // Words in the fixture's bodies; their parts come from the lexicon
  // (src/search/german-lexicon.ts).
  const cases: [query: string, expected: string][] = [
    ['Workshop', '/netzwerke/buendnis-verkehrswende/'], // „Zukunftsworkshop“
    ['Festival', '/presse/uan-vernetzungstreffen-2024/'], // „Kulturfestival“
    ['Meisterinnen', '/initiativen/klimaschutzprogramm-region/'], // „Hausmeisterinnen“
  ];
  const { page, errors, close } = await open('/suche/');
  for (const [query, expected] of cases)
    assert.deepEqual(await search(page, query), [expected], query);
  assert.deepEqual(errors, []);
  await close();
});

test('navigation, breadcrumbs, footers and edit links are not in the index', async () => {
  const { page, errors, close } = await open('/suche/');
  for (const query of [
    'bearbeiten',
    'Brotkrumen',
    'Hauptnavigation',
    'aktualisiert',
    'Kooperationsatlas',
    'belegte',
  ]) {
    assert.deepEqual(await search(page, query), [], query);
    assert.equal(await page.textContent('#search-status'), `Keine Treffer für „${query}“.`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('a result shows kind, title, summary, a highlighted excerpt and links to the entry', async () => {
  const { page, errors, close } = await open('/suche/?q=Klimaschutzprogramm');
  await rendered(page);
  const first = page.locator('.search-result').first();
  assert.equal(
    await first.locator('.search-result__kind').textContent(),
    'Initiative · abgeschlossen · 2015 – 2020',
  );
  assert.equal(
    await first.locator('.search-result__title a').textContent(),
    'Klimaschutzprogramm der Region Hannover',
  );
  assert.equal(
    await first.locator('.search-result__title a').getAttribute('href'),
    '/initiativen/klimaschutzprogramm-region/',
  );
  assert.equal(
    await first.locator('.search-result__summary').textContent(),
    'Abgeschlossenes Förderprogramm für Energiesparen in Schulen und Rathäusern.',
  );
  // The hit is only in title and summary: Pagefind's excerpt, highlighted.
  assert.equal(
    await first.locator('.search-result__excerpt mark').first().textContent(),
    'Klimaschutzprogramm',
  );
  // A hit in the body: the excerpt shows it in context instead of repeating title and summary.
  await page.goto(`${server.origin}/suche/?q=Energieverbrauch`);
  await rendered(page);
  const excerpt = page.locator('.search-result').first().locator('.search-result__excerpt');
  assert.equal(await excerpt.locator('mark').textContent(), 'Energieverbrauch');
  const text = (await excerpt.textContent()) ?? '';
  assert.ok(
    text.includes('saniert und so den Energieverbrauch gesenkt.') &&
      !text.includes('Förderprogramm'),
    text,
  );
  await page.goto(`${server.origin}/suche/?q=Netzwerktreffen`);
  await rendered(page);
  const network = page.locator('.search-result', {
    has: page.locator('a[href="/netzwerke/erweiterter-wirtschaftsraum-hannover/"]'),
  });
  assert.equal(
    await network.locator('.search-result__sections a').first().getAttribute('href'),
    '/netzwerke/erweiterter-wirtschaftsraum-hannover/#arbeitsweise',
  );
  assert.deepEqual(errors, []);
  await close();
});

test('a facet narrows the results, and every facet shows correct counts', async () => {
  const { page, errors, close } = await open('/suche/');
  assert.equal((await search(page, 'Göttingen')).length, 4);
  assert.equal(await page.textContent('#search-status'), '4 Treffer für „Göttingen“.');
  assert.deepEqual(await facetCounts(page, 'art'), {
    Initiative: '(1)',
    Akteur: '(2)',
    Pressemitteilung: '(1)',
  });
  assert.deepEqual(await facetCounts(page, 'gebiet'), {
    'Stadt Göttingen': '(3)',
    'Landkreis Göttingen': '(1)',
  });

  await page.check('#search-facets input[name="art"][value="Akteur"]');
  await rendered(page);
  assert.deepEqual((await resultPaths(page)).sort(), [
    '/akteure/landkreis-goettingen/',
    '/akteure/stadt-goettingen/',
  ]);
  assert.equal(
    await page.textContent('#search-status'),
    '2 Treffer für „Göttingen“ (gefiltert nach Art: Akteur).',
  );
  assert.equal(new URL(page.url()).search, '?q=G%C3%B6ttingen&art=Akteur');
  // The chosen facet keeps counting its other values, so the reader can widen the choice.
  assert.deepEqual(await facetCounts(page, 'art'), {
    Initiative: '(1)',
    Akteur: '(2)',
    Pressemitteilung: '(1)',
  });
  assert.deepEqual(await facetCounts(page, 'gebiet'), {
    'Landkreis Göttingen': '(1)',
    'Stadt Göttingen': '(1)',
  });

  await page.check('#search-facets input[name="art"][value="Initiative"]');
  await rendered(page);
  assert.equal((await resultPaths(page)).length, 3);
  assert.equal(
    await page.textContent('#search-status'),
    '3 Treffer für „Göttingen“ (gefiltert nach Art: Akteur oder Initiative).',
  );
  assert.deepEqual(errors, []);
  await close();
});

test('the first screen loads five results and their fragments only; „Weitere Treffer zeigen“ adds the rest and moves focus to the first new one', async () => {
  // 4 actors and 4 action fields in the fixture: 8 results.
  const { page, errors, requests, close } = await open('/suche/?art=Akteur&art=Handlungsfeld');
  await rendered(page);
  const fragments = () => requests.filter((request) => request.path.includes('/fragment/')).length;
  assert.equal(
    await page.textContent('#search-status'),
    '8 Treffer (gefiltert nach Art: Akteur oder Handlungsfeld).',
  );
  const first = await resultPaths(page);
  assert.equal(first.length, 5);
  assert.equal(fragments(), 5);
  assert.ok(await page.isVisible('#search-more'));

  await page.click('#search-more');
  await page.waitForFunction(
    () => document.querySelectorAll('.search-result__title a').length === 8,
  );
  const all = await resultPaths(page);
  assert.deepEqual(all.slice(0, 5), first);
  assert.equal(new Set(all).size, 8);
  assert.equal(fragments(), 8);
  assert.ok(await page.isHidden('#search-more'));
  assert.equal(
    await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname),
    all[5],
  );
  assert.deepEqual(errors, []);
  await close();
});

test('a deep link reproduces the search, also after a reload', async () => {
  const interactive = await open('/suche/');
  await search(interactive.page, 'verkehr');
  await interactive.page.click('#search-filters summary');
  await interactive.page.check('#search-facets input[name="art"][value="Initiative"]');
  await rendered(interactive.page);
  const shared = interactive.page.url();
  assert.equal(new URL(shared).search, '?q=verkehr&art=Initiative');
  const expected = await resultPaths(interactive.page);
  assert.deepEqual(expected, ['/initiativen/radverkehrskonzept-goettingen/']);

  const linked = await open(new URL(shared).pathname + new URL(shared).search);
  await rendered(linked.page);
  assert.deepEqual(await resultPaths(linked.page), expected);
  assert.equal(await linked.page.inputValue('#search-input'), 'verkehr');
  assert.ok(await linked.page.isChecked('#search-facets input[name="art"][value="Initiative"]'));
  await linked.page.reload();
  await rendered(linked.page);
  assert.deepEqual(await resultPaths(linked.page), expected);
  assert.deepEqual([...interactive.errors, ...linked.errors], []);
  await interactive.close();
  await linked.close();
});

test('press releases sort by date, newest first, and filter by year', async () => {
  const { page, errors, close } = await open('/suche/?art=Pressemitteilung&sort=datum');
  await rendered(page);
  assert.deepEqual(await resultPaths(page), [
    '/presse/uan-vernetzungstreffen-2024/',
    '/presse/goettingen-beschliesst-radverkehrskonzept/',
    '/presse/ewh-netzwerktreffen-2023/',
  ]);
  assert.deepEqual(await facetCounts(page, 'jahr'), { '2024': '(1)', '2023': '(2)' });
  assert.equal(
    await page.locator('.search-result time').first().getAttribute('datetime'),
    '2024-02-20',
  );
  await page.check('#search-facets input[name="jahr"][value="2023"]');
  await rendered(page);
  assert.deepEqual(await resultPaths(page), [
    '/presse/goettingen-beschliesst-radverkehrskonzept/',
    '/presse/ewh-netzwerktreffen-2023/',
  ]);
  assert.deepEqual(errors, []);
  await close();
});

test('keyboard: / and Ctrl+K focus the search, arrows walk the results, Enter opens one', async () => {
  const { page, errors, close } = await open('/suche/');
  const active = () =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href'));
  await page.keyboard.press('/');
  assert.equal(await active(), 'search-input');
  await page.keyboard.type('Göttingen');
  await page.keyboard.press('Enter');
  await rendered(page);
  const paths = await resultPaths(page);
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), paths[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), paths[1]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(), paths[0]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(), 'search-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+k');
  assert.equal(await active(), 'search-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(`${server.origin}${paths[1]}`), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('h1').textContent(), (await page.title()).split(' – ')[0]);
  assert.deepEqual(errors, []);
  await close();
});

test('at 320 px the result page does not scroll sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/suche/?q=Hannover&art=Initiative`);
  await rendered(page);
  // A filter in the URL opens the filters, so their counts are fetched with the results.
  assert.ok(
    await page.evaluate(() => document.querySelector<HTMLDetailsElement>('#search-filters')!.open),
  );
  assert.deepEqual(await facetCounts(page, 'stand'), { geplant: '(1)', abgeschlossen: '(1)' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  await context.close();
});

test('result counts are announced in a live region, and the result page passes axe in light and dark mode', async () => {
  const { page, errors, close } = await open('/suche/?q=Hannover');
  await rendered(page);
  const status = page.locator('#search-status');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.match((await status.textContent()) ?? '', /^\d+ Treffer für „Hannover“\.$/);
  await facetCounts(page, 'art');
  assert.deepEqual(await axeInLightAndDark(page), { light: [], dark: [] });
  assert.deepEqual(errors, []);
  await close();
});

test('an entry page loads no JavaScript, and search terms (which live only in the index) are neither shown nor read out', async () => {
  const { page, errors, requests, close } = await open(
    '/initiativen/radverkehrskonzept-goettingen/',
  );
  // JSON-LD blocks are data, never run; any other script element would be JavaScript.
  assert.equal(await page.locator('script:not([type="application/ld+json"])').count(), 0);
  assert.deepEqual(
    requests.filter(
      (request) => request.type === 'script' || request.path.startsWith('/pagefind/'),
    ),
    [],
  );
  assert.equal(await page.locator('[data-pagefind-meta], [data-pagefind-filter]').count(), 0);
  const spoken = await page.locator('main').ariaSnapshot();
  assert.ok(!spoken.includes('verkehrskonzept verkehr'), spoken);
  assert.ok(!(await page.locator('main').innerText()).includes('verkehrskonzept verkehr'));
  assert.deepEqual(errors, []);
  await close();
});

test("the search page preloads Pagefind's script and WebAssembly, fetches its index only when the reader searches, and only via external scripts", async () => {
  const { page, errors, requests, close } = await open('/suche/');
  assert.equal(
    await page.locator('script:not([src])').count(),
    0,
    'no inline script (ready for a strict CSP)',
  );
  await page.waitForLoadState('networkidle');
  const pagefindFiles = () =>
    requests
      .filter((request) => request.path.startsWith('/pagefind/'))
      .map((request) => request.path);
  assert.deepEqual([...new Set(pagefindFiles())].sort(), [
    '/pagefind/pagefind.js',
    '/pagefind/wasm.de.pagefind',
  ]);
  await search(page, 'Göttingen');
  const fetched = pagefindFiles();
  assert.ok(fetched.some((file) => file.startsWith('/pagefind/index/')));
  console.log(JSON.stringify(fetched));
  // The preloads were used, not fetched a second time by the results engine.
  assert.equal(
    fetched.filter((file) => file === '/pagefind/pagefind.js').length,
    1,
    fetched.join(', '),
  );
  assert.ok(
    !fetched.some((file) => /pagefind-(component-)?ui|modular-ui|highlight/.test(file)),
    fetched.join(', '),
  );
  assert.deepEqual(errors, []);
  await close();
});

test("a returning reader keeps Pagefind's hashed files: the same search again fetches none of them, while pages and fixed names are asked for again", async () => {
  const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
  const asked: string[] = [];
  // A host that applies _headers per path, as Netlify and Cloudflare Pages do.
  const host = await serveDirectory(outDir, (urlPath) => {
    asked.push(urlPath);
    const headers: Record<string, string> = {};
    for (const [, rule] of rulesFor(rules, urlPath)) Object.assign(headers, rule);
    return headers;
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const hashed = (paths: string[]) =>
    paths.filter((file) =>
      /^\/pagefind\/(index|fragment|filter)\/|\.pf_meta$|^\/_astro\//.test(file),
    );
  await page.goto(`${host.origin}/suche/?q=G%C3%B6ttingen`);
  await rendered(page);
  const first = hashed(asked);
  assert.ok(
    first.some((file) => file.startsWith('/pagefind/fragment/')),
    first.join(', '),
  );
  asked.length = 0;
  await page.goto(`${host.origin}/suche/?q=G%C3%B6ttingen`);
  await rendered(page);
  assert.deepEqual(hashed(asked), []);
  for (const file of ['/suche/', '/pagefind/pagefind.js', '/pagefind/wasm.de.pagefind'])
    assert.ok(asked.includes(file), `${file} revalidated: ${asked.join(', ')}`);
  await context.close();
  await host.close();
});

test('without JavaScript the search page says where the query went and offers the index pages and the data tables', async () => {
  const { page, close } = await open('/suche/?q=Göttingen', { javaScript: false });
  const notice = (await page.locator('noscript').textContent()) ?? '';
  assert.match(notice, /braucht JavaScript/);
  assert.match(notice, /Adresszeile/);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'Göttingen');
  assert.equal(await page.locator('#search-app').isVisible(), false);
  const linksOf = (name: string) =>
    page
      .getByRole('region', { name })
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  assert.deepEqual(await linksOf('Alle Einträge nach Art'), [
    '/initiativen/',
    '/netzwerke/',
    '/handlungsfelder/',
    '/akteure/',
    '/presse/',
  ]);
  assert.deepEqual(await linksOf('Alle Einträge als Tabelle'), [
    '/daten/initiativen.xlsx',
    '/daten/netzwerke.xlsx',
    '/daten/handlungsfelder.xlsx',
    '/daten/akteure.xlsx',
    '/daten/presse.xlsx',
    '/daten/',
  ]);
  // The tables are there to download.
  for (const file of ['initiativen', 'presse']) {
    const response = await page.request.get(`${server.origin}/daten/${file}.csv`);
    assert.equal(response.status(), 200, file);
  }
  await close();
});
