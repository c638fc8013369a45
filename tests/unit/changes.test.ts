import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

/**
 * `npm run changes` on a real Git repository: the good fixture as the first commit, then a
 * commit that adds a network with two members, as an editor's pull request would.
 */
let repo: string;

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    stdio: 'ignore',
  });
}

function commitAll(message: string): void {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

function changes(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/changes.ts'), ...args],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, KA_CONTENT_DIR: path.join(repo, 'content'), SITE_URL: '', ...env },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NETWORK = `---
title: Radbündnis Ostkorridor
summary: Ein erfundenes Bündnis für Radwege zwischen zwei erfundenen Orten.
form: alliance
members:
  - stadt-a
  - ref: hochschule-nord
    role: Beratung
actionFields: [mobilitaet]
sources:
  - title: Gründungsvereinbarung des Radbündnisses
    url: https://radbuendnis.example/vereinbarung
---
Das Bündnis plant Radwege.
`;

before(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-changes-test-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/good'), path.join(repo, 'content'), {
    recursive: true,
  });
  commitAll('Good fixture');
  writeFileSync(path.join(repo, 'content/networks/radbuendnis-ostkorridor.md'), NETWORK);
  commitAll('Add a network with two members');
});

after(() => rmSync(repo, { recursive: true, force: true }));

test('a new network with members: the entry, its relations on both sides, its pages, its source', () => {
  const pagesFile = path.join(repo, '..', `${path.basename(repo)}-pages.txt`);
  const { status, stdout, stderr } = changes(['HEAD~1', 'HEAD', '--pages-file', pagesFile]);
  assert.equal(status, 0, stderr);
  // The preview photographs the pages of added and edited entries, not their neighbours.
  assert.equal(readFileSync(pagesFile, 'utf8'), '/netzwerke/radbuendnis-ostkorridor/\n');
  rmSync(pagesFile);
  const lines = stdout.split('\n');
  const network = '[Radbündnis Ostkorridor](/netzwerke/radbuendnis-ostkorridor/)';
  assert.ok(lines.includes(`- ${network} (Netzwerk)`), stdout);
  // Both sides of each membership, with the headings the pages use.
  assert.ok(
    lines.includes(
      `- ${network} – Mitglieder: neu [Hochschule Nord](/akteure/hochschule-nord/), [Stadt Ärzteburg](/akteure/stadt-a/)`,
    ),
    stdout,
  );
  assert.ok(lines.includes(`- [Stadt Ärzteburg](/akteure/stadt-a/) – Mitglied in: neu ${network}`));
  assert.ok(
    lines.includes(`- [Hochschule Nord](/akteure/hochschule-nord/) – Mitglied in: neu ${network}`),
  );
  assert.ok(
    lines.includes(
      `- [Mobilität](/handlungsfelder/mobilitaet/) – Netzwerke in diesem Handlungsfeld: neu ${network}`,
    ),
    stdout,
  );
  // Nothing else changed its relations: Verein Alpha keeps its members.
  assert.doesNotMatch(stdout, /Verein Alpha.* – /);
  const pages = stdout.slice(stdout.indexOf('### Seiten, deren Inhalt sich ändert'));
  for (const page of [
    '/netzwerke/radbuendnis-ostkorridor/',
    '/akteure/stadt-a/',
    '/akteure/hochschule-nord/',
    '/handlungsfelder/mobilitaet/',
    '/netzwerke/',
    '/mitgliedschaften/',
  ])
    assert.ok(pages.includes(`](${page})`), `${page} missing in\n${pages}`);
  assert.ok(!pages.includes('](/netzwerke/verein-a/)'), pages);
  assert.match(
    stdout,
    /^- \[Gründungsvereinbarung des Radbündnisses\]\(https:\/\/radbuendnis\.example\/vereinbarung\), zitiert in \[Radbündnis Ostkorridor\]/m,
  );
  assert.doesNotMatch(stdout, /### (Geänderte|Entfernte) Einträge/);
});

test('against the working tree: a member taken out is lost on both sides; links carry the site URL', () => {
  writeFileSync(
    path.join(repo, 'content/networks/radbuendnis-ostkorridor.md'),
    NETWORK.replace('  - stadt-a\n', ''),
  );
  try {
    const { status, stdout } = changes(['HEAD'], { SITE_URL: 'https://atlas.example.org' });
    assert.equal(status, 0, stdout);
    const network =
      '[Radbündnis Ostkorridor](https://atlas.example.org/netzwerke/radbuendnis-ostkorridor/)';
    assert.match(
      stdout,
      /^### Geänderte Einträge \(1\)\n\n- \[Radbündnis Ostkorridor\].*: Felder `members`$/m,
    );
    const lines = stdout.split('\n');
    assert.ok(
      lines.includes(
        `- ${network} – Mitglieder: nicht mehr [Stadt Ärzteburg](https://atlas.example.org/akteure/stadt-a/)`,
      ),
      stdout,
    );
    assert.ok(
      lines.includes(
        `- [Stadt Ärzteburg](https://atlas.example.org/akteure/stadt-a/) – Mitglied in: nicht mehr ${network}`,
      ),
      stdout,
    );
    assert.doesNotMatch(stdout, /Hochschule Nord\]\([^)]*\) – /);
  } finally {
    git('checkout', '--', '.');
  }
});

test('an unknown revision and a missing argument get a German message and exit code 2', () => {
  const unknown = changes(['gibt-es-nicht']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Den Stand „gibt-es-nicht“ gibt es in diesem Repository nicht/);
  const none = changes([]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^Aufruf: npm run changes -- <Basis>/);
});

test('a knowledge base with problems is named, not compared', () => {
  writeFileSync(path.join(repo, 'content/actors/kaputt.md'), '---\ntitle: Kaputt\n---\n');
  try {
    const { status, stdout } = changes(['HEAD']);
    assert.equal(status, 1);
    assert.match(
      stdout,
      /Die Wissensbasis \(Arbeitsverzeichnis\) hat \d+ Probleme?; „npm run check“ zeigt sie/,
    );
  } finally {
    rmSync(path.join(repo, 'content/actors/kaputt.md'));
  }
});

test('titles from the knowledge base cannot inject links or HTML into the summary', async () => {
  const { markdownText } = await import('../../scripts/changes-summary.ts');
  assert.equal(
    markdownText('[klick](javascript:alert(1)) <img src=x>'),
    '\\[klick\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\>',
  );
});
