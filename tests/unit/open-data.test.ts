import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { csvField, csvTable } from '../../src/open-data/csv.ts';
import { dataPackage, tableSchema } from '../../src/open-data/datapackage.ts';
import { dcatCatalog, licenseUri, typedDate } from '../../src/open-data/dcat.ts';
import {
  collectionDocument,
  collectionRecords,
  graphDocument,
  type DocumentMeta,
} from '../../src/open-data/documents.ts';
import { COLLECTION_FIELDS, LIST_SEPARATOR } from '../../src/open-data/fields.ts';
import { dataFiles } from '../../src/open-data/files.ts';
import { catalogSchema, collectionSchema, graphSchema } from '../../src/open-data/json-schemas.ts';
import {
  csvHeader,
  csvRow,
  entryRecord,
  type DataEntry,
} from '../../src/open-data/entry-records.ts';
import { relationSpec } from '../../src/vocabulary/relations.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { createValidator } from '../helpers/json-schema.ts';

const SITE_URL = 'https://atlas.example';
const LICENSE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  attribution: 'Atlas',
};
const meta = (schemaUrl: string): DocumentMeta => ({
  siteUrl: SITE_URL,
  schemaUrl,
  license: LICENSE,
  updated: '2024-02',
});

const network: DataEntry = {
  collection: 'networks',
  slug: 'verein',
  path: '/netzwerke/verein/',
  title: 'Verein, „genannt“ "V"',
  summary: 'Zeile eins\nZeile zwei',
  data: {
    title: 'ignored: the entry title wins',
    form: 'association',
    founded: '2019',
    members: [{ ref: 'stadt', role: 'Vorsitz', since: '2020-03' }, { ref: 'kreis' }],
    actionFields: ['mobil'],
    sources: [{ title: 'Quelle', publisher: 'Stadt', date: '2020' }],
    updated: '2024-02-20',
    draft: false,
  },
};
const actor = (slug: string, data: Record<string, unknown> = {}): DataEntry => ({
  collection: 'actors',
  slug,
  path: `/akteure/${slug}/`,
  title: `Akteur ${slug}`,
  summary: 'Kurz.',
  data: { kind: 'municipality', ...data },
});

test('the field table names every field of the content schemas, and no other', () => {
  for (const name of COLLECTION_NAMES) {
    const schemaKeys = Object.keys(
      (SCHEMAS[name] as unknown as { shape: Record<string, unknown> }).shape,
    ).filter((key) => key !== 'draft');
    const tableKeys = COLLECTION_FIELDS[name]
      .map((field) => field.name)
      .filter((key) => key !== 'slug' && key !== 'url');
    assert.deepEqual([...tableKeys].sort(), [...schemaKeys].sort(), name);
  }
});

test('a record has the fields of its collection in table order, unset ones left out, drafts flag dropped', () => {
  const record = entryRecord(network, SITE_URL);
  assert.deepEqual(Object.keys(record), [
    'slug',
    'url',
    'title',
    'summary',
    'form',
    'founded',
    'members',
    'actionFields',
    'sources',
    'updated',
  ]);
  assert.equal(record['url'], 'https://atlas.example/netzwerke/verein/');
  assert.equal(record['title'], 'Verein, „genannt“ "V"');
  assert.equal(record['founded'], '2019', 'a partial date stays partial');
});

test('CSV fields are quoted as RFC 4180 says, and a real parser reads them back', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('line\r\nbreak'), '"line\r\nbreak"');
  // Formula injection (OWASP): what a spreadsheet would evaluate starts with an apostrophe.
  assert.equal(
    csvField('=HYPERLINK("https://x.example","Klick")'),
    '"\'=HYPERLINK(""https://x.example"",""Klick"")"',
  );
  assert.equal(csvField('+49 511'), "'+49 511");
  assert.equal(csvField('-1+1'), "'-1+1");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('\t=1+1'), "'\t=1+1");
  assert.equal(csvField('\r=1+1'), '"\'\r=1+1"');
  assert.equal(csvField('Ein = im Text'), 'Ein = im Text');
  const rows = [csvRow(entryRecord(network, SITE_URL), 'networks')];
  const text = csvTable(csvHeader('networks'), rows);
  assert.ok(text.endsWith('\r\n'));
  const parsed = parse<Record<string, string>>(text, { columns: true });
  assert.equal(parsed.length, 1);
  assert.equal(parsed[0]!['title'], 'Verein, „genannt“ "V"');
  assert.equal(parsed[0]!['summary'], 'Zeile eins\nZeile zwei');
  assert.equal(
    parsed[0]!['members'],
    ['stadt', 'kreis'].join(LIST_SEPARATOR),
    'members become their slugs',
  );
  assert.equal(parsed[0]!['partners'], '', 'networks now have partners too, unset here');
  assert.equal(parsed[0]!['status'], undefined, 'networks have no status column');
  assert.equal(parsed[0]!['areas'], '', 'unset is an empty cell');
  assert.ok(!('sources' in parsed[0]!), 'nested lists stay out of the CSV');
});

