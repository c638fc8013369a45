import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  MULTI_RELATION_WIDGET,
  cmsBackendFromEnv,
  cmsConfig,
  serialiseCmsConfig,
  type CmsField,
} from '../../src/editor/cms-config.ts';
import { adminPage } from '../../src/editor/cms-page.ts';
import { cmsAssetNames } from '../../src/editor/cms-assets.ts';
import { ACTOR_KIND } from '../../src/schemas/actor.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { INITIATIVE_STATUS } from '../../src/schemas/initiative.ts';
import { NETWORK_FORM } from '../../src/schemas/network.ts';
import { parsePartialDate } from '../../src/vocabulary/dates.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { RELATIONS } from '../../src/vocabulary/relations.ts';

const config = cmsConfig({
  backend: { repo: 'beispiel/kooperationsatlas', branch: 'main' },
  contentDir: 'content',
  siteUrl: 'https://kooperationsatlas.example',
});
const collections = config['collections'] as CmsField[];
const collection = (name: string) => collections.find((item) => item['name'] === name)!;
const fieldsOf = (item: CmsField) => item['fields'] as CmsField[];
const field = (collectionName: string, name: string) =>
  fieldsOf(collection(collectionName)).find((item) => item['name'] === name)!;

/** The keys of a collection's zod schema, read from zod itself rather than from the JSON Schemas. */
function zodKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (shape) return Object.keys(shape);
  const inner = (schema._zod.def as { in?: z.ZodType; schema?: z.ZodType }).in;
  return inner ? zodKeys(inner) : [];
}

test('five folder collections below the content folder, slug = file name, saved through pull requests', () => {
  assert.deepEqual(
    collections.map((item) => item['folder']),
    COLLECTION_NAMES.map((name) => `content/${COLLECTIONS[name].folder}`),
  );
  for (const item of collections) {
    assert.equal(item['slug'], '{{slug}}');
    assert.equal(item['extension'], 'md');
    assert.equal(item['label'], COLLECTIONS[item['name'] as keyof typeof COLLECTIONS].plural);
  }
  assert.equal(config['publish_mode'], 'editorial_workflow');
  assert.equal((config['backend'] as CmsField)['open_authoring'], true);
  assert.equal(config['locale'], 'de');
});

test('every field of every schema appears in the form, with a German label, and nothing else', () => {
  for (const name of COLLECTION_NAMES) {
    const names = fieldsOf(collection(name)).map((item) => item['name']);
    assert.deepEqual(
      names.filter((item) => item !== 'body').sort(),
      zodKeys(SCHEMAS[name]).sort(),
      name,
    );
    for (const item of fieldsOf(collection(name))) {
      assert.equal(typeof item['label'], 'string');
      assert.notEqual(
        item['label'],
        item['name'],
        `${name}.${String(item['name'])} has a German label`,
      );
    }
  }
  assert.deepEqual(field('initiatives', 'title')['required'], true);
  assert.deepEqual(field('initiatives', 'website')['required'], false);
});

test('every enum is a select with all its values and their German labels', () => {
  const expected = { status: INITIATIVE_STATUS, kind: ACTOR_KIND, form: NETWORK_FORM };
  const where = { status: 'initiatives', kind: 'actors', form: 'networks' } as const;
  for (const [name, labels] of Object.entries(expected)) {
    const select = field(where[name as keyof typeof where], name);
    assert.equal(select['widget'], 'select');
    assert.deepEqual(
      select['options'],
      Object.entries(labels).map(([value, label]) => ({ label, value })),
    );
  }
});

