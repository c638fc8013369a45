import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderBody } from '../../src/markdown/render.ts';

const FILE = '/repo/content/initiatives/radweg.md';

test('one render yields the HTML, the links with their lines and the heading ids', () => {
  const body =
    'Text mit [UAN](../networks/uan.md).\n\n## Ziele und Wege\n\n## Ziele und Wege\n\n[x]: ../actors/a.md\n';
  const rendered = renderBody(body, FILE, 'md');
  assert.deepEqual(rendered.links, [
    { url: '../networks/uan.md', line: 1 },
    { url: '../actors/a.md', line: 7 },
  ]);
  assert.deepEqual(
    rendered.headings.map((heading) => heading.id),
    ['ziele-und-wege', 'ziele-und-wege-1'],
  );
  assert.match(rendered.html ?? '', /<a href="\/netzwerke\/uan\/">UAN<\/a>/);
  assert.match(rendered.html ?? '', /<h2 id="ziele-und-wege-1">/);
});

test('a heading with „--“ gets the id of its rendered text (smart dashes), the id on the page', () => {
  const rendered = renderBody('## Ziele -- Wege\n', FILE, 'md');
  // „--“ is set as an en dash, which the slugger drops: two hyphens from the two spaces.
  assert.deepEqual(rendered.headings, [{ depth: 2, id: 'ziele--wege', text: 'Ziele – Wege' }]);
  assert.match(rendered.html ?? '', /<h2 id="ziele--wege">Ziele – Wege<\/h2>/);
});

test('umlauts stay in ids, and an id the author wrote in HTML is kept as the sanitiser prefixes it', () => {
  const rendered = renderBody(
    '## Größe & Übersicht\n\n<h2 id="ziele">Eigene Ziele</h2>\n\n## Eigene Ziele\n',
    FILE,
    'md',
  );
  assert.deepEqual(rendered.headings, [
    { depth: 2, id: 'größe--übersicht', text: 'Größe & Übersicht' },
    { depth: 2, id: 'user-content-ziele', text: 'Eigene Ziele' },
    { depth: 2, id: 'eigene-ziele', text: 'Eigene Ziele' },
  ]);
  assert.match(rendered.html ?? '', /<h2 id="user-content-ziele">Eigene Ziele<\/h2>/);
});

test('the text for search is what a reader sees: blocks apart, entities decoded, no footnote markers', () => {
  const rendered = renderBody(
    'Rad*verkehr* &amp; Bus.[^1]\n\n- eins\n- zwei\n\n[^1]: Quelle: Stadt.\n',
    FILE,
    'md',
  );
  assert.equal(rendered.text, 'Radverkehr & Bus. eins. zwei.');
  // A block's end separates words as its start does, also in HTML the editor wrote.
  assert.equal(
    renderBody(
      'a&#x27;b&#39;c&nbsp;d\n\n<details><summary>Mehr</summary>Text</details>\n',
      FILE,
      'md',
    ).text,
    "a'b'c d. Mehr. Text.",
  );
});

test('attribute values never reach the text for search, not even with „>“ in them', () => {
  const rendered = renderBody(
    '[Link](https://example.org "a > b") <abbr title="x>y">ÖPNV</abbr>\n',
    FILE,
    'md',
  );
  assert.equal(rendered.text, 'Link ÖPNV.');
});

test('MDX bodies are compiled with the same plugins: heading ids as on the page, text for search as in .md', () => {
  const body =
    '## Ziele -- Wege\n\nEin Absatz über das Figurentheater.[^1]\n\n<Hinweis titel="Gut">[UAN](../networks/uan.md) hilft.</Hinweis>\n\n[^1]: Quelle.\n';
  const rendered = renderBody(body, FILE, 'mdx');
  assert.equal(rendered.html, undefined);
  assert.equal(rendered.headings[0]?.id, 'ziele--wege');
  assert.deepEqual(rendered.links, [{ url: '../networks/uan.md', line: 5 }]);
  assert.equal(rendered.text, 'Ziele – Wege. Ein Absatz über das Figurentheater. UAN hilft.');
  assert.deepEqual(rendered.searchBlocks[0], {
    heading: { depth: 2, id: 'ziele--wege' },
    text: 'Ziele – Wege',
  });
  assert.equal(rendered.text, renderBody(body.replace(/<\/?Hinweis[^>]*>/g, ''), FILE, 'md').text);
});

test('search text reads as sentences: headings apart with their page ids, list items and table rows end with a stop', () => {
  const rendered = renderBody(
    [
      'Vorweg ohne Punkt',
      '',
      '## Größe des Gebiets',
      '',
      'Zwei Angaben:',
      '',
      '| Stand | Einwohner | Quelle |',
      '|---|---|---|',
      '| 2015 | 3,8 Millionen | Vorlage des Landkreises Peine |',
      '| November 2023 | etwa 3,9 Millionen | |',
      '',
      '### Inhalt',
      '',
      '- Rund 20 Mitglieder',
      '- Wer fragt?',
      '',
    ].join('\n'),
    FILE,
    'md',
  );
  const ids = rendered.headings.map((heading) => heading.id);
  assert.deepEqual(rendered.searchBlocks, [
    { text: 'Vorweg ohne Punkt.' },
    { heading: { depth: 2, id: ids[0] }, text: 'Größe des Gebiets' },
    {
      text: 'Zwei Angaben: Stand: 2015; Einwohner: 3,8 Millionen; Quelle: Vorlage des Landkreises Peine. Stand: November 2023; Einwohner: etwa 3,9 Millionen.',
    },
    { heading: { depth: 3, id: ids[1] }, text: 'Inhalt' },
    { text: 'Rund 20 Mitglieder. Wer fragt?' },
  ]);
  assert.ok(rendered.html?.includes(`<h3 id="${ids[1]}">`));
  assert.equal(
    rendered.text,
    'Vorweg ohne Punkt. Größe des Gebiets. Zwei Angaben: Stand: 2015; Einwohner: 3,8 Millionen; Quelle: Vorlage des Landkreises Peine. Stand: November 2023; Einwohner: etwa 3,9 Millionen. Inhalt. Rund 20 Mitglieder. Wer fragt?',
  );
});
