import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { locateFields, parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
import type { Problem } from '../../src/vocabulary/errors.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

test('dates and keys are read as the editor wrote them, not as YAML would convert them', () => {
  const file = parseEntryFile(
    '---\nstarted: 2024-02-30\nfounded: 2019\nags: 03241\nvalue: 3.90\nsdgs: [13, 1]\ndraft: true\n---\nText\n',
  );
  assert.deepEqual(file.data, {
    started: '2024-02-30',
    founded: 2019,
    ags: '03241',
    value: '3.90',
    sdgs: [13, 1],
    draft: true,
  });
  assert.equal(file.body, 'Text\n');
  assert.equal(file.bodyLine, 9);
  assert.deepEqual(file.yamlErrors, []);
});

test('lineOf finds the line of a nested field', () => {
  const file = parseEntryFile(
    '---\ntitle: A\nmembers:\n  - uan\n  - ref: region-hannover\n    role: Mitglied\n---\n',
  );
  assert.equal(file.lineOf(['title']), 2);
  assert.equal(file.lineOf(['members', 1, 'ref']), 5);
  assert.equal(file.lineOf(['members', 1, 'role']), 6);
});

/** `line:column message` of each YAML mistake in a frontmatter block (line 1 is the `---`). */
function mistakes(yaml: string): string[] {
  return parseEntryFile(`---\n${yaml}---\nText\n`).yamlErrors.map(
    (error) => `${error.line}:${error.column} ${error.message}`,
  );
}

// Each broken frontmatter, the place an editor has to change (file line, column) and the gist
// of the German explanation. Lines count the opening `---` as line 1.
const BROKEN: [name: string, yaml: string, place: string, explanation: RegExp][] = [
  [
    'unclosed bracket',
    'title: [kaputt\nsummary: Test.\n',
    '2:8',
    /Klammer \[ wird nicht geschlossen.*title: "\[kaputt"/,
  ],
  [
    'colon in a value',
    'title: Ziel: Klimaschutz\nsummary: Test.\n',
    '2:12',
    /Doppelpunkt.*title: "Ziel: Klimaschutz"/,
  ],
  [
    'unclosed quote',
    'summary: Test.\ntitle: "Radweg\nkind: other\n',
    '3:8',
    /Anführungszeichen " wird nicht geschlossen/,
  ],
  ['quote inside a quoted value', 'title: "Er sagte "Ja""\n', '2:19', /folgt noch Text \(„Ja""“\)/],
  ['text after a bracket', 'title: [Entwurf] Radweg\n', '2:18', /title: "\[Entwurf\] Radweg"/],
  [
    'markdown emphasis at the start',
    'title: *Neu* im Netz\n',
    '2:8',
    /nicht mit \* beginnen.*title: "\*Neu\* im Netz"/,
  ],
  ['unresolved alias', 'summary: *x\n', '2:10', /nicht mit \* beginnen/],
  ['anchor', 'title: &Neu Radweg\n', '2:8', /nicht mit & beginnen/],
  ['unknown tag', 'title: !wichtig Radweg\n', '2:8', /nicht mit ! beginnen/],
  ['reserved character', 'website: @uan\n', '2:10', /nicht mit @ beginnen.*website: "@uan"/],
  [
    'indented field',
    'title: A\n  summary: Test.\nkind: other\n',
    '3:3',
    /eingerückt.*Entfernen Sie die Leerzeichen/,
  ],
  [
    'list items out of line',
    'leads:\n  - a\n - b\n',
    '4:2',
    /Listeneinträge .* genau untereinander/,
  ],
  ['tab as indentation', 'leads:\n\t- a\n', '3:1', /Tabulator/],
  [
    'missing space after the colon',
    'title:A\nsummary: Test.\n',
    '2:1',
    /fehlt der Doppelpunkt oder das Leerzeichen/,
  ],
  ['list item without a field', 'title: A\n- b\n', '3:1', /Listeneintrag .* ohne Feld/],
  [
    'duplicate field',
    'title: A\nsummary: Test.\ntitle: B\n',
    '4:1',
    /„title“ steht zweimal im Kopf \(zuerst in Zeile 2\)/,
  ],
];

for (const [name, yaml, place, explanation] of BROKEN) {
  test(`broken YAML (${name}) gives one German message at the place to change`, () => {
    const found = mistakes(yaml);
    assert.equal(found.length, 1, found.join('\n'));
    const [at, ...words] = found[0]!.split(' ');
    assert.equal(at, place);
    assert.match(words.join(' '), explanation);
    assert.doesNotMatch(
      words.join(' '),
      /[Mm]ust|allowed|[Uu]nexpected|[Mm]issing/,
      'no English parser text',
    );
    assert.equal(parseEntryFile(`---\n${yaml}---\n`).data, undefined);
  });
}

test('two independent YAML mistakes in one file give two messages', () => {
  assert.deepEqual(
    mistakes('title: Ziel: Klima\nsummary: x\nwebsite: @uan\n').map((text) => text.split(' ')[0]),
    ['2:12', '4:10'],
  );
});

test('a closing bracket on its own line is fine', () => {
  assert.deepEqual(mistakes('leads: [\n  a, b\n]\n'), []);
});

test('a file without a frontmatter block is reported at line 1, an unclosed one where the --- is missing', () => {
  const missing = parseEntryFile('# Nur Text\n').yamlErrors;
  assert.deepEqual(
    missing.map((error) => [error.line, error.column]),
    [[1, 1]],
  );
  assert.match(missing[0]!.message, /erste Zeile der Datei muss „---“ sein/);
  // Text after a blank line: the head ended there, and that is where the `---` belongs.
  const unclosed = parseEntryFile('---\ntitle: A\nsummary: B\n\nText\n').yamlErrors;
  assert.deepEqual(
    unclosed.map((error) => [error.line, error.column]),
    [[4, 1]],
  );
  assert.match(unclosed[0]!.message, /fehlt vermutlich die Zeile „---“.*Ab Zeile 5 steht Text/);
  // No text to tell where the head ends: the opening line is where it starts.
  const bare = parseEntryFile('---\ntitle: A\nsummary: B\n').yamlErrors;
  assert.deepEqual(
    bare.map((error) => [error.line, error.column]),
    [[1, 1]],
  );
  assert.match(
    bare[0]!.message,
    /nicht geschlossen: Setzen Sie nach dem letzten Feld eine Zeile „---“/,
  );
  // A `---` rule further down is taken for the end of the head: still the line of the blank.
  const rule = parseEntryFile('---\ntitle: A\nsummary: B\n\nText.\n\n---\n\nMehr.\n').yamlErrors;
  assert.deepEqual(
    rule.map((error) => [error.line, error.column]),
    [[4, 1]],
  );
  assert.match(rule[0]!.message, /„---“ in Zeile 7 als Ende des Kopfes/);
});

test('graph problems get the line of their field from the file', () => {
  const files: Record<string, string> = {
    'content/networks/uan.md':
      '---\ntitle: UAN\nsummary: x\nform: network\nmembers:\n  - stadt\n  - ref: region-hanover\n    role: Mitglied\n---\n',
  };
  const problems: Problem[] = [
    {
      code: 'unknown-reference',
      file: 'content/networks/uan.md',
      field: 'members[1].ref',
      expected: '',
    },
    {
      code: 'unknown-reference',
      file: 'content/networks/uan.md',
      field: 'members[0].ref',
      expected: '',
    },
    { code: 'duplicate-slug', file: 'content/networks/uan.md', expected: '' },
  ];
  locateFields(problems, (file) => files[file]!);
  assert.deepEqual(
    problems.map((problem) => problem.line),
    [7, 6, undefined],
  );
});

for (const fixture of [
  'networks/verein-a.md',
  'press-releases/pm-2023.md',
  'initiatives/radprojekt.md',
]) {
  test(`every single-character slip in ${fixture} gives one German message inside the block, never a crash`, () => {
    const text = readFileSync(`${PROJECT_ROOT}/tests/fixtures/good/${fixture}`, 'utf8');
    const end = text.indexOf('\n---', 3);
    const blockLines = text.slice(0, end).split('\n').length;
    let broken = 0;
    // The slips editors make: a character deleted, or one of `"`, `: `, `[`, a tab, a space typed.
    for (let at = 4; at < end; at++) {
      const typed = ['"', ': ', '[', '\t', ' '].map(
        (slip) => text.slice(0, at) + slip + text.slice(at),
      );
      for (const variant of [text.slice(0, at) + text.slice(at + 1), ...typed]) {
        const file = parseEntryFile(variant);
        if (!file.yamlErrors.length) continue;
        broken++;
        assert.equal(file.yamlErrors.length, 1, `one slip, one message:\n${variant}`);
        const [error] = file.yamlErrors;
        assert.ok(
          error!.line >= 2 && error!.line <= blockLines + 1,
          `line ${error!.line} in:\n${variant}`,
        );
        assert.ok(
          error!.column >= 1 &&
            error!.column <= (variant.split('\n')[error!.line - 1]?.length ?? 0) + 1,
          `column ${error!.column} in:\n${variant}`,
        );
        assert.doesNotMatch(
          error!.message,
          /\b(must|allowed|[Uu]nexpected|[Mm]issing|[Ii]mplicit)\b/,
        );
      }
    }
    assert.ok(broken > 100, `${broken} broken variants checked`);
  });
}
