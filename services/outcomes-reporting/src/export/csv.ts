import type { CellValue, ReportTable } from './report-table';

/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote, CR or LF, quotes doubled inside quotes, one header line.
 *
 * Why a comma and not the semicolon a Finnish Excel expects: the CSV is for machines
 * (RFC 4180 parsers, R, pandas, the evaluator's scripts), and numbers keep the decimal point.
 * People who want a spreadsheet get the XLSX, which needs no delimiter guessing. The UTF-8
 * byte order mark is there so Excel, when it does open the CSV, reads ä and ö right.
 *
 * Spreadsheet formula injection: a text cell starting with = + - @ or a tab/CR would run as a
 * formula in Excel, so such text gets a leading apostrophe (OWASP's advice). Numbers are
 * written as numbers and are never altered.
 */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** Default true. */
  bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`CSV cannot hold ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: ReportTable, options: CsvOptions = {}): string {
  const lines = [
    table.columns.map((column) => csvField(column.header)).join(','),
    ...table.rows.map((row) => table.columns.map((column) => csvField(row[column.key] ?? null)).join(',')),
  ];
  return (options.bom === false ? '' : UTF8_BOM) + lines.map((line) => `${line}\r\n`).join('');
}
