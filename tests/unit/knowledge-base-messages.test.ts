import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { KnowledgeBaseError, type Problem } from '../../src/vocabulary/errors.ts';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';

/** Loads a knowledge base written into a temporary folder and returns its problems. */
const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function problemsOf(files: Record<string, string>): readonly Problem[] {
  const root = mkdtempSync(path.join(tmpdir(), 'kb-messages-'));
  folders.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
    writeFileSync(path.join(root, 'content', file), text);
  }
  try {
    loadKnowledgeBase(root, path.join(root, 'content'));
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
  return [];
}

const tuples = (problems: readonly Problem[]) =>
  problems.map((problem) => [problem.code, problem.file, problem.line, problem.field]);

const actionField = '---\ntitle: Mobilität\nsummary: Verkehr.\n---\n';
const initiative = (leads: string) =>
  `---\ntitle: Radweg\nsummary: Ein Projekt.\nstatus: active\nleads:\n  - ${leads}\nactionFields: [mobil]\n---\n`;

test('a file whose YAML breaks is one problem; entries pointing to it do not fail as well', () => {
  const problems = problemsOf({
    'actors/kaputt.md': '---\ntitle: [kaputt\nsummary: Test.\nkind: other\n---\nText.\n',
    'action-fields/mobil.md': actionField,
    'initiatives/rad.md': initiative('kaputt'),
  });
  assert.deepEqual(tuples(problems), [['yaml-syntax', 'content/actors/kaputt.md', 2, undefined]]);
  assert.equal(problems[0]?.column, 8);
});

test('a reference typo has its line and a suggestion', () => {
  const problems = problemsOf({
    'actors/region-hannover.md':
      '---\ntitle: Region Hannover\nsummary: Eine Region.\nkind: region\n---\n',
    'action-fields/mobil.md': actionField,
    'initiatives/rad.md': initiative('region-hanover'),
  });
  assert.deepEqual(tuples(problems), [
    ['unknown-reference', 'content/initiatives/rad.md', 6, 'leads[0]'],
  ]);
  assert.equal(problems[0]?.suggestion, 'region-hannover');
});

test('a parent chain that loops back stops the build with one problem naming the entries', () => {
  const actor = (parent: string) =>
    `---\ntitle: A\nsummary: Ein Akteur.\nkind: other\nparent: ${parent}\n---\n`;
  const problems = problemsOf({
    'actors/stadt.md': actor('kreis'),
    'actors/kreis.md': actor('stadt'),
  });
  assert.deepEqual(tuples(problems), [['parent-cycle', 'content/actors/kreis.md', 5, 'parent']]);
  assert.match(problems[0]!.expected, /kreis → stadt → kreis/);
});

test('the error is the whole story: its stack carries no code locations', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kb-messages-'));
  folders.push(root);
  mkdirSync(path.join(root, 'content', 'actors'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'actors', 'a.md'), '---\ntitle: A\n---\n');
  assert.throws(
    () => loadKnowledgeBase(root, path.join(root, 'content')),
    (error: Error) =>
      error instanceof KnowledgeBaseError &&
      !/\n\s+at /.test(error.stack ?? '') &&
      error.stack!.includes('[missing-field] content/actors/a.md:2 › summary'),
  );
});
