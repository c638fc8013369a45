import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { csvField, csvTable } from '../../src/open-data/csv.ts';
import { dataPackage, factsTableSchema, tableSchema } from '../../src/open-data/datapackage.ts';
import { dcatCatalog, licenseUri, typedDate } from '../../src/open-data/dcat.ts';
import {
  collectionDocument,
  collectionRecords,
  factsDocument,
  graphDocument,
  type DocumentMeta,
} from '../../src/open-data/documents.ts';
import {
  COLLECTION_FIELDS,
  FACT_FIELDS,
  LIST_SEPARATOR,
  csvFields,
} from '../../src/open-data/fields.ts';
import { factRecords } from '../../src/open-data/facts.ts';
import { displayValue, xlsxFile } from '../../src/open-data/xlsx.ts';
import ExcelJS from 'exceljs';
import { dataFiles } from '../../src/open-data/files.ts';
import {
  catalogSchema,
  collectionSchema,
  factsSchema,
  graphSchema,
} from '../../src/open-data/json-schemas.ts';
import {
  csvHeader,
  csvRow,
  entryRecord,
  fieldRow,
  type DataEntry,
} from '../../src/open-data/entry-records.ts';
import { relationSpec } from '../../src/vocabulary/relations.ts';
import {
  missingSettingText,
  missingSettings,
  missingSettingsWarning,
} from '../../src/site/operator-settings.ts';
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
    contact: {
      name: 'Betreiber',
      email: 'daten@betreiber.example',
      phone: '+49 511 123-45',
      address: 'Musterstraße 1|30159 Hannover',
    },
    contributorId: 'http://dcat-ap.de/def/contributors/beispiel',
    spatial: ['http://dcat-ap.de/def/politicalGeocoding/districtKey/03241'],
    schemaDialect: 'https://json-schema.org/draft/2020-12/schema',
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
  assert.deepEqual(dataset['dcat:contactPoint'], {
    '@type': 'vcard:Organization',
    'vcard:fn': 'Betreiber',
    'vcard:hasEmail': { '@id': 'mailto:daten@betreiber.example' },
    'vcard:hasTelephone': { '@id': 'tel:+4951112345' },
    'vcard:hasAddress': {
      '@type': 'vcard:Address',
      'vcard:street-address': 'Musterstraße 1',
      'vcard:postal-code': '30159',
      'vcard:locality': 'Hannover',
    },
  });
  assert.deepEqual(dataset['dct:spatial'], [
    { '@id': 'http://dcat-ap.de/def/politicalGeocoding/districtKey/03241' },
  ]);
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
  const byName = (name: string) =>
    dataset['dcat:distribution'].find((distribution) =>
      distribution['dcat:downloadURL']['@id'].endsWith(`/${name}`),
    )! as unknown as Record<string, { '@id': string }>;
  assert.deepEqual(byName('akteure.xlsx')['dct:format'], {
    '@id': 'http://publications.europa.eu/resource/authority/file-type/XLSX',
  });
  assert.deepEqual(byName('akteure.json')['dct:conformsTo'], {
    '@id': `${SITE_URL}/daten/akteure.schema.json`,
  });
  assert.deepEqual(byName('akteure.schema.json')['dct:conformsTo'], {
    '@id': 'https://json-schema.org/draft/2020-12/schema',
  });
});

