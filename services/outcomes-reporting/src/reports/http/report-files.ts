import { StreamableFile } from '@nestjs/common';
import { csvField, toCsv, toXlsx, UTF8_BOM, type CellValue, type ReportTable } from '../../export';
import {
  clientActivityTable,
  indicatorContextTable,
  indicatorTable,
  learningOutcomesTable,
  outcomesByDirectionTable,
  processMetricsTable,
  regionalRollUpTable,
  selfAssessmentTable,
} from '../../export/report-tables';
import type { ShownRegionalRollUp } from '../../suppression/domain/suppress-regional-roll-up';
import type { ShownIndicatorReport } from '../../suppression/domain/suppress-indicator-report';
import type { ShownLearningOutcomes, ShownProcessMetrics } from '../../suppression/domain/suppress-metrics';
import type { ReportFormat } from './report-query.dto';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `format=` wins; else the Accept header (CSV, XLSX); else JSON. */
export function formatOf(accept: string | undefined, format: ReportFormat | undefined): ReportFormat {
  if (format) return format;
  const wanted = (accept ?? '').toLowerCase();
  if (wanted.includes(XLSX_TYPE)) return 'xlsx';
  if (wanted.includes(CSV_TYPE)) return 'csv';
  return 'json';
}

/** The tables of one report: the CSV takes the first (one table per file), the workbook all of them. */
export interface ReportFile {
  name: string;
  /** A line the CSV starts with, before its header (the marking of a confidential file). */
  notice?: string;
  csv: ReportTable;
  sheets: readonly ReportTable[];
}

const metricColumns = [
  { key: 'metric', header: 'Metric' },
  { key: 'value', header: 'Value' },
];

/** Every value of a nested report as `Metric,Value` rows: one CSV holds all of it. */
function longTable(name: string, entries: [string, CellValue][]): ReportTable {
  return { name, columns: metricColumns, rows: entries.map(([metric, value]) => ({ metric, value })) };
}

export function indicatorFile(report: ShownIndicatorReport): ReportFile {
  return { name: `indicators-${report.set}-${report.asOf}`, csv: indicatorTable(report), sheets: [indicatorContextTable(report), indicatorTable(report)] };
}

export function processMetricsFile(metrics: ShownProcessMetrics): ReportFile {
  const main = processMetricsTable(metrics);
  const byDirection = Object.entries(metrics.outcomesByDirection).flatMap(([direction, statuses]) =>
    Object.entries(statuses).map(([status, n]): [string, CellValue] => [`Exit status ${status}, direction ${direction}`, n]),
  );
  const csv = longTable('Process metrics', [...main.rows.map((r): [string, CellValue] => [String(r.metric), r.value ?? null]), ...byDirection]);
  return { name: `process-metrics-${metrics.asOf}`, csv, sheets: [main, outcomesByDirectionTable(metrics)] };
}

export function learningOutcomesFile(metrics: ShownLearningOutcomes): ReportFile {
  const rows: [string, CellValue][] = [['Closed processes', metrics.closedProcesses]];
  for (const [key, figure] of Object.entries(metrics.outcomes)) {
    rows.push(
      [`${key}: shown by events`, figure.fromEvents],
      [`${key}: shown by events, by the client`, figure.fromEventsByClient],
      [`${key}: shown by events, by the advisor`, figure.fromEventsByAdvisor],
      [`${key}: confirmed by advisor`, figure.confirmedByAdvisor],
      [`${key}: total`, figure.total],
      [`${key}: share`, figure.share],
    );
  }
  for (const [kind, figure] of Object.entries(metrics.activity)) {
    rows.push([`${kind}: by the client`, figure.byClient], [`${kind}: by the advisor`, figure.byAdvisor], [`${kind}: either`, figure.either]);
  }
  for (const [dimension, change] of Object.entries(metrics.selfAssessment)) {
    rows.push([`${dimension}: n`, change.n], [`${dimension}: mean at start`, change.meanStart], [`${dimension}: mean at end`, change.meanEnd], [`${dimension}: mean change`, change.meanChange]);
  }
  return { name: `learning-outcomes-${metrics.asOf}`, csv: longTable('Learning outcomes', rows), sheets: [learningOutcomesTable(metrics), clientActivityTable(metrics), selfAssessmentTable(metrics)] };
}

export function regionalRollUpFile(rollUp: ShownRegionalRollUp, asOf: string): ReportFile {
  const table = regionalRollUpTable(rollUp);
  return { name: `regions-${asOf}`, csv: table, sheets: [table] };
}

/** The file to send, or undefined for JSON. */
export async function fileResponse(file: ReportFile, format: ReportFormat): Promise<StreamableFile | undefined> {
  if (format === 'csv') {
    const csv = file.notice === undefined ? toCsv(file.csv) : `${UTF8_BOM}${csvField(file.notice)}\r\n${toCsv(file.csv, { bom: false })}`;
    return new StreamableFile(Buffer.from(csv, 'utf8'), { type: `${CSV_TYPE}; charset=utf-8`, disposition: `attachment; filename="${file.name}.csv"` });
  }
  if (format === 'xlsx') {
    return new StreamableFile(await toXlsx(file.sheets), { type: XLSX_TYPE, disposition: `attachment; filename="${file.name}.xlsx"` });
  }
  return undefined;
}
