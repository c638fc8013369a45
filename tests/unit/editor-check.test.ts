import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import type { LintedMessage } from '../helpers/remark-messages.ts';

/**
 * The VS Code route as the remark extension runs it: `.remarkrc.mjs` with real remark, on a copy
 * of the knowledge base (KA_CONTENT_DIR) into which the test writes its files.
 */
let contentDir: string;
before(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'editor-check-'));
  cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
});
after(() => rmSync(contentDir, { recursive: true, force: true }));

/** Writes each file to disk, then lints the given text (which may differ: unsaved in the editor). */
async function lint(
  files: { file: string; onDisk?: string; text: string }[],
): Promise<LintedMessage[]> {
  const input = files.map(({ file, onDisk, text }) => {
    const absolute = path.join(contentDir, file);
    writeFileSync(absolute, onDisk ?? text);
    return { path: absolute, text };
  });
  // Asynchronous: the unit tests share one process, and the first check takes seconds.
  const running = promisify(execFile)(
    path.join(PROJECT_ROOT, 'node_modules/.bin/node'),
    [path.join(PROJECT_ROOT, 'tests/helpers/remark-messages.ts')],
    { env: { ...process.env, KA_CONTENT_DIR: contentDir }, encoding: 'utf8', timeout: 120_000 },
  );
  running.child.stdin?.end(JSON.stringify(input));
  return JSON.parse((await running).stdout) as LintedMessage[];
}

const initiative = [
  '---',
  'title: Radweg an der Leine',
  'summary: Ein neuer Radweg.',
  'status: laufend', // 4: the German label instead of the value
  'leads: [region-hanover]', // 5: a slug typo
  'actionFields: [mobilitaet]',
  'started: 17.11.2023', // 7: a German date
  'webseite: https://example.org', // 8: a field that does not exist
  '---',
  'Text.',
  '',
].join('\n');

const network = [
  '---',
  'title: Radbündnis Leine',
  'summary: Ein Bündnis für Radwege.',
  'form: alliance',
  'members:',
  '  - ref: region-hanover', // 6: a member typo, written as an object
  '    role: Mitglied',
  '  - landeshauptstadt-hanover', // 8: a member typo, written as a bare slug
  'actionFields: [mobilitaet]',
  '---',
  'Text.',
  '',
].join('\n');

const withoutTypos = (text: string) =>
  text
    .replace('laufend', 'active')
    .replaceAll('region-hanover', 'region-hannover')
    .replace('landeshauptstadt-hanover', 'landeshauptstadt-hannover')
    .replace('17.11.2023', '2023-11-17')
    .replace('webseite', 'website');

let messages: LintedMessage[];
before(async () => {
  messages = await lint([
    { file: 'initiatives/radweg-an-der-leine.md', text: initiative },
    // Saved without mistakes, typed with them: the open text is what is checked.
    { file: 'networks/radbuendnis-leine.md', onDisk: withoutTypos(network), text: network },
    { file: 'networks/radbuendnis-ost.md', text: withoutTypos(network) },
    {
      file: 'actors/kaputt.md',
      text: '---\ntitle: [kaputt\nsummary: Test.\nkind: other\n---\nText.\n',
    },
    {
      file: 'action-fields/radverkehr.md',
      text: '---\ntitle: Radverkehr\nsummary: Wege.\n---\nDie [Region](../actors/region-hanover.md) plant.\n\n<script>alert(1)</script>\n',
    },
    { file: 'README.md', text: '---\ntitel: kein Eintrag\n---\n' },
  ]);
});

const of = (file: string) =>
  messages.filter((message) => message.path === path.join(contentDir, file));

test('one German message per mistake, at its line, with „Meinten Sie …?“ as a quick fix', () => {
  const found = of('initiatives/radweg-an-der-leine.md').map((message) => [
    message.start?.line,
    message.ruleId,
    message.expected?.join(' '),
  ]);
  assert.deepEqual(found, [
    [4, 'invalid-value', 'active'],
    [5, 'unknown-reference', 'region-hannover'],
    [7, 'invalid-date', '2023-11-17'],
    [8, 'unknown-field', 'website'],
  ]);
  for (const message of of('initiatives/radweg-an-der-leine.md')) {
    assert.match(message.reason, new RegExp(`Meinten Sie „${message.expected?.[0]}“`));
    assert.doesNotMatch(message.reason, /\bmust\b|allowed values|pattern/i, message.reason);
    assert.equal(message.fatal, true, 'an error, as in the build');
  }
});

test('a member typo is one message, written as an object or as a bare slug', () => {
  const found = of('networks/radbuendnis-leine.md').map((message) => [
    message.start?.line,
    message.ruleId,
    message.expected?.join(' '),
  ]);
  assert.deepEqual(found, [
    [6, 'unknown-reference', 'region-hannover'],
    [8, 'unknown-reference', 'landeshauptstadt-hannover'],
  ]);
  assert.match(
    of('networks/radbuendnis-leine.md')[0]!.reason,
    /^members\[0\]\.ref: „region-hanover“ – Verweis auf einen Eintrag, den es nicht gibt\. Meinten Sie „region-hannover“\?/,
  );
});

test('the quick fixes replace exactly the mistaken text: applied, the file is clean', () => {
  for (const file of ['initiatives/radweg-an-der-leine.md', 'networks/radbuendnis-leine.md']) {
    const text = file.startsWith('initiatives') ? initiative : network;
    let fixed = text;
    for (const message of of(file).reverse()) {
      fixed =
        fixed.slice(0, message.start!.offset) +
        message.expected![0]! +
        fixed.slice(message.end!.offset);
    }
    assert.equal(fixed, withoutTypos(text), file);
  }
  assert.deepEqual(of('networks/radbuendnis-ost.md'), [], 'the corrected network passes');
});

test('the message shows the German description of the field from the schema', () => {
  const [status, leads] = of('initiatives/radweg-an-der-leine.md');
  assert.match(status?.note ?? '', /^„status“: Stand: planned \(geplant\)/);
  assert.match(leads?.note ?? '', /^„leads“: Träger/);
  assert.match(of('networks/radbuendnis-leine.md')[0]?.note ?? '', /^„ref“: Slug eines Eintrags/);
});

test('YAML that cannot be read is one message at its line and column', () => {
  assert.deepEqual(
    of('actors/kaputt.md').map((message) => [
      message.ruleId,
      message.start?.line,
      message.start?.column,
    ]),
    [['yaml-syntax', 2, 8]],
  );
});

test('the body is checked too: a dead link and removed HTML, each once at its line', () => {
  assert.deepEqual(
    of('action-fields/radverkehr.md').map((message) => [
      message.ruleId,
      message.start?.line,
      message.fatal,
    ]),
    [
      ['broken-link', 5, true],
      // A warning (yellow), as in `npm run check -- <file>`: the page shows the text without it.
      ['html-removed', 7, false],
    ],
  );
});

test('a file that is not an entry is left alone', () => {
  assert.deepEqual(of('README.md'), []);
});

test('the plugin knows the same collection folders as the knowledge base', async () => {
  const plugin = pathToFileURL(path.join(PROJECT_ROOT, 'scripts/editor/remark-entry-check.mjs'));
  const { FOLDERS } = (await import(plugin.href)) as { FOLDERS: string[] };
  assert.deepEqual(
    FOLDERS,
    COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder),
  );
});
