import { createHash } from 'node:crypto';
import { canonicalJson } from '@career/platform';
import type { CalendarDate } from '@career/calendar';
import { computeIndicators } from '../indicators/domain/compute-indicators';
import type { ParticipantRow } from '../participants/domain/participant-row';
import { computeLearningOutcomes } from '../metrics/domain/learning-outcomes';
import { computeProcessMetrics } from '../metrics/domain/process-metrics';

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
