import ExcelJS from 'exceljs';
import type { ReportTable } from './report-table';

/**
 * XLSX through exceljs (MIT, pure JavaScript): one sheet per table, a bold frozen header row,
 * numbers as numbers and text as text (so `<5` stays the text it is). Formulas are never
 * written: every cell is a value. Creation time is fixed by the caller so the same report
 * gives the same workbook content.
 */
export interface XlsxOptions {
  /** Stored as the workbook's created/modified time; default 1970-01-01 so output is reproducible. */
  created?: Date;
  creator?: string;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(INVALID_SHEET_CHARS, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  return candidate;
}

export async function toXlsx(tables: readonly ReportTable[], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const created = options.created ?? new Date(0);
  workbook.created = created;
  workbook.modified = created;
  workbook.creator = options.creator ?? 'career-guidance outcomes-reporting';
  const taken = new Set<string>();
  for (const table of tables) {
    const name = sheetName(table.name, taken);
    taken.add(name.toLowerCase());
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      key: column.key,
      width: Math.min(60, Math.max(10, column.header.length + 2)),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(Object.fromEntries(table.columns.map((column) => [column.key, row[column.key] ?? null])));
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
