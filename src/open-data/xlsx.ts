import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';
import { formatDate, type PartialDate } from '../vocabulary/dates.ts';
import { protectFormula } from './csv.ts';
import { LIST_SEPARATOR, type FieldSpec } from './fields.ts';
import type { DataRecord } from './entry-records.ts';

/**
 * The spreadsheet files (.xlsx) for readers who double-click: German Excel opens a CSV as
 * Windows-1252 with „;“ and turns the AGS 03241 into the number 3241; an .xlsx opens the same
 * in Excel, LibreOffice and Numbers. Every cell is a string in the text format „@“, so no
 * leading zero is lost and nothing is read as a date, number or formula, not even after
 * editing the cell. Cells that begin like a formula keep the apostrophe of the CSV files
 * (OWASP), so a copy into another file stays harmless.
 */
export interface SheetInput {
  sheet: string;
  fields: readonly FieldSpec[];
  records: readonly DataRecord[];
  /** Slug → title, to show references as the pages do. */
  titles: ReadonlyMap<string, string>;
  /** Lines of the licence sheet: attribution, address, licence, date. */
  notes: readonly (readonly [string, string])[];
}

/** Fields that are the row's own key stay slugs; every other slug names another entry. */
const OWN_KEYS = new Set(['slug', 'entry']);
const READABLE_SEPARATOR = `${LIST_SEPARATOR} `;
/** Zip entries carry this time, so the same data gives the same bytes (and hash) on every build. */
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');
const MAX_WIDTH = 60;

/** A cell as the site would word it: labels for codes, dates in words, titles for slugs. */
export function displayValue(
  field: FieldSpec,
  value: unknown,
  titles: ReadonlyMap<string, string>,
): string {
  if (value === undefined || value === null) return '';
  const title = (slug: string) => titles.get(slug) ?? slug;
  switch (field.kind) {
    case 'code':
      return field.values?.[value as string] ?? (value as string);
    case 'date':
      return formatDate(value as PartialDate);
    case 'slug':
      return OWN_KEYS.has(field.name) ? (value as string) : title(value as string);
    case 'slugs':
      return (value as readonly string[]).map(title).join(READABLE_SEPARATOR);
    case 'integers':
      return field.name === 'sdgs'
        ? (value as readonly number[]).map((goal) => `SDG ${goal}`).join(READABLE_SEPARATOR)
        : (value as readonly number[]).join(READABLE_SEPARATOR);
    case 'members':
      return (value as readonly { ref: string; role?: string }[])
        .map((member) =>
          member.role ? `${title(member.ref)} (${member.role})` : title(member.ref),
        )
        .join(READABLE_SEPARATOR);
    default:
      // Text, URL, AGS and the facts' position: scalars.
      return typeof value === 'number' ? String(value) : (value as string);
  }
}

const textCell = (value: string): Cell => ({
  value: protectFormula(value),
  type: String,
  format: '@',
});

export async function xlsxFile(input: SheetInput): Promise<Uint8Array> {
  const header: Cell[] = input.fields.map((field) => ({
    value: field.heading,
    type: String,
    fontWeight: 'bold',
  }));
  const rows: SheetData = [header];
  const widths = input.fields.map((field) => field.heading.length);
  for (const record of input.records) {
    rows.push(
      input.fields.map((field, column) => {
        const text = displayValue(field, record[field.name], input.titles);
        widths[column] = Math.max(widths[column]!, text.length);
        return text ? textCell(text) : null;
      }),
    );
  }
  const notes: SheetData = input.notes.map(([label, text]) => [
    { value: label, type: String, fontWeight: 'bold' },
    textCell(text),
  ]);
  const buffer = await writeXlsxFile([
    {
      sheet: input.sheet,
      data: rows,
      stickyRowsCount: 1,
      columns: widths.map((width) => ({ width: Math.min(width, MAX_WIDTH) + 2 })),
    },
    { sheet: 'Lizenz und Quelle', data: notes, columns: [{ width: 24 }, { width: 100 }] },
  ]).toBuffer();
  return stableZip(buffer);
}

/** Re-packs the archive with fixed entry times, keeping the entries' order. */
function stableZip(archive: Uint8Array): Uint8Array {
  const entries = unzipSync(archive);
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime: FIXED_TIME }]]),
    ),
  );
}
