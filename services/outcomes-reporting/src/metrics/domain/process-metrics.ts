import { daysBetween, isoWeeksBetween, type CalendarDate } from '@career/calendar';
import { statusFrom } from '../../participants/domain/apply-outcome-event';
import type { GuidanceDirection, ParticipantRow } from '../../participants/domain/participant-row';
import { OUTCOME_STATUS_CODES, type OutcomeStatusCode } from '../../outcome/domain/outcome.events';
import { mean, median, round2, rowsInScope, share, type MetricsQuery } from './metrics-scope';

/** The initial assessment lasts 3 to 5 weeks (docs/domain.md#the-process, step 2). */
export const INITIAL_ASSESSMENT_TARGET_WEEKS = { min: 3, max: 5 } as const;

export const DIRECTIONS: readonly GuidanceDirection[] = ['group-guidance', 'licence-training', 'individual-only'];
/** Statuses that are an outcome of the guidance: work, a business, a study place, training. */
export const POSITIVE_STATUSES: readonly OutcomeStatusCode[] = ['employed', 'self-employed', 'studying', 'in-training'];

export type WeeksBucket = '1' | '2' | '3' | '4' | '5' | '6+';
const WEEK_BUCKETS: readonly WeeksBucket[] = ['1', '2', '3', '4', '5', '6+'];

export interface ProcessMetrics {
  asOf: CalendarDate;
  processes: number;
  /** Where each process is on `asOf`. */
  clientsPerPhase: { initialAssessment: number; followUp: number; closed: number };
  initialAssessment: {
    /** Processes whose initial assessment is completed (the base of the weeks figures). */
    completed: number;
    /** Weeks = ISO weeks from the opening week to the completion week, both included (as scheduling counts them). */
    meanWeeks: number | null;
    distribution: Record<WeeksBucket, number>;
    belowTarget: number;
    withinTarget: number;
    aboveTarget: number;
    /** Processes that were ever announced overdue (past week 5). */
    everOverdue: number;
  };
  meetings: {
    held: number;
    missed: number;
    /** Held meetings per process. */
    meanHeldPerClient: number | null;
    /** missed / (held + missed). */
    noShowRate: number | null;
  };
  /** Of the processes whose direction is decided. */
  direction: { directed: number } & Record<GuidanceDirection, { count: number; share: number | null }>;
  licences: { referrals: number; earned: number; clientsWithLicence: number };
  /**
   * Days from entry to the start of a positive exit outcome (job, business, studies,
   * training): its start date, else the exit date. Outcomes that started before entry are
   * not an outcome of the service and are left out.
   */
  timeToOutcomeDays: { n: number; mean: number | null; median: number | null; min: number | null; max: number | null };
  /** Closed processes: exit status by direction (`not-directed`, `not-recorded` when missing). */
  outcomesByDirection: Record<GuidanceDirection | 'not-directed', Record<OutcomeStatusCode | 'not-recorded', number>>;
}

export function phaseOf(row: ParticipantRow, asOf: CalendarDate): keyof ProcessMetrics['clientsPerPhase'] {
  if (row.exitDate !== undefined && row.exitDate <= asOf) return 'closed';
  if (row.phases.initialAssessmentCompleted !== undefined && row.phases.initialAssessmentCompleted <= asOf) return 'followUp';
  return 'initialAssessment';
}

export function initialAssessmentWeeks(row: ParticipantRow): number | undefined {
  const { initialAssessmentStarted, initialAssessmentCompleted } = row.phases;
  return initialAssessmentCompleted === undefined ? undefined : isoWeeksBetween(initialAssessmentStarted, initialAssessmentCompleted) + 1;
}

const emptyStatusCounts = (): Record<OutcomeStatusCode | 'not-recorded', number> =>
  Object.fromEntries([...OUTCOME_STATUS_CODES, 'not-recorded'].map((s) => [s, 0])) as Record<OutcomeStatusCode | 'not-recorded', number>;

