import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { editorSchema } from '../../src/editor/frontmatter-schema.ts';
import { scanContent } from '../../src/editor/content-scan.ts';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
import { FIELD_REFERENCE, editorFiles } from '../../scripts/editor/editor-files.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

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

test('the committed docs/felder.md is up to date (else: npm run schemas)', () => {
  // The editor schemas list the current slugs, so they are generated on install and before
  // `npm run dev`, never committed: a new entry must not need a regenerated file to pass.
  const reference = editorFiles().get(FIELD_REFERENCE)!;
  assert.equal(
    readFileSync(path.join(PROJECT_ROOT, FIELD_REFERENCE), 'utf8'),
    reference,
    `${FIELD_REFERENCE} ist veraltet: npm run schemas`,
  );
  assert.match(
    readFileSync(path.join(PROJECT_ROOT, '.gitignore'), 'utf8'),
    /^\/\.vscode\/schemas\/$/m,
  );
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

/**
 * The editor schema must accept whatever the project's validator accepts. Checked on the good
 * fixture, whose entries use every field, with schemas made from its own slugs: a content pull
 * request is judged by `npm run check` alone, never by this translation.
 */
test('every entry the validator accepts passes the editor schema of its collection', () => {
  const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/good');
  const { published } = scanContent(fixture);
  const ajv = new Ajv({ allErrors: true });
  for (const name of COLLECTION_NAMES) {
    const validate = ajv.compile(editorSchema(name, published));
    const folder = path.join(fixture, COLLECTIONS[name].folder);
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
