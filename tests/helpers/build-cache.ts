import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  PROJECT_ROOT,
  buildEnvironment,
  buildSite,
  runAstroBuild,
  type BuildResult,
} from '../../scripts/support/build-site.ts';

/**
 * One `astro build` per knowledge base and settings, shared by every test file that asks for
 * it: the first asks builds, the others (in the same `npm test` or a later one) get the same
 * `BuildResult` from node_modules/.cache/kooperationsatlas-builds/.
 *
 * An entry is keyed by everything the output depends on (`buildCacheKey`):
 * - the files of the knowledge base folder, their names and bytes, and the folder's Git history
 *   (pages show each file's last commit date);
 * - the folder as the build is told it (`KA_CONTENT_DIR`, shown in edit links and messages);
 * - the build's environment variables that the site or its tools read: `KA_*` (operator
 *   details, content folder), `SITE_URL`, `REPOSITORY_*`, `CI`, `NODE_ENV`, `ASTRO_*`,
 *   `PUBLIC_*`, `VITE_*`, `TZ`, `LANG`, `LC_*`; not the two output folders;
 * - the project's code and settings the build reads (`BUILD_INPUTS`): src/, public/,
 *   astro.config.mjs, tsconfig.json, package.json, package-lock.json (which pins node_modules),
 *   and the way a build is run (scripts/support/build-site.ts, this file); and the Node version.
 *
 * Two processes that ask for the same entry at once take turns (a lock folder next to the
 * entry); the second gets the first one's result. A build's folder is shared: a test that
 * changes files in it must work on `ownCopy(build)`. A shared folder that was changed anyway
 * is noticed (each entry keeps a digest of its files) and built again, with a warning.
 * `KA_BUILD_CACHE=off` builds afresh on every call.
 */
export const CACHE_ROOT = path.join(
  PROJECT_ROOT,
  'node_modules',
  '.cache',
  'kooperationsatlas-builds',
);

export const BUILD_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/support/build-site.ts',
  'tests/helpers/build-cache.ts',
];

const BUILD_VARIABLES =
  /^(KA_.+|SITE_URL|REPOSITORY_.+|CI|NODE_ENV|ASTRO_.+|PUBLIC_.+|VITE_.+|TZ|LANG|LC_.+)$/;
const NOT_BUILD_VARIABLES = new Set([
  'KA_OUT_DIR',
  'KA_CACHE_DIR',
  'KA_BUILD_CACHE',
  'KA_ARTIFACTS_DIR',
]);

/** How long a process waits for another one's build of the same entry. */
const LOCK_TIMEOUT_MS = 15 * 60 * 1000;
/** Entries nobody asked for in this long are removed when a new one is built. */
const UNUSED_FOR_MS = 7 * 24 * 60 * 60 * 1000;

/** Adds every file below `root` (sorted, by relative name and bytes) to `hash`; a missing root adds nothing. */
function hashTree(hash: Hash, root: string): void {
  if (!existsSync(root)) return;
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(path.join(relative, name));
    } else {
      hash.update(`${relative.split(path.sep).join('/')}\0`);
      hash.update(readFileSync(absolute));
      hash.update('\0');
    }
  };
  visit('');
}

function treeDigest(root: string): string {
  const hash = createHash('sha256');
  hashTree(hash, root);
  return hash.digest('hex');
}

let sourceDigest: string | undefined;

/** The digest of BUILD_INPUTS, worked out once per process. */
function projectSourceDigest(): string {
  if (sourceDigest === undefined) {
    const hash = createHash('sha256');
    for (const input of BUILD_INPUTS) {
      hash.update(`${input}\0`);
      hashTree(hash, path.join(PROJECT_ROOT, input));
    }
    sourceDigest = hash.digest('hex');
  }
  return sourceDigest;
}

/** The commits that touched each file of `directory`, with their dates; empty outside Git. */
function gitHistory(directory: string): string {
  try {
    return execFileSync(
      'git',
      ['log', '--format=%H %cs', '--name-only', '--no-renames', '--', '.'],
      {
        cwd: directory,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
  } catch {
    return '';
  }
}

/** The variables of a build's environment that can change its output, sorted by name. */
export function buildVariables(env: Record<string, string | undefined>): [string, string][] {
  return Object.entries(env)
    .filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined &&
        BUILD_VARIABLES.test(entry[0]) &&
        !NOT_BUILD_VARIABLES.has(entry[0]),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The name of the cache entry for a build of `contentDir` with `extraEnv`; see the top of this file. */
export function buildCacheKey(contentDir: string, extraEnv: Record<string, string> = {}): string {
  const absolute = path.resolve(PROJECT_ROOT, contentDir);
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      node: process.version,
      source: projectSourceDigest(),
      contentDir,
      history: gitHistory(absolute),
    }),
  );
  hash.update(JSON.stringify(buildVariables(buildEnvironment(contentDir, extraEnv))));
  hashTree(hash, absolute);
  const name = path.basename(absolute).replace(/[^a-z0-9-]/gi, '') || 'site';
  return `${name}-${hash.digest('hex').slice(0, 32)}`;
}

type Usage = Pick<BuildResult, 'peakRssBytes' | 'wallSeconds' | 'cpuSeconds' | 'cpuPercent'>;

