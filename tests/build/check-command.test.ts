import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

/** `npm run check -- <file>` as an editor runs it, against a fixture knowledge base. */
function check(args: string[], contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/check.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        KA_CONTENT_DIR: contentDir,
        GITHUB_ACTIONS: '',
        INIT_CWD: PROJECT_ROOT,
        ...env,
      },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** No Node stack trace, no raw error name: what an editor must never see. */
function assertNoRawError(output: string) {
  assert.doesNotMatch(output, /^\s+at |node:internal|Error:|ERR_/m, output);
}

test('a valid entry passes against the whole knowledge base', () => {
  const { status, output } = check(
    ['tests/fixtures/good/networks/verein-a.md'],
    'tests/fixtures/good',
  );
  assert.equal(status, 0, output);
  assert.match(output, /^tests\/fixtures\/good\/networks\/verein-a\.md ist in Ordnung/m);
});

test("a broken entry gets its own problems only, with line, and a note on the others' count", () => {
  const { status, output } = check(
    ['tests/fixtures/bad/actors/tippfehler.md'],
    'tests/fixtures/bad',
  );
  assert.equal(status, 1, output);
  const problems = output.split('\n').filter((line) => /^\s+\[/.test(line));
  assert.deepEqual(
    problems.map((line) => /\[([a-z-]+)\] (\S+?):(\d+) › (\S+):/.exec(line)!.slice(1).join(' ')),
    // A misspelt required field is one mistake and gets one message.
    ['unknown-field tests/fixtures/bad/actors/tippfehler.md 2 titel'],
  );
  assert.match(output, /andere Dateien haben \d+ Probleme/);
  assertNoRawError(output);
});

test('inside GitHub Actions each problem is also an ::error annotation on its file and line', () => {
  const { output } = check(['tests/fixtures/bad/actors/tippfehler.md'], 'tests/fixtures/bad', {
    GITHUB_ACTIONS: 'true',
  });
  const annotations = output.split('\n').filter((line) => line.startsWith('::error '));
  assert.equal(annotations.length, 1, output);
  for (const line of annotations)
    assert.match(
      line,
      /^::error file=tests\/fixtures\/bad\/actors\/tippfehler\.md,line=2,title=[^:]+::\S/,
    );
});

test('a missing file, a file outside the knowledge base and two files get a German message and exit code 2', () => {
  for (const args of [
    ['content/initiatives/gibts-nicht.md'],
    ['package.json'],
    ['tests/fixtures/good'],
    ['a.md', 'b.md'],
  ]) {
    const { status, output } = check(args, 'tests/fixtures/good');
    assert.equal(status, 2, `${args.join(' ')}: ${output}`);
    assert.match(
      output,
      /gibt es nicht|liegt nicht in der Wissensbasis|ist ein Ordner|höchstens eine Datei/,
      output,
    );
    assertNoRawError(output);
  }
});

test('the full check stops after content errors, skips what depends on them and says so in German', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-check-'));
  try {
    const { status, output } = check([], 'tests/fixtures/bad', {
      GITHUB_ACTIONS: 'true',
      KA_OUT_DIR: outDir,
    });
    assert.equal(status, 1, output);
    const summary = output.slice(output.indexOf('Zusammenfassung'));
    assert.match(summary, /^ {2}Wissensbasis +FEHLER .*35 Probleme/m);
    for (const skipped of ['Typprüfung', 'Build', 'Links und Anker', 'HTML', 'Barrierefreiheit'])
      assert.match(summary, new RegExp(`^ {2}${skipped}.* übersprungen `, 'm'));
    assert.match(summary, /^1 Schritt fehlgeschlagen/m);
    // One annotation per problem; those with a line carry it.
    const annotations = output
      .split('\n')
      .filter((line) => line.startsWith('::error file=tests/fixtures/bad/'));
    assert.equal(annotations.length, 35);
    assert.ok(
      annotations.some((line) =>
        /^::error file=tests\/fixtures\/bad\/initiatives\/datum\.md,line=\d+,/.test(line),
      ),
      annotations.join('\n'),
    );
    assertNoRawError(output);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
