import { createHash } from 'node:crypto';
import { computeIndicators } from '../indicators/compute-indicators';
import type { ParticipantRow } from '../indicators/participant-row';
import { computeLearningOutcomes } from '../metrics/learning-outcomes';
import { computeProcessMetrics } from '../metrics/process-metrics';
import type { CalendarDate } from '../outcome/calendar-date';

/** JSON with object keys sorted at every level: equal data, equal text, whatever the key order the database returned. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

export interface FiguresChecksum {
  /** Participant rows (processes) in the read model. */
  rows: number;
  /** SHA-256 of the rows themselves (ordered by process id, canonical JSON). */
  rowsSha256: string;
  /** SHA-256 of every figure the service reports, over all organisations and all time, as of `asOf`. */
  figuresSha256: string;
  asOf: CalendarDate;
}

const ALL_TIME = { from: '1900-01-01', by: 'entry' as const };

/**
 * The figures an evaluator could ask for, unsuppressed (only their digest leaves the service):
 * both indicator sets by entry and by exit, the process metrics and the learning outcomes.
 */
export function allFigures(rows: readonly ParticipantRow[], asOf: CalendarDate) {
  const period = (by: 'entry' | 'exit') => ({ ...ALL_TIME, by, to: asOf });
  return {
    esf2014: [computeIndicators(rows, { set: 'esf2014', period: period('entry'), asOf }), computeIndicators(rows, { set: 'esf2014', period: period('exit'), asOf })],
    esfplus2021: [
      computeIndicators(rows, { set: 'esfplus2021', period: period('entry'), asOf }),
      computeIndicators(rows, { set: 'esfplus2021', period: period('exit'), asOf }),
    ],
    processMetrics: computeProcessMetrics(rows, { asOf }),
    learningOutcomes: computeLearningOutcomes(rows, { asOf }),
  };
}

export function figuresChecksum(rows: readonly ParticipantRow[], asOf: CalendarDate): FiguresChecksum {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const ordered = [...rows].sort((a, b) => (a.processId < b.processId ? -1 : a.processId > b.processId ? 1 : 0));
  return {
    rows: rows.length,
    rowsSha256: sha256(canonicalJson(ordered)),
    figuresSha256: sha256(canonicalJson(allFigures(ordered, asOf))),
    asOf,
  };
}
