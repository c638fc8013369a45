import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sharedBuild } from '../helpers/build-cache.ts';
import { createValidator } from '../helpers/json-schema.ts';
import { readPage, sitemapPaths } from '../../scripts/support/site-links.ts';

/**
 * The files of /daten/ from a real build of tests/fixtures/search (17 entries): each one read
 * back with a real parser, validated against its schema with Ajv, and compared with the pages.
 */
const SEGMENTS = ['initiativen', 'netzwerke', 'handlungsfelder', 'akteure', 'presse'];
let outDir: string;
const dataDir = () => path.join(outDir, 'daten');
const read = (name: string) => readFileSync(path.join(dataDir(), name), 'utf8');
const json = <T = Record<string, unknown>>(name: string) => JSON.parse(read(name)) as T;

interface CollectionFile {
  $schema: string;
  count: number;
  updated?: string;
  entries: ({ slug: string; url: string; title: string; summary: string } & Record<
    string,
    unknown
  >)[];
}
interface GraphFile {
  nodes: { id: string; url: string; title: string; collection: string }[];
  edges: { from: string; to: string; relation: string; role?: string }[];
  relations: { id: string; label: string; inverseLabel: string }[];
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  bytes: number;
  hash: string;
  type?: string;
  jsonSchema?: string;
  schema?: {
    fields: {
      name: string;
      type: string;
      delimiter?: string;
      itemType?: string;
      constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
    }[];
    primaryKey: string[];
  };
}

before(async () => {
  const build = await sharedBuild('tests/fixtures/search');
  assert.equal(build.exitCode, 0, build.output);
  outDir = build.outDir;
});

test('every listed file is built, and nothing else', () => {
  const built = readdirSync(dataDir())
    .filter((name) => name !== 'index.html')
    .sort();
  const expected = [
    ...SEGMENTS.flatMap((segment) => [
      `${segment}.json`,
      `${segment}.csv`,
      `${segment}.xlsx`,
      `${segment}.schema.json`,
    ]),
    'kennzahlen.json',
    'kennzahlen.csv',
    'kennzahlen.xlsx',
    'kennzahlen.schema.json',
    'beziehungen.json',
    'beziehungen.schema.json',
    'datapackage.json',
    'katalog.jsonld',
    'katalog.schema.json',
  ].sort();
  assert.deepEqual(built, expected);
});

