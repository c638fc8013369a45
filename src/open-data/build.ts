import { createHash } from 'node:crypto';
import { COLLECTION_NAMES } from '../vocabulary/collections.ts';
import {
  collectionDocument,
  collectionRecords,
  factsDocument,
  graphDocument,
  type DocumentMeta,
} from './documents.ts';
import { csvTable } from './csv.ts';
import { csvHeader, csvRow, fieldRow, type DataEntry, type DataRecord } from './entry-records.ts';
import { factRecords } from './facts.ts';
import { dataPackage, type PackagedFile } from './datapackage.ts';
import { dcatCatalog } from './dcat.ts';
import { FACT_FIELDS, csvFields } from './fields.ts';
import { CATALOG_FILE, GRAPH_FILE, PACKAGE_FILE, dataFiles, type DataFile } from './files.ts';
import {
  JSON_SCHEMA_DIALECT,
  catalogSchema,
  collectionSchema,
  factsSchema,
  graphSchema,
} from './json-schemas.ts';
import { xlsxFile } from './xlsx.ts';
import { formatDate, type PartialDate } from '../vocabulary/dates.ts';
import { COLLECTIONS } from '../vocabulary/collections.ts';
import { dataPath } from '../vocabulary/urls.ts';
import { missingSettingText } from '../site/operator-settings.ts';
import { SITE } from '../site.config.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

/**
 * Every file of /daten/, built from the read model in memory: the endpoints serve them, and
 * the page, datapackage.json and the catalogue read their sizes. Linear in entries plus
 * edges; the whole set is a few megabytes at 10,000 entries.
 */
export interface BuiltFile {
  file: DataFile;
  /** Text for JSON and CSV, bytes for the spreadsheets. */
  body: string | Uint8Array;
  bytes: number;
  hash: string;
}

/** A text file's body; the JSON files are read back by the /daten/ page. */
export function textOf(built: BuiltFile): string {
  if (typeof built.body !== 'string') throw new Error(`${built.file.name} is binary`);
  return built.body;
}

export interface OpenData {
  files: ReadonlyMap<string, BuiltFile>;
  /** Latest content change over all entries (`updated`, else the last commit), as written. */
  updated: string | undefined;
  entryCount: number;
  edgeCount: number;
}

export const DATA_TITLE = `${SITE.title}: Initiativen, Netzwerke, Handlungsfelder, Akteure und Pressemitteilungen`;
export const DATA_DESCRIPTION =
  'Alle veröffentlichten Einträge des Kooperationsatlas zur regionalen Zusammenarbeit in der Region Hannover und in Niedersachsen, mit ihren Verweisen untereinander und den Quellen ihrer Angaben.';

const absolute = (path: string) => new URL(path, SITE.url).href;

function built(file: DataFile, body: string | Uint8Array): BuiltFile {
  return {
    file,
    body,
    bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
    hash: `sha256:${createHash('sha256').update(body).digest('hex')}`,
  };
}

function latest(dates: Iterable<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const date of dates) if (date && (!newest || date > newest)) newest = date;
  return newest;
}

const dataEntry = (item: AtlasEntry): DataEntry => ({
  collection: item.collection,
  slug: item.slug,
  path: item.url,
  title: item.title,
  summary: item.summary,
  data: { ...item.data, updated: item.updated },
});

/** Spreadsheet notes: what the CC BY licence asks a reuser to name. */
function licenceNotes(updated: string | undefined): [string, string][] {
  const license = SITE.contentLicense;
  return [
    ['Quelle', license.attribution],
    ['Adresse', absolute(dataPath())],
    ['Lizenz', `${license.name}, ${license.url}`],
    ...(updated
      ? [['Zuletzt bearbeitet', formatDate(updated as PartialDate)] as [string, string]]
      : []),
    [
      'Hinweis',
      'Eine Zelle, die mit =, +, - oder @ beginnen würde, beginnt mit einem Apostroph, damit sie nie als Formel gilt.',
    ],
  ];
}

const operatorSetting = (value: string | undefined, key: string) =>
  value ?? missingSettingText(key);

