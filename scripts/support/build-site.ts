import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchProcessTree } from './process-tree.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildResult {
  exitCode: number;
  output: string;
  outDir: string;
  /** Peak resident memory of the build and its child processes, where /proc tells. */
  peakRssBytes: number | undefined;
  /** From start until the build process closed (undefined in results stored before it was kept). */
  wallSeconds: number | undefined;
  /** CPU time of the build and all its child processes, Pagefind's included, where /proc tells. */
  cpuSeconds: number | undefined;
  /** cpuSeconds / wallSeconds × 100: 200 % means both cores of a 2-core machine busy throughout. */
  cpuPercent: number | undefined;
}

/**
 * The environment of a build of the knowledge base folder `contentDir` (relative to the
 * project root or absolute), without the two folders it writes to (`KA_OUT_DIR`, `KA_CACHE_DIR`).
 */
export function buildEnvironment(
  contentDir: string,
  extraEnv: Record<string, string> = {},
): Record<string, string | undefined> {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build in a test behaves the same locally and in CI; a test that wants CI says so.
    CI: '',
    KA_CONTENT_DIR: contentDir,
    ...extraEnv,
  };
}

/**
 * Runs the real `astro build` against a knowledge base folder into `outDir`, with Astro's
 * cache in `cacheDir`, and returns its exit code and output.
 */
export function runAstroBuild(
  contentDir: string,
  extraEnv: Record<string, string>,
  folders: { outDir: string; cacheDir: string },
): Promise<BuildResult> {
  const astro = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: PROJECT_ROOT,
      env: {
        ...buildEnvironment(contentDir, extraEnv),
        KA_OUT_DIR: folders.outDir,
        KA_CACHE_DIR: folders.cacheDir,
      },
    });
    const started = performance.now();
    const usage = watchProcessTree(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const { peakRssBytes, cpuSeconds } = usage.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      resolve({
        exitCode: code ?? 1,
        output,
        outDir: folders.outDir,
        peakRssBytes,
        wallSeconds,
        cpuSeconds,
        cpuPercent: cpuSeconds === undefined ? undefined : (cpuSeconds / wallSeconds) * 100,
      });
    });
  });
}

/**
 * Runs the real `astro build` against a knowledge base folder (relative to the project
 * root), into a fresh temporary output folder, and returns its exit code and output.
 * Tests share builds through tests/helpers/build-cache.ts instead.
 */
export function buildSite(
  contentDir: string,
  extraEnv: Record<string, string> = {},
): Promise<BuildResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-build-'));
  // The output lives as long as the process that reads it.
  process.once('exit', () => rmSync(work, { recursive: true, force: true }));
  return runAstroBuild(contentDir, extraEnv, {
    outDir: path.join(work, 'dist'),
    cacheDir: path.join(work, 'cache'),
  });
}
