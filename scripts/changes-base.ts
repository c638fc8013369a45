/**
 * The knowledge base as it was at a Git revision, read with the project's own loader: the
 * folder's files are copied out of Git (`git ls-tree`, `git cat-file`) into a temporary folder,
 * never checked out over the editor's work, and loaded there like the working tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase, type KnowledgeBase } from '../src/knowledge-base/load.ts';

/** A Git problem told in German, e.g. an unknown revision. */
export class RevisionError extends Error {}

function git(root: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd: root,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export function repositoryRoot(directory: string): string {
  try {
    return git(directory, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch {
    throw new RevisionError(`${directory} liegt in keinem Git-Repository.`);
  }
}

function commitOf(root: string, revision: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    throw new RevisionError(
      `Den Stand „${revision}“ gibt es in diesem Repository nicht (z. B. „main“, „origin/main“ oder eine Commit-Kennung; in einer flachen Kopie fehlt er vielleicht: git fetch --unshallow).`,
    );
  }
}

/** Writes the files below `folder` (relative to the repository root) at `commit` into `target`. */
function copyTree(root: string, commit: string, folder: string, target: string): void {
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object] = line.slice(0, tab).split(' ') as [string, string, string];
      return { mode, type, object, file: line.slice(tab + 1) };
    })
    .filter((item) => item.type === 'blob');
  if (!listing.length) return;
  const contents = git(
    root,
    ['cat-file', '--batch'],
    listing.map((item) => item.object).join('\n') + '\n',
  );
  let offset = 0;
  for (const item of listing) {
    const headerEnd = contents.indexOf(0x0a, offset);
    const size = Number(contents.toString('utf8', offset, headerEnd).split(' ')[2]);
    const bytes = contents.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const destination = path.resolve(target, item.file);
    // Git refuses `..` in trees; checked anyway, as the tree is an editor's.
    if (!destination.startsWith(target + path.sep)) continue;
    mkdirSync(path.dirname(destination), { recursive: true });
    // A symbolic link stays one, so the loader refuses it as it would in the working tree.
    if (item.mode === '120000') symlinkSync(bytes.toString('utf8'), destination);
    else writeFileSync(destination, bytes);
  }
}

/**
 * Loads the knowledge base folder `contentDir` (absolute, inside the repository at `root`) as
 * it was at `revision`. Throws the loader's KnowledgeBaseError when it had problems then.
 */
export function knowledgeBaseAt(root: string, contentDir: string, revision: string): KnowledgeBase {
  const commit = commitOf(root, revision);
  const folder = path.relative(root, contentDir).split(path.sep).join('/');
  const work = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-changes-'));
  try {
    copyTree(root, commit, folder, work);
    const copied = path.join(work, folder);
    mkdirSync(copied, { recursive: true });
    return loadKnowledgeBase(work, copied);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
