/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, a field in double quotes when it
 * holds a comma, a quote or a line break, and quotes inside doubled. A cell a spreadsheet
 * would evaluate as a formula (it begins with =, +, -, @, a tab or a carriage return) gets
 * an apostrophe in front, OWASP's rule against formula injection: spreadsheets show the text,
 * and a reader of the raw file sees why.
 */
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** The apostrophe rule alone, shared with the spreadsheet files. */
export function protectFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const text = protectFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
