import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import type { Preset } from 'unified';
import { VFile } from 'vfile';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { editorSchema } from '../../src/editor/frontmatter-schema.ts';
import { FIELD_REFERENCE, editorFiles } from '../../scripts/editor/editor-files.ts';
import { scanContent } from '../../src/editor/content-scan.ts';
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

/**
 * The editor schema must accept whatever the project's validator accepts. Checked on the good
 * fixture, whose entries use every field, with schemas made from its own slugs: a content pull
 * request is judged by `npm run check` alone, never by this translation.
 */
test('every entry the validator accepts passes the editor schema of its collection', async () => {
  const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/good');
  const { published } = scanContent(fixture);
  for (const name of COLLECTION_NAMES) {
    const folder = path.join(fixture, COLLECTIONS[name].folder);
    for (const file of readdirSync(folder)) {
      const vfile = new VFile({
        path: path.join(folder, file),
        value: readFileSync(path.join(folder, file), 'utf8'),
      });
      await remark()
        .use(remarkFrontmatter)
        .use(remarkLintFrontmatterSchema, { embed: editorSchema(name, published) })
        .process(vfile);
      assert.deepEqual(
        (vfile.messages as SchemaMessage[]).map(
          (message) => `${message.schema?.instancePath} ${message.schema?.keyword}`,
        ),
        [],
        file,
      );
    }
  }
});