test('unset operator settings: the catalogue shows the placeholder where the ID belongs, and invents no area', () => {
  const catalog = dcatCatalog({
    catalogUrl: `${SITE_URL}/daten/katalog.jsonld`,
    pageUrl: `${SITE_URL}/daten/`,
    siteUrl: `${SITE_URL}/`,
    title: 'Atlas',
    description: 'Daten',
    license: LICENSE,
    updated: undefined,
    publisherName: missingSettingText('operator.name'),
    contact: {
      name: missingSettingText('operator.name'),
      email: undefined,
      phone: undefined,
      address: undefined,
    },
    contributorId: missingSettingText('openData.dcatContributorId'),
    spatial: [],
    schemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    files: dataFiles().map((file) => ({ file })),
  });
  const ajv = createValidator();
  assert.ok(
    ajv.validate(catalogSchema(`${SITE_URL}/daten/katalog.schema.json`), catalog),
    JSON.stringify(ajv.errors),
  );
  const dataset = catalog['dcat:dataset'][0]! as Record<string, unknown>;
  assert.equal(
    dataset['dcatde:contributorID'],
    '[Angabe fehlt: DCAT-AP.de-Kennung des Datenbereitstellers (contributorID)]',
  );
  assert.deepEqual(dataset['dcat:contactPoint'], {
    '@type': 'vcard:Organization',
    'vcard:fn': '[Angabe fehlt: Name des Anbieters]',
  });
  assert.ok(!('dct:spatial' in dataset));
  const warning = missingSettingsWarning(missingSettings({}))!;
  assert.match(warning, /KA_DCAT_CONTRIBUTOR_ID\) für \/daten\/katalog\.jsonld/);
  assert.match(warning, /KA_DCAT_SPATIAL\) für \/daten\/katalog\.jsonld/);
  // A schema file has one media type wherever it is listed.
  const schemaFile = dataFiles().find((file) => file.name === 'akteure.schema.json')!;
  const packaged = dataPackage({
    title: 'T',
    description: 'D',
    homepage: `${SITE_URL}/daten/`,
    license: LICENSE,
    files: [{ file: schemaFile, bytes: 1, hash: 'sha256:0' }],
  }).resources[0]!;
  const listed = (dataset['dcat:distribution'] as Record<string, { '@id': string }>[]).find(
    (distribution) => distribution['dcat:downloadURL']!['@id'].endsWith('/akteure.schema.json'),
  )!;
  assert.equal(
    listed['dcat:mediaType']!['@id'],
    `https://www.iana.org/assignments/media-types/${packaged.mediatype}`,
  );
});