test('each JSON file validates against the JSON Schema it names (Ajv, draft 2020-12, strict)', () => {
  const ajv = createValidator();
  for (const name of readdirSync(dataDir()).filter((file) => file.endsWith('.schema.json')))
    ajv.addSchema(json(name));
  const described = readdirSync(dataDir()).filter(
    (file) =>
      /\.(json|jsonld)$/.test(file) &&
      !file.endsWith('.schema.json') &&
      file !== 'datapackage.json',
  );
  assert.equal(described.length, 8);
  for (const name of described) {
    const document = json(name);
    const schemaName = name.replace(/\.(json|jsonld)$/, '.schema.json');
    const schemaId = new URL(`/daten/${schemaName}`, 'https://kooperationsatlas.example').href;
    if (name !== 'katalog.jsonld')
      assert.equal(document['$schema'], schemaId, `${name} names its schema`);
    const validate = ajv.getSchema(schemaId)!;
    assert.ok(validate(document), `${name}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
});

test('the collection files list exactly the entry pages, with the titles of their h1', () => {
  const sitemap = new Set(sitemapPaths(outDir));
  let total = 0;
  for (const segment of SEGMENTS) {
    const file = json<CollectionFile>(`${segment}.json`);
    assert.equal(file.count, file.entries.length);
    const paths = file.entries.map((entry) => new URL(entry.url).pathname);
    const pages = [...sitemap].filter(
      (page) => page.startsWith(`/${segment}/`) && page !== `/${segment}/`,
    );
    assert.deepEqual([...paths].sort(), pages.sort(), segment);
    for (const entry of file.entries) {
      const page = readPage(outDir, new URL(entry.url).pathname);
      assert.equal(entry.title, page.querySelector('h1')!.text.trim(), entry.url);
      assert.equal(new URL(entry.url).pathname, `/${segment}/${entry.slug}/`);
    }
    total += file.count;
  }
  assert.equal(total, 17, 'the fixture has 17 entries');
  const network = json<CollectionFile>('netzwerke.json').entries.find(
    (entry) => entry.slug === 'buendnis-verkehrswende',
  )!;
  assert.equal(network['founded'], '2019', 'a year stays a year');
});

test('each CSV parses with a real CSV parser and agrees with its JSON file row for row', () => {
  for (const segment of SEGMENTS) {
    const text = read(`${segment}.csv`);
    assert.ok(!text.startsWith('\uFEFF'), 'no byte-order mark');
    const rows = parse<Record<string, string>>(text, {
      columns: true,
      record_delimiter: '\r\n',
      relax_quotes: false,
    });
    const { entries } = json<CollectionFile>(`${segment}.json`);
    assert.equal(rows.length, entries.length, segment);
    rows.forEach((row, index) => {
      const entry = entries[index]!;
      assert.equal(row['slug'], entry.slug);
      assert.equal(row['url'], entry.url);
      assert.equal(row['title'], entry.title);
      assert.equal(row['summary'], entry.summary);
      for (const [column, cell] of Object.entries(row)) {
        const value = entry[column];
        if (value === undefined) assert.equal(cell, '', `${segment} ${entry.slug} ${column}`);
        else if (Array.isArray(value) && typeof value[0] === 'object')
          assert.deepEqual(
            cell.split(';'),
            (value as { ref: string }[]).map((member) => member.ref),
            `${entry.slug} ${column}`,
          );
        else if (Array.isArray(value))
          assert.deepEqual(cell.split(';'), value.map(String), `${entry.slug} ${column}`);
        else
          assert.equal(cell, String(value as string | number | boolean), `${entry.slug} ${column}`);
      }
    });
  }
});

test('the graph holds every entry and every relation shown on the pages, in both directions', () => {
  const graph = json<GraphFile>('beziehungen.json');
  const all = SEGMENTS.flatMap((segment) => json<CollectionFile>(`${segment}.json`).entries);
  assert.deepEqual(
    graph.nodes.map((node) => node.id).sort(),
    all.map((entry) => entry.slug).sort(),
  );
  const urlOf = new Map(graph.nodes.map((node) => [node.id, new URL(node.url).pathname]));
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string) =>
    (neighbours.get(from) ?? neighbours.set(from, new Set()).get(from)!).add(urlOf.get(to)!);
  for (const edge of graph.edges) {
    assert.ok(urlOf.has(edge.from) && urlOf.has(edge.to), JSON.stringify(edge));
    assert.ok(graph.relations.some((relation) => relation.id === edge.relation));
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }
  for (const node of graph.nodes) {
    const page = readPage(outDir, urlOf.get(node.id)!);
    const shown = new Set(
      page.querySelectorAll('.related a').map((anchor) => anchor.getAttribute('href')!),
    );
    assert.deepEqual([...shown].sort(), [...(neighbours.get(node.id) ?? [])].sort(), node.id);
  }
});

test('datapackage.json describes every other file: existing path, size, SHA-256, format and media type', () => {
  const descriptor = json<{
    $schema: string;
    name: string;
    licenses: { name: string; path: string }[];
    resources: Resource[];
  }>('datapackage.json');
  assert.equal(descriptor.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
  assert.match(descriptor.name, /^[a-z0-9._-]+$/);
  assert.equal(descriptor.licenses[0]!.name, 'CC-BY-4.0');
  const described = descriptor.resources.map((resource) => resource.path).sort();
  assert.deepEqual(
    described,
    readdirSync(dataDir())
      .filter((name) => name !== 'index.html' && name !== 'datapackage.json')
      .sort(),
  );
  assert.equal(
    new Set(descriptor.resources.map((resource) => resource.name)).size,
    descriptor.resources.length,
  );
  const mediaTypes: Record<string, string> = {
    csv: 'text/csv',
    json: 'application/json',
    jsonld: 'application/ld+json',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
  for (const resource of descriptor.resources) {
    assert.match(resource.name, /^[a-z0-9._-]+$/);
    assert.ok(
      !resource.path.startsWith('/') && !resource.path.includes('..'),
      'a relative path inside the package',
    );
    const bytes = readFileSync(path.join(dataDir(), resource.path));
    assert.equal(resource.bytes, bytes.length, resource.path);
    assert.equal(
      resource.hash,
      `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      resource.path,
    );
    assert.equal(resource.mediatype, mediaTypes[resource.format], resource.path);
    if (resource.jsonSchema)
      assert.ok(described.includes(resource.jsonSchema), resource.jsonSchema);
  }
});

