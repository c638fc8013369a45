/**
 * The project's own check for the editor, as a long-running process: the remark plugin
 * (scripts/editor/remark-entry-check.mjs) starts it with the project's Node and sends one JSON
 * line per open file, `{ id, contentDir, path, text }`; the answer is one JSON line
 * `{ id, messages }` or `{ id, error }`. It stays alive so the knowledge base is read once and
 * each later check costs milliseconds; it ends when the plugin's side of stdin closes.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createEntryChecker, type EditorMessage } from '../../src/editor/entry-check.ts';

interface Request {
  id: number;
  contentDir: string;
  path: string;
  text: string;
}

// stdout carries the answers only; anything the loader says goes to stderr (the extension's log).
console.log = console.info = console.debug = console.error;

const check = createEntryChecker(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
);
const queue: Request[] = [];
let scheduled = false;

createInterface({ input: process.stdin }).on('line', (line) => {
  queue.push(JSON.parse(line) as Request);
  if (!scheduled) {
    scheduled = true;
    setImmediate(drain);
  }
});

/**
 * While typing, requests for the same file pile up behind a slow first check: only the newest
 * text of each file is checked, and its answer goes to all of them.
 */
function drain(): void {
  scheduled = false;
  const batch = queue.splice(0);
  const newest = new Map<string, Request>();
  for (const request of batch) newest.set(`${request.contentDir}\0${request.path}`, request);
  for (const [key, request] of newest) {
    let answer: { messages: EditorMessage[] } | { error: string };
    try {
      answer = { messages: check(request.contentDir, request.path, request.text) };
    } catch (error) {
      answer = { error: error instanceof Error ? error.message : String(error) };
    }
    for (const waiting of batch)
      if (`${waiting.contentDir}\0${waiting.path}` === key)
        process.stdout.write(`${JSON.stringify({ id: waiting.id, ...answer })}\n`);
  }
}