test('file names follow the site URL segments, and every JSON file has a schema file', () => {
  const names = new Set(dataFiles().map((file) => file.name));
  for (const name of ['initiativen', 'netzwerke', 'handlungsfelder', 'akteure', 'presse']) {
    for (const suffix of ['.json', '.csv', '.schema.json'])
      assert.ok(names.has(name + suffix), name + suffix);
  }
  for (const file of dataFiles()) {
    if (file.format === 'JSON' && file.kind !== 'schema' && file.kind !== 'package')
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

const spreadsheetNotes: [string, string][] = [['Quelle', 'Atlas']];

/** Reads an .xlsx back with ExcelJS, an implementation independent of the writer. */
async function readSheet(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: { text: string; type: ExcelJS.ValueType; numFmt: string }[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: (typeof rows)[number] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = row.getCell(column);
      cells.push({ text: cell.text, type: cell.type, numFmt: cell.numFmt });
    }
    rows.push(cells);
  });
  return { workbook, sheet, rows };
}

test('the Excel file: German headings and labels, AGS with its leading zero as text, formulas defused', async () => {
  const entries = [
    actor('region-hannover', { kind: 'district', ags: '03241', updated: '2024-02' }),
    actor('stadt', { kind: 'municipality', ags: '03241001', parent: 'region-hannover' }),
    {
      ...actor('boese'),
      title: '=HYPERLINK("http://böse.example","Klick")',
      data: { kind: 'state' },
    },
  ];
  const titles = new Map(entries.map((entry) => [entry.slug, entry.title]));
  titles.set('region-hannover', 'Region Hannover');
  const records = collectionRecords(entries, SITE_URL);
  const bytes = await xlsxFile({
    sheet: 'Akteure',
    fields: csvFields('actors'),
    records,
    titles,
    notes: spreadsheetNotes,
  });
  const { workbook, sheet, rows } = await readSheet(bytes);
  assert.equal(sheet.name, 'Akteure');
  assert.deepEqual(
    workbook.worksheets.map((each) => each.name),
    ['Akteure', 'Lizenz und Quelle'],
  );
  const header = rows[0]!.map((cell) => cell.text);
  assert.deepEqual(header.slice(0, 7), [
    'Kennung (Slug)',
    'Adresse im Atlas',
    'Titel',
    'Kurzbeschreibung',
    'Art',
    'Amtlicher Gemeindeschlüssel',
    'Übergeordnet',
  ]);
  const column = (name: string) => header.indexOf(name);
  const row = (slug: string) => rows.find((cells) => cells[0]!.text === slug)!;
  const region = row('region-hannover');
  assert.equal(region[column('Art')]!.text, 'Landkreis');
  assert.equal(region[column('Amtlicher Gemeindeschlüssel')]!.text, '03241');
  assert.equal(region[column('Amtlicher Gemeindeschlüssel')]!.type, ExcelJS.ValueType.String);
  assert.equal(
    region[column('Amtlicher Gemeindeschlüssel')]!.numFmt,
    '@',
    'text format: stays text when edited',
  );
  assert.equal(region[column('Zuletzt bearbeitet')]!.text, 'Februar 2024');
  assert.equal(row('stadt')[column('Übergeordnet')]!.text, 'Region Hannover');
  const evil = row('boese')[column('Titel')]!;
  assert.equal(evil.type, ExcelJS.ValueType.String, 'a string, never a formula');
  assert.equal(evil.text, `'=HYPERLINK("http://böse.example","Klick")`);
  for (const cells of rows.slice(1))
    for (const cell of cells)
      assert.ok(
        cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Null,
        `every cell is text: ${cell.text}`,
      );
  const again = await xlsxFile({
    sheet: 'Akteure',
    fields: csvFields('actors'),
    records,
    titles,
    notes: spreadsheetNotes,
  });
  assert.deepEqual(again, bytes, 'the same data gives the same bytes');
});

test('list cells read as the pages do: titles and roles joined by „; “, goals as SDG n', () => {
  const titles = new Map([
    ['stadt', 'Stadt Hannover'],
    ['kreis', 'Landkreis Peine'],
  ]);
  const field = (name: string, collection: 'networks' | 'action-fields' | 'initiatives') =>
    COLLECTION_FIELDS[collection].find((each) => each.name === name)!;
  assert.equal(
    displayValue(field('members', 'networks'), network.data['members'], titles),
    'Stadt Hannover (Vorsitz); Landkreis Peine',
  );
  assert.equal(displayValue(field('sdgs', 'action-fields'), [3, 11], titles), 'SDG 3; SDG 11');
  assert.equal(displayValue(field('status', 'initiatives'), 'completed', titles), 'abgeschlossen');
  assert.equal(
    displayValue(field('started', 'initiatives'), '2023-11-17', titles),
    '17. November 2023',
  );
  assert.equal(displayValue(field('leads', 'initiatives'), ['unbekannt'], titles), 'unbekannt');
});

test('the facts table: one row per fact, its source spelled out, in CSV and Excel alike', async () => {
  const withFacts: DataEntry = {
    ...actor('kreis'),
    data: {
      kind: 'district',
      facts: [
        { label: 'Kosten', value: '60.000 € pro Jahr', asOf: '2023-11', source: 2 },
        { label: 'Mitglieder', value: '51' },
      ],
      sources: [
        { title: 'Erste' },
        {
          title: 'Vorlage',
          publisher: 'Landkreis',
          date: '2023-11-17',
          url: 'https://k.example/v',
        },
      ],
    },
  };
  const records = factRecords([withFacts, actor('ohne')]);
  assert.deepEqual(records, [
    {
      entry: 'kreis',
      entryTitle: 'Akteur kreis',
      collection: 'actors',
      position: 1,
      label: 'Kosten',
      value: '60.000 € pro Jahr',
      asOf: '2023-11',
      sourceTitle: 'Vorlage',
      sourcePublisher: 'Landkreis',
      sourceDate: '2023-11-17',
      sourceUrl: 'https://k.example/v',
    },
    {
      entry: 'kreis',
      entryTitle: 'Akteur kreis',
      collection: 'actors',
      position: 2,
      label: 'Mitglieder',
      value: '51',
    },
  ]);
  const csv = csvTable(
    FACT_FIELDS.map((field) => field.name),
    records.map((record) => fieldRow(record, FACT_FIELDS)),
  );
  const parsed = parse<Record<string, string>>(csv, { columns: true });
  assert.equal(parsed[0]!['value'], '60.000 € pro Jahr');
  assert.equal(parsed[1]!['sourceTitle'], '');
  const ajv = createValidator();
  const schema = factsSchema(`${SITE_URL}/daten/kennzahlen.schema.json`);
  const document = factsDocument(records, meta(`${SITE_URL}/daten/kennzahlen.schema.json`));
  assert.ok(ajv.validate(schema, document), JSON.stringify(ajv.errors));
  assert.ok(!ajv.validate(schema, { ...document, facts: [{ ...records[0], position: 0 }] }));
  const table = factsTableSchema();
  assert.deepEqual(table.primaryKey, ['entry', 'position']);
  const { rows } = await readSheet(
    await xlsxFile({
      sheet: 'Kennzahlen',
      fields: FACT_FIELDS,
      records,
      titles: new Map(),
      notes: spreadsheetNotes,
    }),
  );
  assert.deepEqual(
    rows.map((cells) => cells.map((cell) => cell.text).slice(2, 7)),
    [
      ['Art des Eintrags', 'Nr.', 'Kennzahl', 'Wert', 'Stand der Angabe'],
      ['Akteur', '1', 'Kosten', '60.000 € pro Jahr', 'November 2023'],
      ['Akteur', '2', 'Mitglieder', '51', ''],
    ],
  );
});
