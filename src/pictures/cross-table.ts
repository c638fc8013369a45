/**
 * A table of rows against columns (entries against action fields, actors against networks).
 * Only columns and rows with at least one mark are kept. Past `limit` rows or cells the
 * table would be unreadable and too large for one page; the caller then shows counts.
 */
export interface CrossTable<Row, Column, Mark> {
  rows: { row: Row; marks: (Mark | undefined)[] }[];
  columns: Column[];
}

export const CROSS_TABLE_LIMIT = { rows: 100, cells: 3000 } as const;

export function crossTable<Row, Column, Mark>(
  pairs: readonly { row: Row; column: Column; mark: Mark }[],
  rowOrder: readonly Row[],
  columnOrder: readonly Column[],
): CrossTable<Row, Column, Mark> {
  const usedColumns = new Set(pairs.map((pair) => pair.column));
  const columns = columnOrder.filter((column) => usedColumns.has(column));
  const columnIndex = new Map(columns.map((column, index) => [column, index]));
  const marks = new Map<Row, (Mark | undefined)[]>();
  for (const { row, column, mark } of pairs) {
    const list = marks.get(row) ?? new Array<Mark | undefined>(columns.length).fill(undefined);
    marks.set(row, list);
    list[columnIndex.get(column)!] ??= mark;
  }
  return {
    columns,
    rows: rowOrder.filter((row) => marks.has(row)).map((row) => ({ row, marks: marks.get(row)! })),
  };
}

export function fitsOnOnePage(rows: number, columns: number, limit = CROSS_TABLE_LIMIT): boolean {
  return rows <= limit.rows && rows * columns <= limit.cells;
}
