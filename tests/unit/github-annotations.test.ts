import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  annotation,
  isGitHubActions,
  problemAnnotation,
} from '../../scripts/check/github-annotations.ts';

test('an annotation names file, line and column in the workflow-command syntax', () => {
  assert.equal(
    annotation('error', 'Pflichtfeld fehlt', { file: 'content/actors/a.md', line: 3, column: 7 }),
    '::error file=content/actors/a.md,line=3,col=7::Pflichtfeld fehlt',
  );
  assert.equal(
    annotation('warning', 'x', { file: 'content/actors/a.md' }),
    '::warning file=content/actors/a.md::x',
  );
});

test('percent signs and line breaks in the message, colons and commas in properties are escaped', () => {
  assert.equal(
    annotation('error', '50 % weniger\nzweite Zeile\r', {
      file: 'content/a,b.md',
      title: 'Titel: eins, zwei',
    }),
    '::error file=content/a%2Cb.md,title=Titel%3A eins%2C zwei::50 %25 weniger%0Azweite Zeile%0D',
  );
});

test('a knowledge-base problem becomes an error on its file and line, titled with its catalogue entry', () => {
  const line = problemAnnotation({
    code: 'unknown-reference',
    file: 'content/networks/uan.md',
    line: 12,
    field: 'members[0].ref',
    value: 'region-hanover',
    expected: 'Meinten Sie „region-hannover“?',
  });
  assert.equal(
    line,
    '::error file=content/networks/uan.md,line=12,title=Verweis auf einen Eintrag%2C den es nicht gibt [unknown-reference]::members[0].ref: „region-hanover“ – Meinten Sie „region-hannover“?',
  );
  // A problem without a line still names its file, so GitHub shows it on the file.
  assert.match(
    problemAnnotation({
      code: 'invalid-filename',
      file: 'content/actors/Foo.MD',
      expected: 'foo.md',
    }),
    /^::error file=content\/actors\/Foo\.MD,title=/,
  );
});

test('annotations are printed only inside GitHub Actions', () => {
  assert.equal(isGitHubActions({ GITHUB_ACTIONS: 'true' }), true);
  assert.equal(isGitHubActions({}), false);
});
