// CSV that Excel on Chinese Windows opens correctly: UTF-8 with BOM, CRLF, RFC 4180 quoting.
//
// Cells are written exactly as the data holds them, also text that starts with = + - @ (which a
// spreadsheet may take for a formula when the file is opened by double-click). Prefixing "'" would make
// the CSV differ from the JSON and the YAML and break scripts that read it; the text is reviewed content
// that the validator has checked, and /data/ tells spreadsheet users to import the file as text.
// test/unit/open-data.test.ts holds both: the round trip and that such text comes back unchanged.

export interface Column<T> {
  /** Stable English header. */
  key: string;
  /** Chinese meaning, shown in the data dictionary on /data/. */
  label: string;
  value: (row: T) => string | number | null | undefined;
}

/** The first column of every CSV: the row's plan, so the site's files can hold several. */
export const planColumn = <T>(plan: string): Column<T> => ({ key: 'plan', label: '方案标识(本站网址 /方案标识/ 中的一段;各方案见 tasks.json 的 meta.plans)', value: () => plan });

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  return toCsvTables(columns, [{ rows, columns }]);
}

/** Rows whose values come from their own columns, e.g. one plan's tasks with that plan's unit names. */
export interface CsvTable<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
}

/**
 * One CSV of several tables in order (every plan's rows in the site's file): `header`'s keys, which each
 * table's columns must have in the same order, since a reader takes a column by its header.
 */
export function toCsvTables<T>(header: readonly Column<T>[], tables: readonly CsvTable<T>[]): string {
  const keys = header.map((c) => c.key);
  const lines = [keys.map(field).join(',')];
  for (const { rows, columns } of tables) {
    if (columns.length !== keys.length || columns.some((c, i) => c.key !== keys[i])) throw new Error(`CSV 各部分的列不一致: ${columns.map((c) => c.key).join(',')} ≠ ${keys.join(',')}`);
    for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
