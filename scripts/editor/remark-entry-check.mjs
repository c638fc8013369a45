/**
 * remark plugin: the project's own check of an entry, while it is typed in VS Code (the remark
 * extension reads .remarkrc.mjs). Every mistake is one German message from the error catalog,
 * at the written value, with „Meinten Sie …?“ as a quick fix, the same verdict as
 * `npm run check -- <file>`.
 *
 * Plain JavaScript on purpose: VS Code runs the extension in its own Node (Electron's), which
 * may not load TypeScript. The check itself runs in a worker started with the project's Node
 * (node_modules/node, installed by `npm install`), which keeps the knowledge base in memory.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKER = path.join(ROOT, 'scripts/editor/entry-check-worker.ts');
const NODE = path.join(
  ROOT,
  'node_modules/node/bin',
  process.platform === 'win32' ? 'node.exe' : 'node',
);
/** The collection folders (src/vocabulary/collections.ts; a unit test keeps the two equal). */
export const FOLDERS = ['initiatives', 'networks', 'action-fields', 'actors', 'press-releases'];
/** The first check reads and renders every entry; later ones take milliseconds. */
const TIMEOUT_MS = 60_000;

/** @typedef {{ resolve: (answer: { messages?: unknown[], error?: string }) => void }} Pending */

/** @type {{ child: import('node:child_process').ChildProcess, pending: Map<number, Pending> } | undefined} */
let worker;
let nextId = 1;

function startWorker() {
  const child = spawn(NODE, [WORKER], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  /** @type {Map<number, Pending>} */
  const pending = new Map();
  const current = { child, pending };
  const fail = (/** @type {string} */ error) => {
    if (worker === current) worker = undefined;
    for (const waiting of pending.values()) waiting.resolve({ error });
    pending.clear();
  };
  child.on('error', (error) => fail(error.message));
  child.on('exit', (code) => fail(`Prüfprozess beendet mit Code ${code}`));
  createInterface({ input: child.stdout }).on('line', (line) => {
    let answer;
    try {
      answer = JSON.parse(line);
    } catch {
      return; // not an answer: the language server must not fall over a stray line
    }
    pending.get(answer.id)?.resolve(answer);
    pending.delete(answer.id);
    holdWhileWaiting(current);
  });
  // Without open requests the worker must not keep a command-line run (or a test) alive.
  holdWhileWaiting(current);
  return current;
}

/** The worker keeps this process alive only while an answer is awaited. */
function holdWhileWaiting(/** @type {NonNullable<typeof worker>} */ current) {
  for (const handle of [current.child, current.child.stdin, current.child.stdout]) {
    if (current.pending.size) handle?.ref();
    else handle?.unref();
  }
}

/** @returns {Promise<{ messages?: any[], error?: string }>} */
function ask(/** @type {{ contentDir: string, path: string, text: string }} */ request) {
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      current.pending.delete(id);
      resolve({ error: `keine Antwort nach ${TIMEOUT_MS / 1000} Sekunden` });
    }, TIMEOUT_MS);
    current.pending.set(id, {
      resolve: (answer) => {
        clearTimeout(timer);
        resolve(answer);
      },
    });
    holdWhileWaiting(current);
    current.child.stdin?.write(`${JSON.stringify({ id, ...request })}\n`);
  });
}

/** The content folder as the build reads it (`KA_CONTENT_DIR`, else `content/`). */
function contentDir() {
  return path.resolve(ROOT, process.env['KA_CONTENT_DIR'] ?? 'content');
}

/** @type {import('unified').Plugin<[], import('mdast').Root>} */
export default function remarkEntryCheck() {
  return async (_tree, file) => {
    if (!file.path) return;
    const absolutePath = path.resolve(file.cwd, file.path);
    const folder = path.relative(contentDir(), absolutePath).split(path.sep)[0];
    if (!folder || !FOLDERS.includes(folder)) return;
    if (!existsSync(NODE)) {
      file.message(
        'Die Prüfung der Einträge braucht das Node des Projekts: Führen Sie im Projektordner einmal „npm install“ aus.',
        { ruleId: 'check-unavailable', source: 'kooperationsatlas' },
      );
      return;
    }
    const answer = await ask({
      contentDir: contentDir(),
      path: absolutePath,
      text: String(file.value),
    });
    if (answer.error !== undefined || !answer.messages) {
      file.message(
        `Die Prüfung der Einträge konnte nicht laufen (${answer.error}). „npm run check -- ${path.relative(ROOT, absolutePath)}“ im Terminal prüft die Datei.`,
        { ruleId: 'check-unavailable', source: 'kooperationsatlas' },
      );
      return;
    }
    for (const entry of answer.messages) {
      const message = file.message(entry.reason, {
        place: entry.place,
        ruleId: entry.code,
        source: 'kooperationsatlas',
      });
      // An error fails the pull request; VS Code shows it red, a warning yellow.
      message.fatal = entry.severity === 'error';
      if (entry.note) message.note = entry.note;
      if (entry.expected !== undefined) message.expected = [entry.expected];
    }
  };
}