test('each collection schema accepts its records and rejects broken ones', () => {
  const ajv = createValidator();
  const validate = ajv.compile(
    collectionSchema('networks', `${SITE_URL}/daten/netzwerke.schema.json`),
  );
  const records = collectionRecords([network], SITE_URL);
  const document = collectionDocument(
    'networks',
    records,
    meta(`${SITE_URL}/daten/netzwerke.schema.json`),
  );
  assert.ok(validate(document), JSON.stringify(validate.errors));
  const broken = (change: (entry: Record<string, unknown>) => void) => {
    const copy = structuredClone(document);
    change(copy.entries[0]!);
    return validate(copy);
  };
  assert.equal(
    broken((entry) => (entry['founded'] = '2019-13-01')),
    false,
    'impossible month pattern',
  );
  assert.equal(
    broken((entry) => delete entry['title']),
    false,
    'missing title',
  );
  assert.equal(
    broken((entry) => (entry['form'] = 'club')),
    false,
    'unknown code',
  );
  assert.equal(
    broken((entry) => (entry['colour'] = 'red')),
    false,
    'unknown field',
  );
  assert.equal(
    broken((entry) => (entry['members'] = [{ ref: 'Stadt A' }])),
    false,
    'not a slug',
  );
  for (const name of COLLECTION_NAMES)
    ajv.compile(collectionSchema(name, `${SITE_URL}/daten/${name}.schema.json`));
});

test('the graph keeps every edge once with its detail, and names both readings of each relation', () => {
  const ajv = createValidator();
  const entries = [network, actor('stadt', { parent: 'kreis' }), actor('kreis')];
  const members = relationSpec('networks', 'members');
  const parent = relationSpec('actors', 'parent');
  const document = graphDocument(
    entries,
    [
      {
        relation: members,
        from: 'verein',
        to: 'stadt',
        detail: { role: 'Vorsitz', since: '2020-03' },
      },
      { relation: members, from: 'verein', to: 'kreis' },
      { relation: parent, from: 'stadt', to: 'kreis' },
    ],
    meta(`${SITE_URL}/daten/beziehungen.schema.json`),
  );
  assert.ok(
    ajv.validate(graphSchema(`${SITE_URL}/daten/beziehungen.schema.json`), document),
    JSON.stringify(ajv.errors),
  );
  assert.deepEqual(
    document.nodes.map((node) => node.id),
    ['kreis', 'stadt', 'verein'],
  );
  assert.deepEqual(document.edges[0], {
    from: 'verein',
    to: 'stadt',
    relation: 'networks.members',
    role: 'Vorsitz',
    since: '2020-03',
  });
  const type = document.relations.find((relation) => relation.id === 'networks.members')!;
  assert.equal(type.label, 'Mitglieder');
  assert.equal(type.inverseLabel, 'Mitglied in');
  assert.equal(document.edgeCount, 3);
});

test('a Table Schema per CSV: lists with their delimiter, codes as enums, partial dates as patterned strings', () => {
  const schema = tableSchema('initiatives');
  assert.deepEqual(
    schema.fields.map((field) => field.name),
    csvHeader('initiatives'),
  );
  const byName = new Map(
    schema.fields.map((field) => [field.name, field as Record<string, unknown>]),
  );
  assert.deepEqual(
    {
      type: byName.get('leads')!['type'],
      delimiter: byName.get('leads')!['delimiter'],
      itemType: byName.get('leads')!['itemType'],
    },
    { type: 'list', delimiter: ';', itemType: 'string' },
  );
  assert.deepEqual((byName.get('status')!['constraints'] as { enum: string[] }).enum, [
    'planned',
    'active',
    'completed',
    'discontinued',
  ]);
  assert.equal(byName.get('started')!['type'], 'string');
  assert.deepEqual(schema.primaryKey, ['slug']);
});

