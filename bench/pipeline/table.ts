import { percentile, rateOf, type LoadResult } from './load';

/** One line of the printed table: a figure, its baseline from the same run, the target. */
export interface Row {
  section: string;
  what: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  note?: string;
}

export const fmtRate = (perSecond: number): string => `${Math.round(perSecond).toLocaleString('en-US')}/s`;
export const fmtMs = (ms: number): string => (Number.isFinite(ms) ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : 'n/a');

/** `421/s, p50 36 ms, p99 70 ms` */
export function describeLoad(result: LoadResult): string {
  return `${fmtRate(rateOf(result))}, p50 ${fmtMs(percentile(result.latenciesMs, 50))}, p99 ${fmtMs(percentile(result.latenciesMs, 99))}`;
}

export function failuresNote(result: LoadResult): string | undefined {
  return result.failures > 0 ? `${result.failures} failed: ${result.firstFailure ?? ''}`.slice(0, 160) : undefined;
}

export function printTable(rows: readonly Row[]): void {
  const header: Row = { section: 'section', what: 'what', figure: 'figure', baseline: 'baseline (same run)', ratio: 'ratio', target: 'target', note: 'note' };
  const columns: (keyof Row)[] = ['section', 'what', 'figure', 'baseline', 'ratio', 'target', 'note'];
  const all = [header, ...rows];
  const widths = columns.map((column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: Row): string => columns.map((column, i) => (row[column] ?? '').padEnd(widths[i])).join(' | ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  rows.forEach((row) => console.log(line(row)));
}
