import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';

/** A CSV report read by an independent RFC 4180 parser: one record per line, keyed by header. */
export function parseCsvReport(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** An XLSX report read by an independent reader: each sheet's rows, keyed by the header row. */
export async function readXlsxReport(bytes: Buffer): Promise<Record<string, Record<string, unknown>[]>> {
  const sheets = await readXlsxFile(bytes);
  return Object.fromEntries(
    sheets.map(({ sheet, data }) => {
      const [header, ...rows] = data as unknown[][];
      return [sheet, rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])))];
    }),
  );
}

/** Today's date in Finland (the calendar the services count in). */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
