import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';

/**
 * Every file below /daten/, in one list: the endpoints, the download table on the page,
 * datapackage.json and the DCAT catalogue all read it. File names follow the site's URL
 * segments, so `/initiativen/` has `/daten/initiativen.json`, `/daten/initiativen.csv` and,
 * for spreadsheet users, `/daten/initiativen.xlsx`.
 */
export type DataFileKind =
  | 'collection-json'
  | 'collection-csv'
  | 'collection-xlsx'
  | 'facts-json'
  | 'facts-csv'
  | 'facts-xlsx'
  | 'graph'
  | 'schema'
  | 'package'
  | 'catalog';

/** Files a spreadsheet opens as they are: German headings and labels, every cell typed as text. */
export const SPREADSHEET_KINDS: ReadonlySet<DataFileKind> = new Set([
  'collection-xlsx',
  'facts-xlsx',
]);
/** The canonical tables: UTF-8, comma, field names as in JSON; described by datapackage.json. */
export const CSV_KINDS: ReadonlySet<DataFileKind> = new Set(['collection-csv', 'facts-csv']);

export interface DataFile {
  /** File name below /daten/. */
  name: string;
  kind: DataFileKind;
  /** The collection a collection file or its schema describes. */
  collection?: CollectionName;
  /** The file a schema describes. */
  describes?: string;
  /** The JSON Schema of a JSON file. */
  schema?: string;
  title: string;
  description: string;
  format: 'JSON' | 'CSV' | 'XLSX' | 'JSON-LD';
  mediaType: string;
}

export const GRAPH_FILE = 'beziehungen.json';
export const PACKAGE_FILE = 'datapackage.json';
export const CATALOG_FILE = 'katalog.jsonld';
export const FACTS_NAME = 'kennzahlen';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const schemaName = (file: string) => file.replace(/\.[a-z]+$/, '.schema.json');

function schemaFile(of: string, title: string, collection?: CollectionName): DataFile {
  return {
    name: schemaName(of),
    kind: 'schema',
    describes: of,
    ...(collection ? { collection } : {}),
    title: `JSON Schema: ${title}`,
    description: `Beschreibt Aufbau und Felder von ${of} (JSON Schema, Entwurf 2020-12).`,
    format: 'JSON',
    // Registered at IANA, unlike application/schema+json: catalogue and data package say the same.
    mediaType: 'application/json',
  };
}

function collectionFiles(collection: CollectionName): DataFile[] {
  const { segment, plural } = COLLECTIONS[collection];
  const json = `${segment}.json`;
  return [
    {
      name: `${segment}.xlsx`,
      kind: 'collection-xlsx',
      collection,
      title: `${plural} (Excel)`,
      description: `Alle ${plural} als Excel-Tabelle für Excel, LibreOffice und Numbers: deutsche Spaltenüberschriften, Angaben so wie auf den Seiten, Verweise mit Titel.`,
      format: 'XLSX',
      mediaType: XLSX_MEDIA_TYPE,
    },
    {
      name: json,
      kind: 'collection-json',
      collection,
      schema: schemaName(json),
      title: `${plural} (JSON)`,
      description: `Alle ${plural} mit allen Feldern, auch Quellen, Kennzahlen und Rollen der Mitglieder.`,
      format: 'JSON',
      mediaType: 'application/json',
    },
    {
      name: `${segment}.csv`,
      kind: 'collection-csv',
      collection,
      title: `${plural} (CSV)`,
      description: `Alle ${plural} als Tabelle für Programme (UTF-8, Komma), eine Zeile je Eintrag; Listen durch Semikolon getrennt, ohne Quellen und Kennzahlen.`,
      format: 'CSV',
      mediaType: 'text/csv',
    },
    schemaFile(json, plural, collection),
  ];
}

function factsFiles(): DataFile[] {
  const json = `${FACTS_NAME}.json`;
  const what =
    'Alle Kennzahlen der Einträge, etwa Kosten und Mitgliederzahlen, eine Zeile je Kennzahl mit Wert, Stand und Quelle';
  return [
    {
      name: `${FACTS_NAME}.xlsx`,
      kind: 'facts-xlsx',
      title: 'Kennzahlen (Excel)',
      description: `${what}, als Excel-Tabelle.`,
      format: 'XLSX',
      mediaType: XLSX_MEDIA_TYPE,
    },
    {
      name: json,
      kind: 'facts-json',
      schema: schemaName(json),
      title: 'Kennzahlen (JSON)',
      description: `${what}.`,
      format: 'JSON',
      mediaType: 'application/json',
    },
    {
      name: `${FACTS_NAME}.csv`,
      kind: 'facts-csv',
      title: 'Kennzahlen (CSV)',
      description: `${what}, als Tabelle für Programme (UTF-8, Komma).`,
      format: 'CSV',
      mediaType: 'text/csv',
    },
    schemaFile(json, 'Kennzahlen'),
  ];
}

export function dataFiles(): DataFile[] {
  return [
    ...COLLECTION_NAMES.flatMap(collectionFiles),
    ...factsFiles(),
    {
      name: GRAPH_FILE,
      kind: 'graph',
      schema: schemaName(GRAPH_FILE),
      title: 'Beziehungen (JSON)',
      description:
        'Alle Einträge als Knoten und alle Verweise zwischen ihnen als typisierte Kanten, mit der Lesart in beide Richtungen.',
      format: 'JSON',
      mediaType: 'application/json',
    },
    schemaFile(GRAPH_FILE, 'Beziehungen'),
    {
      name: PACKAGE_FILE,
      kind: 'package',
      title: 'Datenpaket (Frictionless Data Package 2.0)',
      description: 'Beschreibt alle Dateien, mit Tabellenschema (Table Schema) für jede CSV-Datei.',
      format: 'JSON',
      mediaType: 'application/json',
    },
    {
      name: CATALOG_FILE,
      kind: 'catalog',
      schema: schemaName(CATALOG_FILE),
      title: 'Katalog nach DCAT-AP.de (JSON-LD)',
      description: 'Metadaten für Open-Data-Portale, die den Atlas einsammeln (Harvesting).',
      format: 'JSON-LD',
      mediaType: 'application/ld+json',
    },
    schemaFile(CATALOG_FILE, 'Katalog'),
  ];
}
