import type { CollectionName } from '../vocabulary/collections.ts';
import { COLLECTION_FIELDS, LIST_SEPARATOR, csvFields, type FieldSpec } from './fields.ts';

/** What the open-data files need to know of an entry; plain data, testable without Astro. */
export interface DataEntry {
  collection: CollectionName;
  slug: string;
  /** Path of the entry's page, e.g. `/initiativen/radweg/`. */
  path: string;
  title: string;
  summary: string;
  /** The validated frontmatter (plus `updated`), as the content schemas output it. */
  data: Readonly<Record<string, unknown>>;
}

export type DataRecord = Record<string, unknown>;

function valueOf(entry: DataEntry, field: FieldSpec, siteUrl: string): unknown {
  switch (field.name) {
    case 'slug':
      return entry.slug;
    case 'url':
      return new URL(entry.path, siteUrl).href;
    case 'title':
      return entry.title;
    case 'summary':
      return entry.summary;
    default:
      return entry.data[field.name];
  }
}

/** One entry as a JSON record: the fields of its collection in table order, unset ones left out. */
export function entryRecord(entry: DataEntry, siteUrl: string): DataRecord {
  const record: DataRecord = {};
  for (const field of COLLECTION_FIELDS[entry.collection]) {
    const value = valueOf(entry, field, siteUrl);
    if (value !== undefined) record[field.name] = value;
  }
  return record;
}

/** One cell of the CSV: lists joined with „;“, members reduced to their slugs, unset = empty. */
export function csvCell(field: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (field.kind) {
    case 'slugs':
    case 'integers':
      return (value as readonly (string | number)[]).join(LIST_SEPARATOR);
    case 'members':
      return (value as readonly { ref: string }[]).map((member) => member.ref).join(LIST_SEPARATOR);
    default:
      // Every other field is a scalar: text, number or boolean.
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  }
}

export function csvHeader(collection: CollectionName): string[] {
  return csvFields(collection).map((field) => field.name);
}

export function csvRow(record: DataRecord, collection: CollectionName): string[] {
  return fieldRow(record, csvFields(collection));
}

/** A record's CSV cells for the given columns. */
export function fieldRow(record: DataRecord, fields: readonly FieldSpec[]): string[] {
  return fields.map((field) => csvCell(field, record[field.name]));
}