test('each CSV meets its Table Schema: header, required, unique key, enums, patterns, list items', () => {
  const { resources } = json<{ resources: Resource[] }>('datapackage.json');
  const tables = resources.filter((resource) => resource.type === 'table');
  assert.deepEqual(
    tables.map((resource) => resource.path).sort(),
    [...SEGMENTS.map((segment) => `${segment}.csv`), 'kennzahlen.csv'].sort(),
  );
  const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'date', 'list']);
  for (const table of tables) {
    const { fields, primaryKey } = table.schema!;
    const [header = [], ...rows]: string[][] = parse(read(table.path));
    assert.deepEqual(
      header,
      fields.map((field) => field.name),
      table.path,
    );
    for (const field of fields)
      assert.ok(TYPES.has(field.type), `${table.path} ${field.name}: ${field.type}`);
    const keys = rows.map((row) =>
      primaryKey.map((key) => row[header.indexOf(key)]).join('\u0000'),
    );
    assert.equal(new Set(keys).size, rows.length, `${table.path}: primary key unique`);
    for (const row of rows) {
      fields.forEach((field, index) => {
        const cell = row[index]!;
        const where = `${table.path} ${row[0]} ${field.name}`;
        if (field.constraints?.required) assert.notEqual(cell, '', where);
        if (cell === '') return;
        const items = field.type === 'list' ? cell.split(field.delimiter!) : [cell];
        for (const item of items) {
          if (field.itemType === 'integer') assert.match(item, /^-?\d+$/, where);
          if (field.constraints?.enum) assert.ok(field.constraints.enum.includes(item), where);
          if (field.constraints?.pattern)
            assert.match(item, new RegExp(field.constraints.pattern), where);
        }
      });
    }
  }
});

test('the DCAT-AP.de catalogue points at every file under its stable URL, with the dcat-ap.de licence', () => {
  type Node = Record<string, { '@id': string } & Record<string, unknown>>;
  const catalog = json<
    Record<string, unknown> & { 'dcat:dataset': (Node & { 'dcat:distribution': Node[] })[] }
  >('katalog.jsonld');
  assert.equal(catalog['@id'], 'https://kooperationsatlas.example/daten/katalog.jsonld');
  assert.equal(catalog['@type'], 'dcat:Catalog');
  const [dataset] = catalog['dcat:dataset'];
  assert.deepEqual(dataset!['dct:license'], { '@id': 'http://dcat-ap.de/def/licenses/cc-by/4.0' });
  const downloads = dataset!['dcat:distribution']
    .map((distribution) => new URL(distribution['dcat:downloadURL']!['@id']).pathname)
    .sort();
  assert.deepEqual(
    downloads,
    readdirSync(dataDir())
      .filter((name) => name !== 'index.html' && name !== 'katalog.jsonld')
      .map((name) => `/daten/${name}`)
      .sort(),
  );
  const { resources } = json<{ resources: Resource[] }>('datapackage.json');
  for (const distribution of dataset!['dcat:distribution']) {
    const file = path.basename(distribution['dcat:downloadURL']!['@id']);
    const resource = resources.find((each) => each.path === file);
    if (resource)
      assert.equal(
        distribution['dcat:mediaType']!['@id'],
        `https://www.iana.org/assignments/media-types/${resource.mediatype}`,
        `${file}: typed alike in catalogue and data package`,
      );
    const size = distribution['dcat:byteSize'] as { '@value': string } | undefined;
    if (size)
      assert.equal(Number(size['@value']), readFileSync(path.join(dataDir(), file)).length, file);
  }
});

test('the /daten/ page links every file, states licence, update date and a citation', () => {
  const page = readPage(outDir, '/daten/');
  const links = new Set(
    page.querySelectorAll('a[download]').map((anchor) => anchor.getAttribute('href')),
  );
  for (const name of readdirSync(dataDir()).filter((file) => file !== 'index.html'))
    assert.ok(links.has(`/daten/${name}`), name);
  const updated = SEGMENTS.map((segment) => json<CollectionFile>(`${segment}.json`).updated).find(
    Boolean,
  );
  const newest = SEGMENTS.flatMap((segment) =>
    json<CollectionFile>(`${segment}.json`).entries.map(
      (entry) => entry['updated'] as string | undefined,
    ),
  )
    .filter(Boolean)
    .sort()
    .at(-1);
  assert.equal(updated, newest, 'the files state the newest change of any entry');
  assert.equal(page.querySelector('.data-facts time')?.getAttribute('datetime'), newest);
  assert.ok(
    page.querySelector(
      'a[rel="license"][href="https://creativecommons.org/licenses/by/4.0/deed.de"]',
    ),
  );
  assert.ok(
    page.querySelector(
      'head link[rel="alternate"][type="application/ld+json"][href="/daten/katalog.jsonld"]',
    ),
    'portals find the catalogue from the page',
  );
  assert.match(
    page.querySelector('blockquote')!.text,
    /Kooperationsatlas – Regionale Zusammenarbeit in der Region Hannover und Niedersachsen\. https:\/\/kooperationsatlas\.example\/daten\//,
  );
});

