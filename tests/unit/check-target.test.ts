import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { resolveCheckTarget } from '../../scripts/check/target.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

const options = {
  cwd: PROJECT_ROOT,
  root: PROJECT_ROOT,
  contentDir: path.join(PROJECT_ROOT, 'tests/fixtures/good'),
};

test('an entry file is resolved from the folder the command was typed in', () => {
  const fromRoot = resolveCheckTarget('tests/fixtures/good/actors/stadt-a.md', options);
  const fromFolder = resolveCheckTarget('stadt-a.md', {
    ...options,
    cwd: path.join(PROJECT_ROOT, 'tests/fixtures/good/actors'),
  });
  for (const target of [fromRoot, fromFolder]) {
    assert.ok(target.ok);
    assert.equal(target.relativePath, 'tests/fixtures/good/actors/stadt-a.md');
  }
});

test('a missing file, a folder and a file outside the knowledge base get German explanations', () => {
  const message = (argument: string) => {
    const target = resolveCheckTarget(argument, options);
    assert.ok(!target.ok, argument);
    return target.message;
  };
  assert.match(
    message('tests/fixtures/good/actors/gibts-nicht.md'),
    /^Die Datei „tests\/fixtures\/good\/actors\/gibts-nicht\.md“ gibt es nicht/,
  );
  assert.match(message('tests/fixtures/good/actors'), /ist ein Ordner/);
  assert.match(
    message('README.md'),
    /^„README\.md“ liegt nicht in der Wissensbasis\. .*tests\/fixtures\/good\/initiatives\//,
  );
});
