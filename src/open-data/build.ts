import { createHash } from 'node:crypto';
import { COLLECTION_NAMES } from '../vocabulary/collections.ts';
import {
  collectionDocument,
  collectionRecords,
  graphDocument,
  type DocumentMeta,
} from './documents.ts';
import { csvTable } from './csv.ts';
import { csvHeader, csvRow, type DataEntry } from './entry-records.ts';
import { dataPackage, type PackagedFile } from './datapackage.ts';
import { dcatCatalog } from './dcat.ts';
import { CATALOG_FILE, GRAPH_FILE, PACKAGE_FILE, dataFiles, type DataFile } from './files.ts';
import { catalogSchema, collectionSchema, graphSchema } from './json-schemas.ts';
import { dataPath } from '../vocabulary/urls.ts';
import { SITE } from '../site.config.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

/**
 * Every file of /daten/, built from the read model in memory: the endpoints serve them, and
 * the page, datapackage.json and the catalogue read their sizes. Linear in entries plus
 * edges; the whole set is a few megabytes at 10,000 entries.
 */
export interface BuiltFile {
  file: DataFile;
  body: string;
  bytes: number;
  hash: string;
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

function built(file: DataFile, body: string): BuiltFile {
  return {
    file,
    body,
    bytes: Buffer.byteLength(body),
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

export function buildOpenData(atlas: Atlas): OpenData {
  const entries = atlas.entries.map(dataEntry);
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
  const add = (file: DataFile, body: string) => files.set(file.name, built(file, body));
  const all = dataFiles();

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
    } else if (file.kind === 'graph') {
      add(file, JSON.stringify(graphDocument(entries, edges, meta(file))));
    } else if (file.kind === 'schema') {
      const schema =
        file.describes === GRAPH_FILE
          ? graphSchema(id)
          : file.describes === CATALOG_FILE
            ? catalogSchema(id)
            : collectionSchema(file.collection!, id);
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
        publisherName: SITE.operator.name ?? SITE.title,
        contactEmail: SITE.operator.email,
        contributorId: SITE.openData.dcatContributorId,
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
