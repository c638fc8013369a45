import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import type { License } from './documents.ts';
import {
  LIST_SEPARATOR,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN_SOURCE,
  FACT_FIELDS,
  csvFields,
  type FieldSpec,
} from './fields.ts';
import type { DataFile } from './files.ts';

/**
 * datapackage.json after Frictionless Data Package 2.0: one resource per file below /daten/
 * (the descriptor itself excepted); the CSV files as tabular resources with an inline Table
 * Schema, the JSON files with a pointer to their JSON Schema (`jsonSchema`, a custom property).
 */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATA_RESOURCE_PROFILE = 'https://datapackage.org/profiles/2.0/dataresource.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

export interface PackagedFile {
  file: DataFile;
  bytes: number;
  /** `sha256:` plus hex digest of the file's bytes. */
  hash: string;
}

/** A file listed before its content exists (the catalogue names datapackage.json, which names the catalogue). */
export type ListedFile = Pick<PackagedFile, 'file'> & Partial<PackagedFile>;

export interface PackageInput {
  title: string;
  description: string;
  /** Absolute URL of the /daten/ page. */
  homepage: string;
  license: License;
  files: readonly PackagedFile[];
}

function tableField(field: FieldSpec) {
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints['required'] = true;
  if (field.name === 'slug') constraints['unique'] = true;
  const base = { name: field.name, description: field.description };
  switch (field.kind) {
    case 'slugs':
    case 'members':
      return {
        ...base,
        type: 'list',
        delimiter: LIST_SEPARATOR,
        itemType: 'string',
        ...withConstraints(constraints),
      };
    case 'integer':
      return {
        ...base,
        type: 'integer',
        ...withConstraints({
          ...constraints,
          ...(field.range ? { minimum: field.range[0] } : {}),
        }),
      };
    case 'integers':
      return {
        ...base,
        type: 'list',
        delimiter: LIST_SEPARATOR,
        itemType: 'integer',
        ...withConstraints(constraints),
      };
    case 'code':
      return {
        ...base,
        type: 'string',
        ...withConstraints({ ...constraints, enum: Object.keys(field.values ?? {}) }),
      };
    case 'date':
      return {
        ...base,
        type: 'string',
        ...withConstraints({ ...constraints, pattern: PARTIAL_DATE_PATTERN }),
      };
    case 'slug':
      return {
        ...base,
        type: 'string',
        ...withConstraints({ ...constraints, pattern: SLUG_PATTERN_SOURCE }),
      };
    case 'ags':
      return {
        ...base,
        type: 'string',
        ...withConstraints({ ...constraints, pattern: '^([0-9]{2}|[0-9]{5}|[0-9]{8})$' }),
      };
    case 'url':
      return { ...base, type: 'string', format: 'uri', ...withConstraints(constraints) };
    default:
      return { ...base, type: 'string', ...withConstraints(constraints) };
  }
}

function withConstraints(constraints: Record<string, unknown>) {
  return Object.keys(constraints).length ? { constraints } : {};
}

/** Table Schema of a collection's CSV file. */
export function tableSchema(collection: CollectionName) {
  return tableSchemaOf(csvFields(collection), ['slug']);
}

/** Table Schema of kennzahlen.csv: one row per fact, keyed by entry and position. */
export function factsTableSchema() {
  return tableSchemaOf(FACT_FIELDS, ['entry', 'position']);
}

function tableSchemaOf(fields: readonly FieldSpec[], primaryKey: string[]) {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: fields.map(tableField),
    primaryKey,
    missingValues: [''],
  };
}

const resourceName = (fileName: string) => fileName.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function resource({ file, bytes, hash }: PackagedFile) {
  const common = {
    $schema: DATA_RESOURCE_PROFILE,
    name: resourceName(file.name),
    path: file.name,
    title: file.title,
    description: file.description,
    format: file.format === 'JSON-LD' ? 'jsonld' : file.format.toLowerCase(),
    mediatype: file.mediaType,
    // A spreadsheet is a zip archive, not text in some encoding.
    ...(file.format === 'XLSX' ? {} : { encoding: 'utf-8' }),
    bytes,
    hash,
  };
  if (file.kind === 'collection-csv' || file.kind === 'facts-csv') {
    return {
      ...common,
      type: 'table',
      dialect: { delimiter: ',', quoteChar: '"', header: true },
      schema: file.collection ? tableSchema(file.collection) : factsTableSchema(),
    };
  }
  return file.schema ? { ...common, jsonSchema: file.schema } : common;
}

export function dataPackage(input: PackageInput) {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'kooperationsatlas',
    title: input.title,
    description: input.description,
    homepage: input.homepage,
    licenses: [{ name: input.license.id, path: input.license.url, title: input.license.name }],
    keywords: [
      'Kooperation',
      'Region Hannover',
      'Niedersachsen',
      ...Object.values(COLLECTIONS).map((info) => info.plural),
    ],
    resources: input.files.map(resource),
  };
}