/** Process metrics, pure over the participant rows: how the process of docs/domain.md#the-process went. */
export function computeProcessMetrics(allRows: readonly ParticipantRow[], query: MetricsQuery): ProcessMetrics {
  const rows = rowsInScope(allRows, query);
  const { asOf } = query;

  const clientsPerPhase = { initialAssessment: 0, followUp: 0, closed: 0 };
  for (const row of rows) clientsPerPhase[phaseOf(row, asOf)]++;

  const weeks = rows
    .filter((row) => row.phases.initialAssessmentCompleted !== undefined && row.phases.initialAssessmentCompleted <= asOf)
    .map((row) => initialAssessmentWeeks(row)!);
  const distribution = Object.fromEntries(WEEK_BUCKETS.map((b) => [b, 0])) as Record<WeeksBucket, number>;
  for (const w of weeks) distribution[w >= 6 ? '6+' : (String(Math.max(1, w)) as WeeksBucket)]++;

  const held = rows.reduce((sum, row) => sum + row.meetingsHeld, 0);
  const missed = rows.reduce((sum, row) => sum + row.meetingsMissed, 0);

  const directed = rows.filter((row) => row.direction !== undefined);
  const direction = { directed: directed.length } as ProcessMetrics['direction'];
  for (const d of DIRECTIONS) {
    const count = directed.filter((row) => row.direction === d).length;
    direction[d] = { count, share: share(count, directed.length) };
  }

  const timeToOutcome = rows
    .filter((row) => row.exitOutcome && POSITIVE_STATUSES.includes(row.exitOutcome.outcome.status))
    .map((row) => daysBetween(row.entry.date, statusFrom(row.exitOutcome!, row.exitOutcome!.exitDate)))
    .filter((days) => days >= 0);

  const outcomesByDirection = {
    'group-guidance': emptyStatusCounts(),
    'licence-training': emptyStatusCounts(),
    'individual-only': emptyStatusCounts(),
    'not-directed': emptyStatusCounts(),
  };
  for (const row of rows.filter((r) => phaseOf(r, asOf) === 'closed')) {
    outcomesByDirection[row.direction ?? 'not-directed'][row.exitOutcome?.outcome.status ?? 'not-recorded']++;
  }

  return {
    asOf,
    processes: rows.length,
    clientsPerPhase,
    initialAssessment: {
      completed: weeks.length,
      meanWeeks: mean(weeks),
      distribution,
      belowTarget: weeks.filter((w) => w < INITIAL_ASSESSMENT_TARGET_WEEKS.min).length,
      withinTarget: weeks.filter((w) => w >= INITIAL_ASSESSMENT_TARGET_WEEKS.min && w <= INITIAL_ASSESSMENT_TARGET_WEEKS.max).length,
      aboveTarget: weeks.filter((w) => w > INITIAL_ASSESSMENT_TARGET_WEEKS.max).length,
      everOverdue: rows.filter((row) => row.phases.initialAssessmentOverdue !== undefined && row.phases.initialAssessmentOverdue <= asOf).length,
    },
    meetings: { held, missed, meanHeldPerClient: rows.length === 0 ? null : round2(held / rows.length), noShowRate: share(missed, held + missed) },
    direction,
    licences: {
      referrals: rows.reduce((sum, row) => sum + row.trainingReferrals, 0),
      earned: rows.reduce((sum, row) => sum + row.licencesEarned.length, 0),
      clientsWithLicence: rows.filter((row) => row.licencesEarned.length > 0).length,
    },
    timeToOutcomeDays: {
      n: timeToOutcome.length,
      mean: mean(timeToOutcome),
      median: median(timeToOutcome),
      min: timeToOutcome.length ? Math.min(...timeToOutcome) : null,
      max: timeToOutcome.length ? Math.max(...timeToOutcome) : null,
    },
    outcomesByDirection,
  };
}
