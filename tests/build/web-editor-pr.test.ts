import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { PROJECT_ROOT, type BuildResult } from '../../scripts/support/build-site.ts';
import { loadHtmlValidateConfig, validateSiteHtml } from '../../scripts/support/html-validation.ts';
import { brokenLinks } from '../../scripts/support/site-links.ts';
import { screenshotPlan, takeScreenshots } from '../../scripts/support/screenshots.ts';
import { sharedBuild } from '../helpers/build-cache.ts';

/**
 * A pull request from GitHub's web editor: one commit that only adds a content file, nothing
 * generated, no schema touched. It must pass what the pull-request workflow's content job runs
 * (.github/workflows/pull-request.yml): the knowledge-base check, the build, links and anchors,
 * html-validate, `npm run changes`, and the preview with axe on the new page. The repository sits
 * at a fixed place with fixed commit dates, so its build is the same on every run and comes from
 * the build cache after the first.
 */
const repo = path.join(tmpdir(), 'kooperationsatlas-web-editor-pr');
const contentDir = path.join(repo, 'content');
const NEW_FILE = 'content/initiatives/radweg-nord-sued.md';

const NEW_ENTRY = `---
title: Radweg Nord–Süd
summary: Ein erfundener Radweg, den die Stadt Ärzteburg und der Verein Alpha planen.
status: planned
leads: [verein-a]
partners: [stadt-a]
actionFields: [mobilitaet]
areas: [landkreis-nord]
sources:
  - title: Beschlussvorlage zum Radweg
---
Der Radweg soll die [Stadt Ärzteburg](../actors/stadt-a.md) anbinden.
`;

function git(...args: string[]): void {
  execFileSync(
    'git',
    ['-c', 'user.name=Redaktion', '-c', 'user.email=redaktion@example.org', ...args],
    {
      cwd: repo,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z',
      },
    },
  );
}

let build: BuildResult;
before(async () => {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/good'), contentDir, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'Wissensbasis');
  writeFileSync(path.join(repo, NEW_FILE), NEW_ENTRY);
  git('add', '-A');
  git('commit', '-q', '-m', 'Neue Initiative (Web-Editor)');
  build = await sharedBuild(contentDir);
});

test('the commit adds one content file and nothing else', () => {
  const changed = execFileSync('git', ['diff', '--name-only', 'HEAD^1', 'HEAD'], {
    cwd: repo,
    encoding: 'utf8',
  });
  assert.equal(changed, `${NEW_FILE}\n`);
});

test('the one-file check and the knowledge-base check pass', () => {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/check.ts'), path.join(repo, NEW_FILE)],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, KA_CONTENT_DIR: contentDir, GITHUB_ACTIONS: '', INIT_CWD: repo },
    },
  );
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  assert.match(result.stdout, /ist in Ordnung/);
});

test('the site builds, its links hold and its HTML is valid', async () => {
  assert.equal(build.exitCode, 0, build.output);
  assert.ok(existsSync(path.join(build.outDir, 'initiativen/radweg-nord-sued/index.html')));
  assert.deepEqual(brokenLinks(build.outDir), []);
  assert.deepEqual(await validateSiteHtml(build.outDir, loadHtmlValidateConfig(PROJECT_ROOT)), []);
});

test('npm run changes names the new entry and its relations; the preview photographs its page', async () => {
  const pagesFile = `${repo}-pages.txt`;
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/changes.ts'), 'HEAD^1', 'HEAD', '--pages-file', pagesFile],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, KA_CONTENT_DIR: contentDir, SITE_URL: '' },
    },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    /^- \[Radweg Nord–Süd\]\(\/initiativen\/radweg-nord-sued\/\) \(Initiative\)$/m,
  );
  assert.match(
    result.stdout,
    /^- \[Stadt Ärzteburg\]\(\/akteure\/stadt-a\/\) – Beteiligt an: neu \[Radweg Nord–Süd\]/m,
  );
  const pages = readFileSync(pagesFile, 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(pages, ['/initiativen/radweg-nord-sued/']);
  const folder = `${repo}-preview`;
  rmSync(folder, { recursive: true, force: true });
  const preview = await takeScreenshots(build.outDir, screenshotPlan(pages), folder);
  assert.deepEqual([...preview.violations], []);
  for (const shot of preview.shots) {
    const png = readFileSync(path.join(folder, shot.file));
    // The PNG header's width: the page is photographed at the width asked for.
    assert.equal(png.readUInt32BE(16), shot.width, shot.file);
  }
  assert.deepEqual(
    preview.shots.map((shot) => shot.file),
    ['initiativen_radweg-nord-sued-375.png', 'initiativen_radweg-nord-sued-1280.png'],
  );
});
