import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { listEntryFiles, type EntryFile } from './entry-files.ts';
import { lastCommitDates } from './git-dates.ts';
import type { LoadCache } from './load.ts';
import type { FileResult } from './read-entry.ts';

export interface ParallelOptions {
  /** Below this many files per worker, starting workers costs more than it saves. */
  minFilesPerWorker?: number;
  maxWorkers?: number;
}

/**
 * Fills the load cache using every core: reading, validating and rendering a file needs no
 * other file, so worker threads take a share each; the graph and link checks that need all
 * files then run in `loadKnowledgeBase`, which finds every file in the cache. Small knowledge
 * bases leave the work to `loadKnowledgeBase` alone. A worker that fails fails the load: a
 * silent fallback would hide a bug that only large knowledge bases meet.
 */
export async function readInParallel(
  root: string,
  contentDir: string,
  cache: LoadCache,
  options: ParallelOptions = {},
): Promise<void> {
  const { minFilesPerWorker = 400, maxWorkers = availableParallelism() } = options;
  cache.commitDates ??= lastCommitDates(contentDir);
  const files = listEntryFiles(root, contentDir).files.filter(
    (file) => !cache.files.has(file.absolutePath),
  );
  const workers = Math.min(maxWorkers, Math.floor(files.length / minFilesPerWorker));
  if (workers < 2) return;
  const shares = Array.from({ length: workers }, (_, worker) =>
    files.filter((_, index) => index % workers === worker),
  );
  const commitDates = [...cache.commitDates.dates];
  const results = await Promise.all(shares.map((share) => readShare(root, share, commitDates)));
  for (const [file, result] of results.flat()) cache.files.set(file, result);
}

function readShare(
  root: string,
  files: EntryFile[],
  commitDates: [string, string][],
): Promise<[string, FileResult][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-in-parallel-worker.ts', import.meta.url), {
      workerData: { root, files, commitDates },
    });
    worker.once('message', (results: [string, FileResult][]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0
        ? undefined
        : reject(new Error(`Ein Thread zum Lesen der Wissensbasis endete mit Code ${code}.`)),
    );
  });
}