test('every reference field searches by title, stores the slug, and offers only its allowed kinds', () => {
  for (const spec of RELATIONS) {
    let widget = field(spec.collection, spec.field);
    if (widget['widget'] === 'list') {
      // members and partners: objects whose `ref` is the reference.
      widget = fieldsOf(widget).find((item) => item['name'] === 'ref')!;
    }
    const key = `${spec.collection}.${spec.field}`;
    assert.equal(widget['value_field'], '{{slug}}', key);
    assert.deepEqual(widget['search_fields'], ['title'], key);
    if (spec.targets.length === 1) {
      assert.equal(widget['widget'], 'relation', key);
      assert.equal(widget['collection'], spec.targets[0], key);
    } else {
      assert.equal(widget['widget'], MULTI_RELATION_WIDGET, key);
      assert.deepEqual(widget['collections'], spec.targets, key);
    }
  }
  assert.equal(field('initiatives', 'leads')['min'], 1);
  assert.equal(field('initiatives', 'leads')['multiple'], true);
  assert.equal(field('actors', 'parent')['multiple'], false);
});

test('dates accept JJJJ, JJJJ-MM and JJJJ-MM-TT as the contract does, and nothing else', () => {
  const started = field('initiatives', 'started');
  const [pattern, message] = started['pattern'] as [string, string];
  const date = new RegExp(pattern);
  for (const text of ['2023', '2023-11', '2023-11-17'])
    assert.ok(date.test(text) && parsePartialDate(text), text);
  for (const text of ['23', '2023-13', '2023-11-32', '17.11.2023', '2023/11'])
    assert.ok(!date.test(text), text);
  assert.match(message, /JJJJ-MM-TT/);
  const since = fieldsOf(field('networks', 'members')).find((item) => item['name'] === 'since')!;
  assert.deepEqual(since['pattern'], started['pattern']);
});

test('the summary refuses Markdown and overlong text, as the schema does', () => {
  const [pattern] = field('initiatives', 'summary')['pattern'] as [string, string];
  const summary = new RegExp(pattern);
  const accepts = (text: string) =>
    SCHEMAS.initiatives.shape.summary.safeParse(text).success === summary.test(text);
  for (const text of ['Ein Satz.', '**fett**', '# Titel', 'mit <b>HTML</b>', 'x'.repeat(301)])
    assert.ok(accepts(text), text);
});

test('lists of objects have their sub-fields; the body is Markdown without what the sanitiser strips', () => {
  const sources = field('press-releases', 'sources');
  assert.equal(sources['widget'], 'list');
  assert.equal(sources['min'], 1);
  assert.deepEqual(
    fieldsOf(sources).map((item) => item['name']),
    ['title', 'publisher', 'date', 'url'],
  );
  const body = field('networks', 'body');
  assert.equal(body['widget'], 'markdown');
  assert.deepEqual(body['editor_components'], []);
  assert.ok(!(body['buttons'] as string[]).some((button) => /image|code-block/.test(button)));
});

test('the backend comes from KA_CMS_REPO or a GitHub REPOSITORY_URL, with the OAuth proxy', () => {
  assert.deepEqual(
    cmsBackendFromEnv({
      REPOSITORY_URL: 'https://github.com/region/kooperationsatlas',
      KA_CMS_AUTH_URL: 'https://auth.example',
    }),
    {
      repo: 'region/kooperationsatlas',
      branch: 'main',
      baseUrl: 'https://auth.example',
      authEndpoint: undefined,
    },
  );
  assert.equal(cmsBackendFromEnv({ REPOSITORY_URL: 'https://git.example/atlas' }), undefined);
  assert.equal(
    cmsBackendFromEnv({ KA_CMS_REPO: 'a/b', REPOSITORY_BRANCH: 'live' })?.branch,
    'live',
  );
});

test('the config survives YAML, and the page loads only files the site serves', () => {
  const written = parse(serialiseCmsConfig(config)) as CmsField;
  assert.deepEqual(written, config);
  const html = adminPage();
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(sources, ['config.yml', 'decap-cms.js', 'cms-setup.js']);
  assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
  assert.ok(cmsAssetNames().includes('decap-cms.js'));
  assert.ok(!cmsAssetNames().some((name) => name.endsWith('.map')));
});
