import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { KnowledgeBaseError, type Problem } from '../../src/vocabulary/errors.ts';

/**
 * What a pull request's files may try, each answered with a problem naming file, line and
 * code: nothing crashes, nothing reaches a compiler unchecked, all problems come at once.
 * The red team's probes on the editors' contract, one per break.
 */
const HEAD = 'status: active\nleads: [stadt]\nactionFields: [klima]\n';

function knowledgeBase(files: Record<string, string>): { root: string; content: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  const content = path.join(root, 'content');
  for (const folder of ['actors', 'action-fields', 'initiatives'])
    mkdirSync(path.join(content, folder), { recursive: true });
  writeFileSync(
    path.join(content, 'actors/stadt.md'),
    '---\ntitle: Stadt\nsummary: Eine Stadt.\nkind: municipality\n---\n',
  );
  writeFileSync(
    path.join(content, 'action-fields/klima.md'),
    '---\ntitle: Klima\nsummary: Ein Feld.\n---\n## Ziele\n',
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(content, file), text);
  return { root, content };
}

function problems(files: Record<string, string>): Problem[] {
  const { root, content } = knowledgeBase(files);
  try {
    loadKnowledgeBase(root, content);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return [...error.problems];
    throw error;
  }
  return [];
}

const where = (list: Problem[]) =>
  list.map(
    (problem) =>
      `${problem.code} ${problem.file}:${problem.line ?? '-'}${problem.field ? ` ${problem.field}` : ''}`,
  );

test('a YAML document marker cannot end the frontmatter early: what follows is YAML, refused, never compiled', () => {
  const found = problems({
    'initiatives/marker.mdx': `---\ntitle: Marker\nsummary: S.\n${HEAD}--- #\n<Hinweis titel={process.env.HOME}>x</Hinweis>\n---\nText\n`,
  });
  assert.deepEqual(
    found.map((problem) => problem.code),
    ['yaml-syntax'],
  );
  assert.equal(found[0]!.file, 'content/initiatives/marker.mdx');
});

test('a line separator before the fence, a layout key and a hidden component are each refused', () => {
  const found = problems({
    'initiatives/separator.mdx': `---\ntitle: Trenner\u2028---\nsummary: S.\n${HEAD}layout: ../.komponente.astro\n---\nText\n`,
    '.komponente.astro': '---\nconsole.log("läuft")\n---\n',
  });
  assert.deepEqual(where(found), [
    'unsafe-file content/.komponente.astro:-',
    'invalid-value content/initiatives/separator.mdx:2 title',
    'unknown-field content/initiatives/separator.mdx:7 layout',
  ]);
});

test('control characters written as YAML escapes, direction overrides and invisible titles are refused', () => {
  const found = problems({
    'initiatives/glocke.md': `---\ntitle: "Glocke\\x07"\nsummary: S.\n${HEAD}---\n`,
    'initiatives/rtl.md': `---\ntitle: "Radweg \\u202Eetsiw"\nsummary: S.\n${HEAD}---\n`,
    'initiatives/leer.md': `---\ntitle: "\\u200B\\u200B"\nsummary: S.\n${HEAD}---\n`,
  });
  assert.deepEqual(where(found), [
    'invalid-value content/initiatives/glocke.md:2 title',
    'invalid-value content/initiatives/leer.md:2 title',
    'invalid-value content/initiatives/rtl.md:2 title',
  ]);
});

test('a malformed percent escape and an MDX syntax error are messages with their lines, reported with everything else', () => {
  const found = problems({
    'initiatives/rabatt.md': `---\ntitle: Rabatt\nsummary: S.\n${HEAD}---\nText\n\n[Rabatt 100 %](100%-rabatt)\n`,
    'initiatives/kommentar.mdx': `---\ntitle: Kommentar\nsummary: S.\n${HEAD}---\nText\n\n<!-- Notiz -->\n`,
    'initiatives/fremd.md': `---\ntitle: Fremd\nsummary: S.\n${HEAD}---\n![Logo](https://example.org/logo.png)\n`,
  });
  assert.deepEqual(where(found), [
    'external-image content/initiatives/fremd.md:8',
    'mdx-syntax content/initiatives/kommentar.mdx:10',
    'broken-link content/initiatives/rabatt.md:10',
  ]);
  assert.match(found[1]!.expected, /^HTML-Kommentare \(<!-- … -->\) gehen in \.mdx nicht\./);
  assert.match(found[2]!.expected, /„%25“/);
});

test('100,000 links in one body and a frontmatter of a megabyte are checked in seconds', () => {
  const links = Array.from(
    { length: 100_000 },
    (_, index) => `[${index}](../action-fields/klima.md#ziele)`,
  ).join(' ');
  const summary = `${'Ein langer Satz. '.repeat(60_000)}`;
  const started = performance.now();
  const found = problems({
    'initiatives/links.md': `---\ntitle: Links\nsummary: S.\n${HEAD}---\n${links}\n`,
    'initiatives/gross.md': `---\ntitle: Groß\nsummary: "${summary}"\n${HEAD}---\n`,
  });
  const seconds = (performance.now() - started) / 1000;
  assert.deepEqual(where(found), ['invalid-value content/initiatives/gross.md:3 summary']);
  assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
});
