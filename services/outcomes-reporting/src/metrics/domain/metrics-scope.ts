import type { CalendarDate } from '@career/calendar';
import type { ReportFilters, ReportPeriod } from '../../indicators/domain/compute-indicators';
import type { ParticipantRow } from '../../participants/domain/participant-row';

/**
 * Which processes a metric looks at. Process metrics count PROCESSES (a re-entry is a new
 * process with its own meetings and phases), unlike the indicators, which count participants
 * once per operation.
 */
export interface MetricsQuery {
  /** The day the metrics describe; processes entered after it are not counted. */
  asOf: CalendarDate;
  /** Optional: only processes that entered (or, by exit, closed) in the period. */
  period?: ReportPeriod;
  filters?: ReportFilters;
}

export function rowsInScope(rows: readonly ParticipantRow[], query: MetricsQuery): ParticipantRow[] {
  const filters = query.filters ?? {};
  return rows.filter((row) => {
    if (row.entry.date > query.asOf) return false;
    if (filters.organisation !== undefined && row.organisation !== filters.organisation) return false;
    if (filters.project !== undefined && row.project !== filters.project) return false;
    if (filters.region !== undefined && row.region !== filters.region) return false;
    if (filters.advisorId !== undefined && row.advisorId !== filters.advisorId) return false;
    if (!query.period) return true;
    const anchor = query.period.by === 'entry' ? row.entry.date : row.exitDate;
    return anchor !== undefined && anchor >= query.period.from && anchor <= query.period.to && anchor <= query.asOf;
  });
}

/** Two decimals: metrics are read by people; the raw sums are in the same result. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : round2((sorted[middle - 1] + sorted[middle]) / 2);
}

export function share(count: number, of: number): number | null {
  return of === 0 ? null : round2(count / of);
}