test('datapackage.json lists each file with path, format, media type, size and hash; CSVs as tables', () => {
  const files = dataFiles().filter((file) => file.kind !== 'package');
  const document = dataPackage({
    title: 'T',
    description: 'D',
    homepage: `${SITE_URL}/daten/`,
    license: LICENSE,
    files: files.map((file, index) => ({
      file,
      bytes: index + 1,
      hash: `sha256:${'0'.repeat(64)}`,
    })),
  });
  assert.equal(document.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
  assert.equal(document.resources.length, files.length);
  const names = document.resources.map((resource) => resource.name);
  assert.equal(new Set(names).size, names.length, 'resource names are unique');
  for (const resource of document.resources) assert.match(resource.name, /^[a-z0-9._-]+$/);
  const csv = document.resources.find((resource) => resource.path === 'initiativen.csv') as Record<
    string,
    unknown
  >;
  assert.equal(csv['type'], 'table');
  assert.equal(csv['mediatype'], 'text/csv');
  assert.ok(csv['schema']);
  const json = document.resources.find(
    (resource) => resource.path === 'initiativen.json',
  ) as Record<string, unknown>;
  assert.equal(json['jsonSchema'], 'initiativen.schema.json');
  assert.deepEqual(document.licenses, [
    { name: 'CC-BY-4.0', path: LICENSE.url, title: 'CC BY 4.0' },
  ]);
});

test('the DCAT-AP.de catalogue: dcat-ap.de licence URI, typed partial dates, one distribution per file', () => {
  assert.equal(licenseUri(LICENSE), 'http://dcat-ap.de/def/licenses/cc-by/4.0');
  assert.equal(
    licenseUri({ ...LICENSE, id: 'custom' }),
    LICENSE.url,
    'an unknown licence falls back to its own URL',
  );
  assert.deepEqual(typedDate('2023'), { '@value': '2023', '@type': 'xsd:gYear' });
  assert.deepEqual(typedDate('2023-11'), { '@value': '2023-11', '@type': 'xsd:gYearMonth' });
  assert.deepEqual(typedDate('2023-11-17'), { '@value': '2023-11-17', '@type': 'xsd:date' });
  const files = dataFiles().filter((file) => file.kind !== 'catalog');
  const catalog = dcatCatalog({
    catalogUrl: `${SITE_URL}/daten/katalog.jsonld`,
    pageUrl: `${SITE_URL}/daten/`,
    siteUrl: `${SITE_URL}/`,
    title: 'Atlas',
    description: 'Daten',
    license: LICENSE,
    updated: '2024-02',
    publisherName: 'Betreiber',
    contactEmail: undefined,
    contributorId: 'http://dcat-ap.de/def/contributors/beispiel',
    files: files.map((file) => ({ file, bytes: 10 })),
  });
  const ajv = createValidator();
  assert.ok(
    ajv.validate(catalogSchema(`${SITE_URL}/daten/katalog.schema.json`), catalog),
    JSON.stringify(ajv.errors),
  );
  const dataset = catalog['dcat:dataset'][0]!;
  assert.deepEqual(dataset['dcatde:contributorID'], {
    '@id': 'http://dcat-ap.de/def/contributors/beispiel',
  });
  assert.ok(!('dcat:contactPoint' in dataset), 'no contact point without an address');
  assert.equal(dataset['dcat:distribution'].length, files.length);
  const csv = dataset['dcat:distribution'].find((distribution) =>
    distribution['dcat:downloadURL']['@id'].endsWith('/presse.csv'),
  )!;
  assert.deepEqual(csv['dct:format'], {
    '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV',
  });
  assert.deepEqual(csv['dcat:mediaType'], {
    '@id': 'https://www.iana.org/assignments/media-types/text/csv',
  });
  assert.deepEqual(csv['dcat:accessURL'], { '@id': `${SITE_URL}/daten/` });
  assert.deepEqual(csv['dct:license'], { '@id': 'http://dcat-ap.de/def/licenses/cc-by/4.0' });
});

test('file names follow the site URL segments, and every JSON file has a schema file', () => {
  const names = new Set(dataFiles().map((file) => file.name));
  for (const name of ['initiativen', 'netzwerke', 'handlungsfelder', 'akteure', 'presse']) {
    for (const suffix of ['.json', '.csv', '.schema.json'])
      assert.ok(names.has(name + suffix), name + suffix);
  }
  for (const file of dataFiles()) {
    if (file.format !== 'CSV' && file.kind !== 'schema' && file.kind !== 'package')
      assert.ok(file.schema && names.has(file.schema), file.name);
  }
});

test('building the files is linear: 10,000 records and their CSV in well under a second', () => {
  const entries: DataEntry[] = Array.from({ length: 10_000 }, (_, index) =>
    actor(`akteur-${index}`, { parent: 'akteur-0', sources: [{ title: 'Q' }] }),
  );
  const started = performance.now();
  const records = collectionRecords(entries, SITE_URL);
  const csv = csvTable(
    csvHeader('actors'),
    records.map((record) => csvRow(record, 'actors')),
  );
  JSON.stringify(collectionDocument('actors', records, meta('x')));
  const elapsed = performance.now() - started;
  assert.equal(csv.split('\r\n').length, 10_002);
  assert.ok(elapsed < 1000, `${Math.round(elapsed)} ms`);
});