/** Reads an .xlsx as a spreadsheet program does, with ExcelJS (independent of the writer). */
async function readWorkbook(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: { text: string; type: ExcelJS.ValueType }[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, index) => {
        const cell = row.getCell(index + 1);
        return { text: cell.text, type: cell.type };
      }),
    );
  });
  return { workbook, sheet, header: rows[0]!.map((cell) => cell.text), rows: rows.slice(1) };
}

test('each Excel file opens as a workbook with German headings, one row per entry, every cell text', async () => {
  for (const segment of SEGMENTS) {
    const { workbook, header, rows } = await readWorkbook(path.join(dataDir(), `${segment}.xlsx`));
    const { entries } = json<CollectionFile>(`${segment}.json`);
    assert.equal(workbook.worksheets[1]!.name, 'Lizenz und Quelle');
    assert.equal(rows.length, entries.length, segment);
    assert.deepEqual(header.slice(0, 4), [
      'Kennung (Slug)',
      'Adresse im Atlas',
      'Titel',
      'Kurzbeschreibung',
    ]);
    assert.ok(
      header.every((heading) => !/^[a-z]+[A-Z]?[a-z]*$/.test(heading)),
      header.join(),
    );
    rows.forEach((row, index) => {
      assert.equal(row[0]!.text, entries[index]!.slug);
      assert.equal(row[2]!.text, entries[index]!.title, 'umlauts and quotes intact');
      for (const cell of row)
        assert.ok(cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Null);
    });
  }
});

test('the Excel file of the actors shows the labels of the pages and keeps the leading zero of each AGS', async () => {
  const good = await sharedBuild('tests/fixtures/good');
  assert.equal(good.exitCode, 0, good.output);
  const goodData = path.join(good.outDir, 'daten');
  const { header, rows } = await readWorkbook(path.join(goodData, 'akteure.xlsx'));
  const { entries } = JSON.parse(
    readFileSync(path.join(goodData, 'akteure.json'), 'utf8'),
  ) as CollectionFile;
  const ags = header.indexOf('Amtlicher Gemeindeschlüssel');
  const kind = header.indexOf('Art');
  assert.ok(ags > 0 && kind > 0, header.join());
  const withAgs = entries.filter((entry) => entry['ags']);
  assert.ok(
    withAgs.some((entry) => (entry['ags'] as string).startsWith('0')),
    'the fixture has a leading zero',
  );
  for (const entry of withAgs) {
    const row = rows.find((cells) => cells[0]!.text === entry.slug)!;
    assert.equal(row[ags]!.text, entry['ags'], entry.slug);
    assert.equal(row[ags]!.type, ExcelJS.ValueType.String, entry.slug);
    // The label the entry page shows under its title.
    const page = readPage(good.outDir, new URL(entry.url).pathname);
    assert.ok(
      page.querySelector('main')!.text.includes(row[kind]!.text),
      `${entry.slug}: ${row[kind]!.text}`,
    );
  }
  const landkreis = entries.find((entry) => entry['kind'] === 'district')!;
  assert.equal(rows.find((cells) => cells[0]!.text === landkreis.slug)![kind]!.text, 'Landkreis');
});

test('the facts table holds every fact of every entry, in CSV, JSON and Excel alike', async () => {
  const good = await sharedBuild('tests/fixtures/good');
  const goodData = path.join(good.outDir, 'daten');
  const readGood = (name: string) => readFileSync(path.join(goodData, name), 'utf8');
  const expected = SEGMENTS.flatMap((segment) =>
    (JSON.parse(readGood(`${segment}.json`)) as CollectionFile).entries.flatMap((entry) =>
      ((entry['facts'] as { label: string; value: string }[] | undefined) ?? []).map((fact) => [
        entry.slug,
        fact.label,
        fact.value,
      ]),
    ),
  ).sort();
  assert.ok(expected.length >= 2, 'the fixture has facts');
  const csv = parse<Record<string, string>>(readGood('kennzahlen.csv'), { columns: true });
  assert.deepEqual(csv.map((row) => [row['entry'], row['label'], row['value']]).sort(), expected);
  const facts = (JSON.parse(readGood('kennzahlen.json')) as { facts: Record<string, string>[] })
    .facts;
  assert.deepEqual(facts.map((row) => [row['entry'], row['label'], row['value']]).sort(), expected);
  const { header, rows } = await readWorkbook(path.join(goodData, 'kennzahlen.xlsx'));
  const column = (name: string) => header.indexOf(name);
  assert.deepEqual(
    rows
      .map((row) => [
        row[column('Kennung des Eintrags')]!.text,
        row[column('Kennzahl')]!.text,
        row[column('Wert')]!.text,
      ])
      .sort(),
    expected,
  );
});
