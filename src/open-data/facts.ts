import type { DataEntry, DataRecord } from './entry-records.ts';

interface Fact {
  label: string;
  value: string;
  asOf?: string;
  source?: number;
}
interface Source {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/**
 * Every fact of every entry as one record of the facts table, in entry order (the caller sorts
 * entries), each with its source spelled out, so a row stands on its own. Linear in facts.
 */
export function factRecords(entries: readonly DataEntry[]): DataRecord[] {
  const records: DataRecord[] = [];
  for (const entry of entries) {
    const facts = (entry.data['facts'] as readonly Fact[] | undefined) ?? [];
    const sources = (entry.data['sources'] as readonly Source[] | undefined) ?? [];
    facts.forEach((fact, index) => {
      const source = fact.source === undefined ? undefined : sources[fact.source - 1];
      const record: DataRecord = {
        entry: entry.slug,
        entryTitle: entry.title,
        collection: entry.collection,
        position: index + 1,
        label: fact.label,
        value: fact.value,
        asOf: fact.asOf,
        sourceTitle: source?.title,
        sourcePublisher: source?.publisher,
        sourceDate: source?.date,
        sourceUrl: source?.url,
      };
      for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
      records.push(record);
    });
  }
  return records;
}
