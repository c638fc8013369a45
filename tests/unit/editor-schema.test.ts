import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { remark } from 'remark';
import type { Preset } from 'unified';
import { VFile } from 'vfile';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { editorSchema } from '../../src/editor/frontmatter-schema.ts';
import { editorFiles } from '../../scripts/editor/editor-files.ts';
import { PROJECT_ROOT } from '../../scripts/shared/build-site.ts';

/** The parts of an editor JSON Schema these tests read. */
interface SchemaNode {
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: string[];
  minItems?: number;
  pattern?: string;
  not?: SchemaNode;
  properties?: Record<string, SchemaNode>;
}

interface SchemaMessage {
  line?: number | undefined;
  schema?: { instancePath: string; keyword: string };
}

/**
 * The route VS Code uses (`unifiedjs.vscode-remark` reading `.remarkrc.mjs`): remark with the
 * frontmatter rule, which validates with ajv against `.vscode/schemas/`. The file is given
 * the path it would have in `content/`, so the schema associations of `.remarkrc.mjs` apply.
 */
async function lintAs(file: string, text: string): Promise<SchemaMessage[]> {
  const { default: config } = (await import(
    pathToFileURL(path.join(PROJECT_ROOT, '.remarkrc.mjs')).href
  )) as { default: Preset };
  const vfile = new VFile({ path: path.join(PROJECT_ROOT, file), value: text });
  await remark().use(config).process(vfile);
  return vfile.messages;
}

test('the committed editor schemas and docs/felder.md are up to date (else: npm run schemas)', () => {
  for (const [file, expected] of editorFiles()) {
    assert.equal(
      readFileSync(path.join(PROJECT_ROOT, file), 'utf8'),
      expected,
      `${file} ist veraltet: npm run schemas`,
    );
  }
});

test('reference fields list the published slugs of their target collections, refinements become patterns', () => {
  const published = {
    initiatives: ['radweg'],
    networks: ['uan'],
    'action-fields': ['mobilitaet'],
    actors: ['region-hannover'],
    'press-releases': [],
  };
  const schema = editorSchema('initiatives', published) as {
    properties: Record<string, SchemaNode>;
  };
  assert.deepEqual(schema.properties['leads']?.items?.enum, ['region-hannover', 'uan']);
  assert.deepEqual(schema.properties['actionFields']?.items?.enum, ['mobilitaet']);
  assert.equal(schema.properties['leads']?.minItems, 1);
  assert.ok(schema.properties['started']?.pattern, 'dates carry a pattern');
  assert.ok(schema.properties['website']?.pattern, 'web addresses carry a pattern');
  assert.ok(schema.properties['summary']?.not?.pattern, 'summary rejects Markdown');
  const network = editorSchema('networks', published) as { properties: Record<string, SchemaNode> };
  const [bare, object] = network.properties['members']?.items?.anyOf ?? [];
  assert.deepEqual(bare?.enum, ['region-hannover', 'uan']);
  assert.deepEqual(object?.properties?.['ref']?.enum, ['region-hannover', 'uan']);
});

test('VS Code recommends the remark extension, the route that reads .remarkrc.mjs', () => {
  const jsonc = readFileSync(path.join(PROJECT_ROOT, '.vscode/extensions.json'), 'utf8').replace(
    /^\s*\/\/.*$/gm,
    '',
  );
  assert.ok(
    (JSON.parse(jsonc) as { recommendations: string[] }).recommendations.includes(
      'unifiedjs.vscode-remark',
    ),
  );
});

test('.remarkrc.mjs associates every collection folder with its schema', () => {
  const text = readFileSync(path.join(PROJECT_ROOT, '.remarkrc.mjs'), 'utf8');
  for (const name of COLLECTION_NAMES)
    assert.match(text, new RegExp(`'${COLLECTIONS[name].folder}'`));
});

test('the VS Code route flags a bad file, at the line of each mistake', async () => {
  const text = readFileSync(
    path.join(PROJECT_ROOT, 'tests/fixtures/editor/kaputte-initiative.md'),
    'utf8',
  );
  const messages = await lintAs('content/initiatives/kaputte-initiative.md', text);
  const found = messages.map(
    (message) =>
      `${message.schema?.instancePath} ${message.schema?.keyword} ${message.line ?? '-'}`,
  );
  for (const expected of [
    ' required -', // actionFields missing
    ' additionalProperties -', // `titel`
    '/summary not 3', // Markdown in the summary
    '/status enum 4', // German label instead of the value
    '/leads/0 enum 5', // a slug that does not exist
    '/started pattern 6', // 17.11.2023
    '/website pattern 7', // no https://
  ]) {
    assert.ok(found.includes(expected), `${expected} fehlt in ${found.join(' | ')}`);
  }
});

test('every entry of the knowledge base passes the editor schema of its collection', async () => {
  for (const name of COLLECTION_NAMES) {
    const folder = path.join(PROJECT_ROOT, 'content', COLLECTIONS[name].folder);
    for (const file of readdirSync(folder)) {
      const messages = await lintAs(
        `content/${COLLECTIONS[name].folder}/${file}`,
        readFileSync(path.join(folder, file), 'utf8'),
      );
      assert.deepEqual(
        messages.map((message) => `${message.schema?.instancePath} ${message.schema?.keyword}`),
        [],
        file,
      );
    }
  }
});
