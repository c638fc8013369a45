import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

let build: BuildResult;
before(async () => {
  build = await buildSite('tests/fixtures/bad');
});

/** `code file field` per reported problem, from the build output's `[code] file:line › field:` lines. */
function reported(output: string): string[] {
  const problems = [...output.matchAll(/^\s+\[([a-z-]+)\] (\S+?)(?::\d+)?(?: › (\S+?))?:/gm)];
  return problems.map(([, code, file, field]) => `${code} ${file!.replace('tests/fixtures/bad/', '')} ${field ?? '-'}`).sort();
}

test('a knowledge base with every kind of mistake fails the build', () => {
  assert.notEqual(build.exitCode, 0);
  assert.match(build.output, /Die Wissensbasis enthält 22 Probleme/);
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
    'invalid-value press-releases/pm.md sources[0].url',
    'mdx-code initiatives/code.mdx -',
    'mdx-code initiatives/code.mdx -',
    'missing-field actors/ohne-titel.md title',
    'missing-field actors/tippfehler.md title',
    'unknown-field actors/tippfehler.md titel',
    'unknown-folder people -',
    'unknown-reference press-releases/pm.md publisher',
    'wrong-reference-kind initiatives/falscher-verweis.md leads[0]',
    'yaml-syntax actors/kaputt.md -',
  ]);
});

test('messages say what was expected, in German, with a hint for typos', () => {
  assert.match(build.output, /titel: Unbekanntes Feld\. Meinten Sie „title“\?/);
  assert.match(build.output, /started: „2024-02-30“: Ungültiges Datum\. Erwartet: ein gültiges Datum/);
  assert.match(build.output, /leads\[0\]: „mobil“: .*ist vom Typ Handlungsfeld\. Erwartet: Akteur oder Netzwerk\./);
  assert.match(build.output, /Foo\.MD.*z\. B\. „foo\.md“/);
});
