import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { listEntryFiles } from '../../src/knowledge-base/entry-files.ts';

function knowledgeBase(): { root: string; content: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'entry-files-'));
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'actors'), { recursive: true });
  mkdirSync(path.join(content, 'networks'));
  const outside = path.join(mkdtempSync(path.join(tmpdir(), 'outside-')), 'geheim.md');
  writeFileSync(outside, '---\ntitle: Geheim\nsummary: Von außerhalb.\nkind: other\n---\n');
  return { root, content, outside };
}

const problemsOf = (root: string, content: string) =>
  listEntryFiles(root, content)
    .problems.map((problem) => `${problem.code} ${problem.file}`)
    .sort();

test('entries are plain files with a slug name in a collection folder; the README and .gitkeep are left alone', () => {
  const { root, content } = knowledgeBase();
  writeFileSync(path.join(content, 'README.md'), '# Wissensbasis');
  writeFileSync(path.join(content, 'actors', 'stadt.md'), '');
  writeFileSync(path.join(content, 'actors', 'kreis.mdx'), '');
  writeFileSync(path.join(content, 'networks', '.gitkeep'), '');
  const { files, problems } = listEntryFiles(root, content);
  assert.deepEqual(files.map((file) => `${file.collection}/${file.slug}.${file.format}`).sort(), [
    'actors/kreis.mdx',
    'actors/stadt.md',
  ]);
  assert.deepEqual(problems, []);
});

test('symbolic links are refused, never followed: to a file outside, to a folder, and dangling', () => {
  const { root, content, outside } = knowledgeBase();
  symlinkSync(outside, path.join(content, 'actors', 'geheim.md'));
  symlinkSync(path.dirname(outside), path.join(content, 'networks', 'fremd'));
  symlinkSync(path.join(root, 'gibt-es-nicht.md'), path.join(content, 'actors', 'weg.md'));
  symlinkSync(path.dirname(outside), path.join(content, 'initiatives'));
  const { files } = listEntryFiles(root, content);
  assert.deepEqual(files, []);
  assert.deepEqual(problemsOf(root, content), [
    'unsafe-file content/actors/geheim.md',
    'unsafe-file content/actors/weg.md',
    'unsafe-file content/initiatives',
    'unsafe-file content/networks/fremd',
  ]);
});

test('hidden files and folders are refused, not skipped; files in subfolders and with other names are reported', () => {
  const { root, content } = knowledgeBase();
  writeFileSync(path.join(content, '.komponente.astro'), '---\nconsole.log(1)\n---');
  writeFileSync(path.join(content, 'actors', '.entwurf.md'), '');
  mkdirSync(path.join(content, 'actors', '.versteckt'));
  mkdirSync(path.join(content, 'actors', 'unter'));
  writeFileSync(path.join(content, 'actors', 'unter', 'x.md'), '');
  writeFileSync(path.join(content, 'actors', 'Falsch.MD'), '');
  writeFileSync(path.join(content, 'notiz.txt'), '');
  assert.deepEqual(problemsOf(root, content), [
    'invalid-filename content/actors/Falsch.MD',
    'invalid-filename content/actors/unter/x.md',
    'unknown-folder content/notiz.txt',
    'unsafe-file content/.komponente.astro',
    'unsafe-file content/actors/.entwurf.md',
    'unsafe-file content/actors/.versteckt',
  ]);
});
