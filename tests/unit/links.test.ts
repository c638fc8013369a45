import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { resolveLink } from '../../src/markdown/entry-links.ts';
import { checkMdxBody } from '../../src/markdown/mdx-check.ts';
import { entryUrlFor, rewriteEntryLinks, type BodyLink } from '../../src/markdown/plugins.ts';

const FROM = '/repo/content/initiatives/radweg.md';

test('relative links to entry files become page URLs', () => {
  const cases: [string, string | undefined][] = [
    ['../networks/uan.md', '/netzwerke/uan/'],
    ['../actors/region-hannover.md#ziele', '/akteure/region-hannover/#ziele'],
    ['./kommnn.md', '/initiativen/kommnn/'],
    ['../press-releases/pm.mdx', '/presse/pm/'],
    ['https://example.org/a.md', undefined],
    ['#abschnitt', undefined],
    ['../unbekannt/x.md', undefined],
  ];
  for (const [href, expected] of cases) assert.equal(entryUrlFor(href, FROM), expected, href);
});

test('one plugin rewrites entry links, for Astro (.mdx) as for the loader, which also records them with their lines', () => {
  const body =
    'Siehe [UAN](../networks/uan.md#ziele) und [Web](https://example.org).\n\n[def]: ../actors/a.md\n';
  const fileURL = pathToFileURL(FROM);
  // The plugin is synchronous, so the compiles are too.
  const { html } = markdownToHtml(body, {
    fileURL,
    mdastPlugins: [rewriteEntryLinks()],
  }) as MarkdownToHtmlResult;
  assert.match(html, /<a href="\/netzwerke\/uan\/#ziele">UAN<\/a>/);
  assert.match(
    (mdxToJs(body, { fileURL, mdastPlugins: [rewriteEntryLinks()] }) as MdxToJsResult).code,
    /"\/netzwerke\/uan\/#ziele"/,
  );
  const recorded: BodyLink[] = [];
  void markdownToHtml(body, {
    fileURL,
    mdastPlugins: [rewriteEntryLinks((link) => recorded.push(link))],
  });
  assert.deepEqual(recorded, [
    { url: '../networks/uan.md#ziele', line: 1 },
    { url: 'https://example.org', line: 1 },
    { url: '../actors/a.md', line: 3 },
  ]);
});

test('resolveLink tells external, same-page, entry and other relative links apart', () => {
  assert.deepEqual(resolveLink('mailto:info@example.org', FROM), { kind: 'external' });
  assert.deepEqual(resolveLink('#zahlen', FROM), { kind: 'same-page', fragment: 'zahlen' });
  assert.deepEqual(resolveLink('../networks/uan.md#ziele', FROM), {
    kind: 'entry',
    folder: 'networks',
    fileName: 'uan.md',
    absolutePath: '/repo/content/networks/uan.md',
    fragment: 'ziele',
  });
  assert.deepEqual(resolveLink('../bild.png', FROM), {
    kind: 'other-relative',
    absolutePath: '/repo/content/bild.png',
  });
});

test('checkMdxBody finds code in MDX: import/export and expressions', () => {
  assert.deepEqual(
    checkMdxBody(
      "import X from './x.js'\n\nSumme: {1 + 1}\n\n<Hinweis titel={evil()}>x</Hinweis>\n",
    ).code,
    [
      { kind: 'import/export', line: 1 },
      { kind: 'expression', line: 3 },
      { kind: 'expression', line: 5 },
    ],
  );
  assert.deepEqual(checkMdxBody('<Hinweis titel="Gut">Text</Hinweis>\n'), {
    code: [],
    elements: [],
  });
});