interface StoredResult extends Partial<Usage> {
  exitCode: number;
  output: string;
  /** treeDigest of the output folder when it was built. */
  files: string;
}

type Entry = { state: 'ready'; result: BuildResult } | { state: 'missing' } | { state: 'changed' };

function readEntry(entry: string): Entry {
  const resultFile = path.join(entry, 'result.json');
  let stored: StoredResult;
  try {
    stored = JSON.parse(readFileSync(resultFile, 'utf8')) as StoredResult;
  } catch {
    return { state: 'missing' };
  }
  const outDir = path.join(entry, 'dist');
  if (treeDigest(outDir) !== stored.files) return { state: 'changed' };
  const now = new Date();
  utimesSync(resultFile, now, now);
  return {
    state: 'ready',
    result: {
      exitCode: stored.exitCode,
      output: stored.output,
      outDir,
      peakRssBytes: stored.peakRssBytes,
      wallSeconds: stored.wallSeconds,
      cpuSeconds: stored.cpuSeconds,
      cpuPercent: stored.cpuPercent,
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock folder, or removes it if the process that took it is gone; true when taken. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner: number | undefined;
    try {
      owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8')) || undefined;
    } catch {
      // Taken a moment ago and the owner's pid not written yet, or released meanwhile.
    }
    if (owner !== undefined && !isRunning(owner)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  writeFileSync(path.join(lock, 'pid'), String(process.pid));
  return true;
}

function pruneUnused(cacheRoot: string): void {
  for (const name of readdirSync(cacheRoot)) {
    const resultFile = path.join(cacheRoot, name, 'result.json');
    if (
      !name.endsWith('.lock') &&
      existsSync(resultFile) &&
      Date.now() - statSync(resultFile).mtimeMs > UNUSED_FOR_MS
    ) {
      rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
    }
  }
}

async function fill(
  entry: string,
  build: (folders: { outDir: string; cacheDir: string }) => Promise<BuildResult>,
): Promise<BuildResult> {
  rmSync(entry, { recursive: true, force: true });
  mkdirSync(entry, { recursive: true });
  const outDir = path.join(entry, 'dist');
  const cacheDir = path.join(entry, 'astro-cache');
  const { exitCode, output, peakRssBytes, wallSeconds, cpuSeconds, cpuPercent } = await build({
    outDir,
    cacheDir,
  });
  rmSync(cacheDir, { recursive: true, force: true });
  const usage: Usage = { peakRssBytes, wallSeconds, cpuSeconds, cpuPercent };
  const stored: StoredResult = { exitCode, output, ...usage, files: treeDigest(outDir) };
  writeFileSync(path.join(entry, 'result.json.partial'), JSON.stringify(stored));
  // Written last and at once: a result.json stands for a complete entry.
  renameSync(path.join(entry, 'result.json.partial'), path.join(entry, 'result.json'));
  pruneUnused(path.dirname(entry));
  return { exitCode, output, outDir, ...usage };
}

/**
 * The result stored under `key` in `cacheRoot`, or, if there is none (or its files were
 * changed), the result of `build`, stored for the next caller. One build per key at a time,
 * across processes.
 */
export async function withBuildCache(
  cacheRoot: string,
  key: string,
  build: (folders: { outDir: string; cacheDir: string }) => Promise<BuildResult>,
  warn: (message: string) => void = (message) => process.emitWarning(message),
): Promise<BuildResult> {
  const entry = path.join(cacheRoot, key);
  const lock = `${entry}.lock`;
  mkdirSync(cacheRoot, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const found = readEntry(entry);
    if (found.state === 'ready') return found.result;
    if (tryLock(lock)) {
      try {
        const again = readEntry(entry);
        if (again.state === 'ready') return again.result;
        if (again.state === 'changed') {
          warn(
            `The shared build ${entry} was changed after it was built; building it again. A test that changes a build's files works on ownCopy(build).`,
          );
        }
        return await fill(entry, build);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline)
      throw new Error(
        `Waited ${LOCK_TIMEOUT_MS / 60_000} min for ${lock}; remove it if no test is running.`,
      );
    await sleep(200);
  }
}

const builds = new Map<string, Promise<BuildResult>>();

/**
 * The real `astro build` of a knowledge base folder (relative to the project root) with
 * `extraEnv`, shared with every other test that asks for the same: its output folder is
 * read-only by agreement (see `ownCopy`).
 */
export function sharedBuild(
  contentDir: string,
  extraEnv: Record<string, string> = {},
): Promise<BuildResult> {
  if (process.env['KA_BUILD_CACHE'] === 'off') return buildSite(contentDir, extraEnv);
  const key = buildCacheKey(contentDir, extraEnv);
  let build = builds.get(key);
  if (!build) {
    build = withBuildCache(CACHE_ROOT, key, (folders) =>
      runAstroBuild(contentDir, extraEnv, folders),
    );
    builds.set(key, build);
  }
  return build;
}

/** A private copy of a build's output folder, for a test that changes files in it; removed when the process exits. */
export function ownCopy(build: BuildResult): BuildResult {
  const work = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-build-copy-'));
  process.once('exit', () => rmSync(work, { recursive: true, force: true }));
  const outDir = path.join(work, 'dist');
  if (existsSync(build.outDir)) cpSync(build.outDir, outDir, { recursive: true });
  return { ...build, outDir };
}
