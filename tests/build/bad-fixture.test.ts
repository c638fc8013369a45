import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { KnowledgeBaseError, type Problem } from '../../src/vocabulary/errors.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/**
 * tests/fixtures/bad holds every kind of mistake an editor can make. What is reported for each
 * is read off the loader's KnowledgeBaseError, in milliseconds; one real `astro build` shows
 * that the build stops with that report, in German, and without a stack trace.
 */
const FIXTURE = 'tests/fixtures/bad';

function loadProblems(): readonly Problem[] {
  try {
    loadKnowledgeBase(PROJECT_ROOT, path.join(PROJECT_ROOT, FIXTURE));
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
  assert.fail(`${FIXTURE} loaded without a problem`);
}

const problems = loadProblems();
const inFixture = (file: string) => file.replace(`${FIXTURE}/`, '');

/** The one problem reported for `file` (relative to the fixture) and `field`. */
function problemAt(file: string, field?: string): Problem {
  const found = problems.filter(
    (problem) => inFixture(problem.file) === file && problem.field === field,
  );
  assert.equal(found.length, 1, `${file} › ${field}: ${JSON.stringify(found)}`);
  return found[0]!;
}

test('each mistake is reported once, with file, field and error code, all at once', () => {
  assert.deepEqual(
    problems
      .map((problem) => `${problem.code} ${inFixture(problem.file)} ${problem.field ?? '-'}`)
      .sort(),
    [
      'alias-collision actors/mit-alias.md aliases[0]',
      'broken-anchor action-fields/mobil.md -',
      'broken-link action-fields/mobil.md -',
      'broken-link initiatives/rabatt.md -',
      'duplicate-slug actors/doppelt.md -',
      'duplicate-slug networks/doppelt.md -',
      'external-image initiatives/fremdes-bild.md -',
      'invalid-date initiatives/datum.md ended',
      'invalid-date initiatives/datum.md started',
      'invalid-date press-releases/pm.md date',
      'invalid-filename actors/Foo.MD -',
      'invalid-filename actors/NW-C.md -',
      'invalid-value actors/falsche-art.md kind',
      'invalid-value actors/falsche-art.md website',
      'invalid-value actors/zu-lang.md summary',
      'invalid-value initiatives/laufend.md status',
      'invalid-value initiatives/steuerzeichen.md summary',
      'invalid-value initiatives/steuerzeichen.md title',
      'invalid-value initiatives/trenner.mdx title',
      'invalid-value press-releases/pm.md sources[0].url',
      'mdx-code initiatives/code.mdx -',
      'mdx-code initiatives/code.mdx -',
      'mdx-syntax initiatives/kommentar.mdx -',
      'missing-field actors/ohne-titel.md title',
      'parent-cycle actors/schleife-a.md parent',
      'unknown-field actors/tippfehler.md titel',
      'unknown-field initiatives/trenner.mdx layout',
      'unknown-folder people -',
      'unknown-reference initiatives/laufend.md leads[1]',
      'unknown-reference networks/verweist-alt.md members[0].ref',
      'unknown-reference press-releases/pm.md publisher',
      'unsafe-file .komponente.astro -',
      'wrong-reference-kind initiatives/falscher-verweis.md leads[0]',
      'yaml-syntax actors/kaputt.md -',
      'yaml-syntax initiatives/marker.mdx -',
    ],
  );
});

test('content that tries to run code, leave the tree or break an output gets its verdict with its line', () => {
  // [file, field, line]: each hostile file of the fixture, and where the editor has to look.
  const cases: [string, string | undefined, number][] = [
    ['initiatives/marker.mdx', undefined, 7],
    ['initiatives/trenner.mdx', 'title', 2],
    ['initiatives/trenner.mdx', 'layout', 7],
    ['initiatives/steuerzeichen.md', 'title', 2],
    ['initiatives/steuerzeichen.md', 'summary', 3],
    ['initiatives/rabatt.md', undefined, 8],
    ['initiatives/kommentar.mdx', undefined, 10],
    ['initiatives/fremdes-bild.md', undefined, 8],
  ];
  for (const [file, field, line] of cases)
    assert.equal(problemAt(file, field).line, line, `${file} › ${field}`);
  assert.match(problemAt('.komponente.astro').expected, /Versteckte Dateien/);
  assert.match(problemAt('initiatives/steuerzeichen.md', 'summary').expected, /U\+202E/);
});

test('each problem has the line of the mistake, the value written and, for a typo, the likely intended value', () => {
  // [file, field, line, value, suggestion]
  const cases: [string, string | undefined, number, string | undefined, string | undefined][] = [
    ['actors/tippfehler.md', 'titel', 2, undefined, 'title'],
    ['initiatives/laufend.md', 'status', 4, 'laufend', 'active'],
    ['initiatives/laufend.md', 'leads[1]', 7, 'ok-akteu', 'ok-akteur'],
    ['networks/verweist-alt.md', 'members[0].ref', 6, 'alter-name', 'umbenannt'],
    ['initiatives/datum.md', 'ended', 6, '05.01.2024', '2024-01-05'],
    ['initiatives/datum.md', 'started', 5, '2024-02-30', undefined],
    ['actors/schleife-a.md', 'parent', 5, 'schleife-b', undefined],
    ['initiatives/falscher-verweis.md', 'leads[0]', 5, 'mobil', undefined],
    ['actors/zu-lang.md', 'summary', 3, undefined, undefined],
  ];
  for (const [file, field, line, value, suggestion] of cases) {
    const problem = problemAt(file, field);
    assert.equal(problem.line, line, `${file} › ${field}`);
    if (value !== undefined) assert.equal(problem.value, value, `${file} › ${field}`);
    assert.equal(problem.suggestion, suggestion, `${file} › ${field}`);
  }
});

test('the explanations say in German what was expected', () => {
  // [file, field, the gist of the explanation]
  const cases: [string, string | undefined, RegExp][] = [
    ['actors/tippfehler.md', 'titel', /^Meinten Sie „title“\?/],
    [
      'initiatives/laufend.md',
      'status',
      /^Meinten Sie „active“ \(laufend\)\? Erwartet: einer dieser Werte: planned \(geplant\), active \(laufend\)/,
    ],
    ['initiatives/laufend.md', 'leads[1]', /Meinten Sie „ok-akteur“\?/],
    ['networks/verweist-alt.md', 'members[0].ref', /umbenannt; verwenden Sie „umbenannt“\.$/],
    ['initiatives/datum.md', 'ended', /^Meinten Sie „2024-01-05“\? Erwartet: ein gültiges Datum/],
    [
      'initiatives/datum.md',
      'started',
      /^Erwartet: ein gültiges Datum im Format JJJJ-MM-TT, JJJJ-MM oder JJJJ/,
    ],
    ['actors/zu-lang.md', 'summary', /^Der Text hat 312 Zeichen, erlaubt sind höchstens 300\.$/],
    ['actors/schleife-a.md', 'parent', /schleife-a → schleife-b → schleife-a/],
    [
      'initiatives/falscher-verweis.md',
      'leads[0]',
      /„mobil“ ist vom Typ Handlungsfeld\. Erwartet: Akteur oder Netzwerk\.$/,
    ],
    ['actors/Foo.MD', undefined, /z\. B\. „foo\.md“\.$/],
  ];
  for (const [file, field, explanation] of cases)
    assert.match(problemAt(file, field).expected, explanation, `${file} › ${field}`);
});

test('broken YAML is one problem at line and column, and entries pointing to the file do not fail as well', () => {
  const yaml = problemAt('actors/kaputt.md');
  assert.deepEqual([yaml.code, yaml.line, yaml.column], ['yaml-syntax', 2, 8]);
  assert.match(yaml.expected, /^Diese Klammer \[ wird nicht geschlossen/);
  assert.deepEqual(
    problems.filter((problem) => problem.file.includes('verweist-auf-kaputt')),
    [],
  );
});

test('a bad knowledge base stops `astro build` with the whole German report and no stack trace', async () => {
  const build = await sharedBuild(FIXTURE);
  assert.notEqual(build.exitCode, 0);
  assert.match(
    build.output,
    /^Die Wissensbasis enthält 35 Probleme\. Erklärungen zu jedem Fehlercode: CONTRIBUTING\.md, Abschnitt „Fehlerkatalog“\.$/m,
  );
  const reported = build.output.split('\n').filter((line) => line.startsWith(`  [`));
  assert.equal(reported.length, problems.length, reported.join('\n'));
  assert.match(
    build.output,
    /^ {2}\[unknown-field\] tests\/fixtures\/bad\/actors\/tippfehler\.md:2 › titel: Unbekanntes Feld\. Meinten Sie „title“\?/m,
  );
  assert.doesNotMatch(build.output, /^\s+at \S/m);
  // The hidden component's code never ran, nor any code of the .mdx files.
  assert.doesNotMatch(build.output, /läuft beim Build/);
});
