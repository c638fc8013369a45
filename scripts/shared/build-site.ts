import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchPeakRss } from './process-memory.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildResult {
  exitCode: number;
  output: string;
  outDir: string;
  /** Peak resident memory of the build and its child processes, where /proc tells. */
  peakRssBytes: number | undefined;
}

/**
 * Runs the real `astro build` against a knowledge base folder (relative to the project
 * root), into a fresh temporary output folder, and returns its exit code and output.
 */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-build-'));
  // The output lives as long as the test process that reads it.
  process.once('exit', () => rmSync(work, { recursive: true, force: true }));
  const outDir = path.join(work, 'dist');
  const astro = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        // A build in a test behaves the same locally and in CI; a test that wants CI says so.
        CI: '',
        KA_CONTENT_DIR: contentDir,
        KA_OUT_DIR: outDir,
        KA_CACHE_DIR: path.join(work, 'cache'),
        ...extraEnv,
      },
    });
    const memory = watchPeakRss(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output, outDir, peakRssBytes: memory.stop() }));
  });
}
