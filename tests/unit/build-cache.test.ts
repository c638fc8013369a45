import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, test } from 'node:test';
import { buildCacheKey, ownCopy, withBuildCache } from '../helpers/build-cache.ts';
import { PROJECT_ROOT, type BuildResult } from '../../scripts/support/build-site.ts';

/** The cache with a stand-in for `astro build` that counts its runs, in temporary folders. */
const work = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-build-cache-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const runs = (log: string) =>
  readFileSync(log, { encoding: 'utf8', flag: 'a+' }).split('\n').filter(Boolean).length;

/** A build that writes one page, logs that it ran, and takes `ms` milliseconds. */
function fakeBuild(log: string, ms = 0) {
  return async ({ outDir }: { outDir: string }): Promise<BuildResult> => {
    appendFileSync(log, `${process.pid}\n`);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<h1>Start</h1>');
    await new Promise((resolve) => setTimeout(resolve, ms));
    return {
      exitCode: 0,
      output: 'gebaut',
      outDir,
      peakRssBytes: undefined,
      wallSeconds: undefined,
      cpuSeconds: undefined,
      cpuPercent: undefined,
    };
  };
}

test('two processes asking for the same build at once get one build and the same result', async () => {
  const root = folder('concurrent');
  const log = path.join(root, 'runs.log');
  const script = `
    import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
    import path from 'node:path';
    import { withBuildCache } from ${JSON.stringify(path.join(PROJECT_ROOT, 'tests/helpers/build-cache.ts'))};
    const result = await withBuildCache(${JSON.stringify(root)}, 'gut', async ({ outDir }) => {
      appendFileSync(${JSON.stringify(log)}, process.pid + '\\n');
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'index.html'), '<h1>Start</h1>');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { exitCode: 0, output: 'gebaut', outDir, peakRssBytes: undefined };
    });
    console.log(JSON.stringify(result));`;
  const ask = () =>
    promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], {
      encoding: 'utf8',
    });
  const [first, second] = await Promise.all([ask(), ask()]);
  assert.equal(runs(log), 1);
  const expected = { exitCode: 0, output: 'gebaut', outDir: path.join(root, 'gut', 'dist') };
  assert.deepEqual(JSON.parse(first.stdout), expected);
  assert.deepEqual(JSON.parse(second.stdout), expected);
});

test('a later call gets the stored result without building', async () => {
  const root = folder('later');
  const log = path.join(root, 'runs.log');
  const built = await withBuildCache(root, 'gut', fakeBuild(log));
  const again = await withBuildCache(root, 'gut', fakeBuild(log));
  assert.equal(runs(log), 1);
  assert.deepEqual(again, built);
  assert.equal(readFileSync(path.join(again.outDir, 'index.html'), 'utf8'), '<h1>Start</h1>');
});

test('an own copy can be changed freely; a changed shared folder is noticed and built again', async () => {
  const root = folder('changed');
  const log = path.join(root, 'runs.log');
  const shared = await withBuildCache(root, 'gut', fakeBuild(log));
  const copy = ownCopy(shared);
  assert.notEqual(copy.outDir, shared.outDir);
  writeFileSync(path.join(copy.outDir, 'index.html'), 'geändert');
  await withBuildCache(root, 'gut', fakeBuild(log));
  assert.equal(runs(log), 1, 'changing the copy leaves the shared build intact');

  const warnings: string[] = [];
  writeFileSync(path.join(shared.outDir, 'index.html'), 'geändert');
  const rebuilt = await withBuildCache(root, 'gut', fakeBuild(log), (message) =>
    warnings.push(message),
  );
  assert.equal(runs(log), 2);
  assert.equal(readFileSync(path.join(rebuilt.outDir, 'index.html'), 'utf8'), '<h1>Start</h1>');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /was changed after it was built/);
});

test('the lock of a process that is gone does not block the build', async () => {
  const root = folder('stale');
  const log = path.join(root, 'runs.log');
  const gone = spawnSync(process.execPath, ['--eval', '']).pid;
  mkdirSync(path.join(root, 'gut.lock'));
  writeFileSync(path.join(root, 'gut.lock', 'pid'), String(gone));
  const result = await withBuildCache(root, 'gut', fakeBuild(log));
  assert.equal(result.exitCode, 0);
  assert.equal(runs(log), 1);
});

test('the key follows the knowledge base’s files, its Git history and the build’s variables, not its output folders', () => {
  const repo = folder('repo');
  const content = path.join(repo, 'content');
  mkdirSync(path.join(content, 'actors'), { recursive: true });
  writeFileSync(path.join(content, 'actors', 'stadt.md'), '---\ntitle: Stadt\n---\n');
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const key = buildCacheKey(content);
  assert.equal(buildCacheKey(content), key);
  assert.match(key, /^content-[0-9a-f]{32}$/);

  assert.equal(
    buildCacheKey(content, {
      KA_OUT_DIR: '/anderswo',
      KA_CACHE_DIR: '/anderswo/cache',
      npm_lifecycle_event: 'test',
    }),
    key,
  );
  assert.notEqual(buildCacheKey(content, { SITE_URL: 'https://atlas.test' }), key);
  assert.notEqual(buildCacheKey(content, { KA_OPERATOR_NAME: 'Betreiber' }), key);
  assert.notEqual(buildCacheKey(content, { CI: 'true' }), key);

  // The same bytes, once committed, show a last-change date on their pages.
  execFileSync('git', ['add', '.'], { cwd: repo });
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'Stadt'],
    { cwd: repo },
  );
  const committed = buildCacheKey(content);
  assert.notEqual(committed, key);

  writeFileSync(path.join(content, 'actors', 'stadt.md'), '---\ntitle: Stadt B\n---\n');
  assert.notEqual(buildCacheKey(content), committed);
  writeFileSync(path.join(content, 'actors', 'stadt.md'), '---\ntitle: Stadt\n---\n');
  assert.equal(buildCacheKey(content), committed);
  writeFileSync(path.join(content, 'actors', 'kreis.md'), '');
  assert.notEqual(buildCacheKey(content), committed);
});
