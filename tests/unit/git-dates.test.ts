import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { lastCommitDates } from '../../src/knowledge-base/git-dates.ts';

function commit(repo: string, file: string, text: string, date: string): void {
  writeFileSync(path.join(repo, file), text);
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
    GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
  };
  execFileSync('git', ['add', '.'], { cwd: repo });
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', file],
    { cwd: repo, env },
  );
}

test('one git log gives every file the date of its last commit', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  mkdirSync(path.join(repo, 'content'));
  commit(repo, 'content/a.md', 'eins', '2023-01-15');
  commit(repo, 'content/b.md', 'zwei', '2023-06-01');
  commit(repo, 'content/a.md', 'eins, geändert', '2024-02-29');
  writeFileSync(path.join(repo, 'content/neu.md'), 'nicht committet');
  const { dates, warning } = lastCommitDates(path.join(repo, 'content'));
  assert.equal(warning, undefined);
  assert.equal(dates.get(path.join(repo, 'content/a.md')), '2024-02-29');
  assert.equal(dates.get(path.join(repo, 'content/b.md')), '2023-06-01');
  assert.equal(dates.get(path.join(repo, 'content/neu.md')), undefined);
});

test('outside a Git checkout there are no dates, and the warning says why', () => {
  const { dates, warning } = lastCommitDates(mkdtempSync(path.join(tmpdir(), 'no-git-')));
  assert.equal(dates.size, 0);
  assert.match(warning ?? '', /^Kein Git-Verlauf für .*: Seiten zeigen kein Änderungsdatum/);
});

test('a shallow clone keeps its dates but warns that older files carry the clone’s date', () => {
  const origin = mkdtempSync(path.join(tmpdir(), 'git-origin-'));
  execFileSync('git', ['init', '-q'], { cwd: origin });
  commit(origin, 'a.md', 'eins', '2021-03-01');
  commit(origin, 'b.md', 'zwei', '2022-04-01');
  const clone = path.join(mkdtempSync(path.join(tmpdir(), 'git-shallow-')), 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
  const { dates, warning } = lastCommitDates(clone);
  // In the one commit there is, both files look changed on the newer date.
  assert.equal(dates.get(path.join(clone, 'a.md')), '2022-04-01');
  assert.match(warning ?? '', /flach \(shallow\).*fetch-depth: 0/);
});
