/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, a field in double quotes when it
 * holds a comma, a quote or a line break, and quotes inside doubled.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole table: header line, then one line per row. Linear in the number of cells. */
export function csvTable(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return lines.join('');
}
