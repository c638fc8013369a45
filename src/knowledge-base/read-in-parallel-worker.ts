import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { EntryFile } from './entry-files.ts';
import { readEntryFile } from './read-entry.ts';

/** One worker's share of src/knowledge-base/read-in-parallel.ts: each file read, validated and rendered on its own. */
const { root, files, commitDates } = workerData as {
  root: string;
  files: EntryFile[];
  commitDates: [string, string][];
};
const dates = new Map(commitDates);
parentPort!.postMessage(
  files.map((file) => [
    file.absolutePath,
    readEntryFile(root, file, readFileSync(file.absolutePath, 'utf8'), dates),
  ]),
);
