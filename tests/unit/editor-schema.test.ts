import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { editorSchema } from '../../src/editor/frontmatter-schema.ts';
import { scanContent } from '../../src/editor/content-scan.ts';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
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

test('every entry of the knowledge base passes the editor schema of its collection', () => {
  const { published } = scanContent(path.join(PROJECT_ROOT, 'content'));
  const ajv = new Ajv({ allErrors: true });
  for (const name of COLLECTION_NAMES) {
    const validate = ajv.compile(editorSchema(name, published));
    const folder = path.join(PROJECT_ROOT, 'content', COLLECTIONS[name].folder);
    for (const file of readdirSync(folder)) {
      const { data } = parseEntryFile(readFileSync(path.join(folder, file), 'utf8'));
      validate(data);
      assert.deepEqual(
        (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`),
        [],
        file,
      );
    }
    assert.equal(validate({}), false, `${name}: an empty head fails`);
  }
});
