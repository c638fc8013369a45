import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildSite, type BuildResult } from '../../scripts/shared/build-site.ts';

let build: BuildResult;
before(async () => {
  build = await buildSite('tests/fixtures/bad');
});

/** `code file field` per reported problem, from the build output's `[code] file:line:column › field:` lines. */
function reported(output: string): string[] {
  const problems = [...output.matchAll(/^\s+\[([a-z-]+)\] (\S+?)(?::\d+){0,2}(?: › (\S+?))?:/gm)];
  return problems.map(([, code, file, field]) => `${code} ${file!.replace('tests/fixtures/bad/', '')} ${field ?? '-'}`).sort();
}

test('a knowledge base with every kind of mistake fails the build', () => {
  assert.notEqual(build.exitCode, 0);
  assert.match(build.output, /Die Wissensbasis enthält 26 Probleme/);
});

test('each mistake is reported once, with file, field and error code, all in one build', () => {
  assert.deepEqual(reported(build.output), [
    'alias-collision actors/mit-alias.md aliases[0]',
    'broken-anchor action-fields/mobil.md -',
    'broken-link action-fields/mobil.md -',
    'duplicate-slug actors/doppelt.md -',
    'duplicate-slug networks/doppelt.md -',
    'invalid-date initiatives/datum.md ended',
    'invalid-date initiatives/datum.md started',
    'invalid-date press-releases/pm.md date',
    'invalid-filename actors/Foo.MD -',
    'invalid-filename actors/NW-C.md -',
    'invalid-value actors/falsche-art.md kind',
    'invalid-value actors/falsche-art.md website',
    'invalid-value actors/zu-lang.md summary',
    'invalid-value initiatives/laufend.md status',
    'invalid-value press-releases/pm.md sources[0].url',
    'mdx-code initiatives/code.mdx -',
    'mdx-code initiatives/code.mdx -',
    'missing-field actors/ohne-titel.md title',
    'parent-cycle actors/schleife-a.md parent',
    'unknown-field actors/tippfehler.md titel',
    'unknown-folder people -',
    'unknown-reference initiatives/laufend.md leads[1]',
    'unknown-reference networks/verweist-alt.md members[0].ref',
    'unknown-reference press-releases/pm.md publisher',
    'wrong-reference-kind initiatives/falscher-verweis.md leads[0]',
    'yaml-syntax actors/kaputt.md -',
  ]);
});

test('messages say what was expected, in German, with a hint for typos', () => {
  assert.match(build.output, /tippfehler\.md:2 › titel: Unbekanntes Feld\. Meinten Sie „title“\?/);
  assert.match(build.output, /laufend\.md:4 › status: „laufend“: Ungültiger Wert\. Meinten Sie „active“ \(laufend\)\?/);
  assert.match(build.output, /laufend\.md:7 › leads\[1\]: „ok-akteu“: .* Meinten Sie „ok-akteur“\?/);
  assert.match(build.output, /verweist-alt\.md:6 › members\[0\]\.ref: „alter-name“: .*umbenannt; verwenden Sie „umbenannt“\./);
  assert.match(build.output, /ended: „05\.01\.2024“: Ungültiges Datum\. Meinten Sie „2024-01-05“\?/);
  assert.match(build.output, /zu-lang\.md:3 › summary: .*Der Text hat 312 Zeichen, erlaubt sind höchstens 300\./);
  assert.match(build.output, /schleife-a\.md:5 › parent: „schleife-b“: .*schleife-a → schleife-b → schleife-a/);
  assert.match(build.output, /started: „2024-02-30“: Ungültiges Datum\. Erwartet: ein gültiges Datum/);
  assert.match(build.output, /leads\[0\]: „mobil“: .*ist vom Typ Handlungsfeld\. Erwartet: Akteur oder Netzwerk\./);
  assert.match(build.output, /Foo\.MD.*z\. B\. „foo\.md“/);
});

test('broken YAML is one German message at line and column, and entries pointing to the file do not fail', () => {
  assert.match(build.output, /\[yaml-syntax\] \S+kaputt\.md:2:8: Frontmatter ist kein gültiges YAML\. Diese Klammer \[ wird nicht geschlossen/);
  assert.doesNotMatch(build.output, /verweist-auf-kaputt/);
});

test('a content error is printed without a stack trace', () => {
  assert.doesNotMatch(build.output, /^\s+at .*\.ts:\d+/m);
});