export async function buildOpenData(atlas: Atlas): Promise<OpenData> {
  const entries = atlas.entries.map(dataEntry);
  const titles = new Map(atlas.entries.map((item) => [item.slug, item.title]));
  const facts = factRecords(
    [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
  );
  const records = new Map(
    COLLECTION_NAMES.map((name) => [
      name,
      collectionRecords(atlas.ofCollection(name).map(dataEntry), SITE.url),
    ]),
  );
  const updated = latest(atlas.entries.map((item) => item.updated));
  const meta = (file: DataFile): DocumentMeta => ({
    siteUrl: SITE.url,
    schemaUrl: absolute(dataPath(file.schema ?? file.name)),
    license: SITE.contentLicense,
    updated,
  });
  const edges = atlas.entries.flatMap((item) => atlas.graph.outgoing(item.slug));
  const files = new Map<string, BuiltFile>();
  const add = (file: DataFile, body: string | Uint8Array) =>
    files.set(file.name, built(file, body));
  const all = dataFiles();
  const notes = licenceNotes(updated);
  const spreadsheet = (
    sheet: string,
    fields: Parameters<typeof xlsxFile>[0]['fields'],
    rows: readonly DataRecord[],
  ) => xlsxFile({ sheet, fields, records: rows, titles, notes });

  for (const file of all) {
    const id = absolute(dataPath(file.name));
    if (file.kind === 'collection-json' || file.kind === 'collection-csv') {
      const collection = file.collection!;
      const list = records.get(collection)!;
      if (file.kind === 'collection-json')
        add(file, JSON.stringify(collectionDocument(collection, list, meta(file))));
      else
        add(
          file,
          csvTable(
            csvHeader(collection),
            list.map((record) => csvRow(record, collection)),
          ),
        );
    } else if (file.kind === 'collection-xlsx') {
      const collection = file.collection!;
      add(
        file,
        await spreadsheet(
          COLLECTIONS[collection].plural,
          csvFields(collection),
          records.get(collection)!,
        ),
      );
    } else if (file.kind === 'facts-json') {
      add(file, JSON.stringify(factsDocument(facts, meta(file))));
    } else if (file.kind === 'facts-csv') {
      add(
        file,
        csvTable(
          FACT_FIELDS.map((field) => field.name),
          facts.map((record) => fieldRow(record, FACT_FIELDS)),
        ),
      );
    } else if (file.kind === 'facts-xlsx') {
      add(file, await spreadsheet('Kennzahlen', FACT_FIELDS, facts));
    } else if (file.kind === 'graph') {
      add(file, JSON.stringify(graphDocument(entries, edges, meta(file))));
    } else if (file.kind === 'schema') {
      const schema =
        file.describes === GRAPH_FILE
          ? graphSchema(id)
          : file.describes === CATALOG_FILE
            ? catalogSchema(id)
            : file.collection
              ? collectionSchema(file.collection, id)
              : factsSchema(id);
      add(file, JSON.stringify(schema, null, 2));
    }
  }
  const packaged = (name: string): PackagedFile => files.get(name)!;
  const byName = (name: string) => all.find((file) => file.name === name)!;
  const contentFiles = all
    .filter((file) => file.kind !== 'package' && file.kind !== 'catalog')
    .map((file) => packaged(file.name));

  add(
    byName(CATALOG_FILE),
    JSON.stringify(
      dcatCatalog({
        catalogUrl: absolute(dataPath(CATALOG_FILE)),
        pageUrl: absolute(dataPath()),
        siteUrl: absolute('/'),
        title: DATA_TITLE,
        description: DATA_DESCRIPTION,
        license: SITE.contentLicense,
        updated,
        publisherName: operatorSetting(SITE.operator.name, 'operator.name'),
        contact: {
          name: operatorSetting(SITE.operator.name, 'operator.name'),
          email: SITE.operator.email,
          phone: SITE.operator.phone,
          address: SITE.operator.address,
        },
        contributorId: operatorSetting(
          SITE.openData.dcatContributorId,
          'openData.dcatContributorId',
        ),
        spatial: SITE.openData.dcatSpatial?.split(/[\s|]+/).filter(Boolean) ?? [],
        schemaDialect: JSON_SCHEMA_DIALECT,
        files: [...contentFiles, { file: byName(PACKAGE_FILE) }],
      }),
      null,
      2,
    ),
  );
  add(
    byName(PACKAGE_FILE),
    JSON.stringify(
      dataPackage({
        title: DATA_TITLE,
        description: DATA_DESCRIPTION,
        homepage: absolute(dataPath()),
        license: SITE.contentLicense,
        files: [...contentFiles, packaged(CATALOG_FILE)],
      }),
      null,
      2,
    ),
  );
  return { files, updated, entryCount: entries.length, edgeCount: edges.length };
}
