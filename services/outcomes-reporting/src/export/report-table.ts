/** A flat table, the one shape both writers (CSV, XLSX) take. */
export type CellValue = string | number | boolean | null;

export interface ReportColumn {
  key: string;
  header: string;
}

export interface ReportTable {
  /** Sheet name in XLSX (at most 31 characters, no []:*?/\). */
  name: string;
  columns: readonly ReportColumn[];
  rows: readonly Readonly<Record<string, CellValue>>[];
}
