import { addDays, isCalendarDate, type CalendarDate } from '@career/calendar';
import { INDICATOR_TABLE, indicatorsOf, type IndicatorDefinition, type IndicatorSet } from './indicator-table';
import type { ParticipantRow } from '../../participants/domain/participant-row';
import {
  COMPLETENESS_FIELDS,
  entryStatusOf,
  gainedQualificationUponLeaving,
  isDisadvantaged,
  LEAVING_WINDOW_DAYS,
  mergeParticipations,
  missingFields,
  sixMonthMomentOf,
  statusSixMonthsAfter,
  statusUponLeaving,
  type CompletenessField,
  type Participant,
} from './participants';
import { PREDICATES, type ParticipantFacts } from './predicates';

export interface ReportFilters {
  organisation?: string;
  project?: string;
  region?: string;
  /** For organisation managers only (the HTTP layer enforces who may use it). */
  advisorId?: string;
}

export interface ReportPeriod {
  from: CalendarDate;
  to: CalendarDate;
  /** Which date puts a participant in the period: the first entry, or the last exit. */
  by: 'entry' | 'exit';
}

export interface IndicatorQuery {
  set: IndicatorSet;
  period: ReportPeriod;
  /** The day the report describes ("today" for a live report); passed in, never read from a clock. */
  asOf: CalendarDate;
  filters?: ReportFilters;
  /** The indicator table to use (defaults to INDICATOR_TABLE); for corrections under test. */
  table?: readonly IndicatorDefinition[];
}

/**
 * Counts by gender. `notTold` participants are complete and count in `total`, but have no
 * column of their own in the published tables (by gender = woman, man, non-binary,
 * docs/domain.md#structural-fund-reporting); it is kept here so secondary suppression can
 * account for it.
 */
export interface GenderCounts {
  total: number;
  woman: number;
  man: number;
  nonBinary: number;
  notTold: number;
}

export interface IndicatorResult extends Omit<IndicatorDefinition, 'compute'> {
  computable: boolean;
  /** Null when not computable (data not collected). */
  counts: GenderCounts | null;
}

export interface IndicatorPopulation {
  /** Participants in the cohort, complete and incomplete (once per operation). */
  inCohort: number;
  /** Complete participants: everyone an indicator can count (equals EECO01). */
  participants: GenderCounts;
  /** Participants left out of every indicator because their record is incomplete. */
  excludedIncomplete: number;
  /** How many excluded participants lack each field (one participant may lack several). */
  missing: Record<CompletenessField, number>;
  /** Complete participants with more than one process in the operation (each counted once). */
  withReentry: number;
  /** Complete participants who have left by `asOf`: the base of the leaving results. */
  leavers: number;
  /** Leavers whose 28-day window is still open on `asOf`: their leaving status may still change. */
  leaversWithinWindow: number;
  /** Complete participants whose six-month moment (last exit + 6 months) is on or before `asOf`. */
  sixMonthsDue: number;
  /** Of those, how many have a follow-up outcome recorded (the rest count in no six-month result). */
  sixMonthsRecorded: number;
}

export interface IndicatorReport {
  set: IndicatorSet;
  period: ReportPeriod;
  asOf: CalendarDate;
  filters: ReportFilters;
  population: IndicatorPopulation;
  results: IndicatorResult[];
}

const emptyCounts = (): GenderCounts => ({ total: 0, woman: 0, man: 0, nonBinary: 0, notTold: 0 });

function addTo(counts: GenderCounts, facts: ParticipantFacts): void {
  counts.total++;
  if (facts.gender === 'woman') counts.woman++;
  else if (facts.gender === 'man') counts.man++;
  else if (facts.gender === 'non-binary') counts.nonBinary++;
  else counts.notTold++;
}

/** In the period by first entry or by last exit, that day being on or before `asOf`. */
export function inCohort(participant: Participant, period: ReportPeriod, asOf: CalendarDate): boolean {
  const anchor = period.by === 'entry' ? participant.firstEntryDate : participant.lastExitDate;
  return anchor !== undefined && anchor >= period.from && anchor <= period.to && anchor <= asOf;
}

/** The filters apply to the merged participant: its first process's organisation, region, advisor. */
export function matchesFilters(participant: Participant, filters: ReportFilters): boolean {
  return (
    (filters.organisation === undefined || participant.organisation === filters.organisation) &&
    (filters.project === undefined || participant.project === filters.project) &&
    (filters.region === undefined || participant.region === filters.region) &&
    (filters.advisorId === undefined || participant.advisorId === filters.advisorId)
  );
}

/**
 * The facts the predicates read, for a complete participant as of `asOf`: leaving facts only
 * once the participant has left, six-month facts only once the six-month moment has passed,
 * and no event or follow-up dated after `asOf` (the rows are today's; a report as of a past
 * day must not use what happened later).
 */
export function participantFacts(participant: Participant, asOf: CalendarDate): ParticipantFacts {
  const entry = participant.entry;
  if (missingFields(entry).length > 0) throw new Error('participantFacts needs a complete record');
  const left = participant.lastExitDate !== undefined && participant.lastExitDate <= asOf;
  const sixMonthMoment = sixMonthMomentOf(participant);
  const sixMonthsPassed = sixMonthMoment !== undefined && sixMonthMoment <= asOf;
  const leaving = left ? statusUponLeaving(participant, asOf) : undefined;
  const sixMonths = sixMonthsPassed ? statusSixMonthsAfter(participant, asOf) : undefined;
  return {
    gender: entry.gender!,
    age: entry.ageAtEntry!,
    entryStatus: entryStatusOf(entry)!,
    isced: entry.isced!,
    disability: entry.disability === 'yes',
    foreignBackground: entry.foreignBackground === 'yes',
    thirdCountryNational: entry.thirdCountryNational === 'yes',
    minority: entry.minority === 'yes',
    homeless: entry.homeless === 'yes',
    disadvantaged: isDisadvantaged(entry),
    ...(leaving && { leavingStatus: leaving.status }),
    qualificationUponLeaving: left && gainedQualificationUponLeaving(participant, asOf),
    ...(sixMonths && { sixMonths }),
  };
}

/**
 * The rows as they stood on `asOf`: processes entered later do not exist yet, and a process
 * closed later was still open (so a re-entry after `asOf` does not move the last exit).
 */
export function rowsAsKnownOn(rows: readonly ParticipantRow[], asOf: CalendarDate): ParticipantRow[] {
  return rows
    .filter((row) => row.entry.date <= asOf)
    .map((row) => {
      if (row.exitDate === undefined || row.exitDate <= asOf) return row;
      const { exitDate: _closedLater, ...open } = row;
      return open;
    });
}

function validateQuery(query: IndicatorQuery): void {
  const { from, to, by } = query.period;
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) throw new RangeError('period.from and period.to must be dates with from <= to');
  if (by !== 'entry' && by !== 'exit') throw new RangeError('period.by must be entry or exit');
  if (!isCalendarDate(query.asOf)) throw new RangeError('asOf must be a date YYYY-MM-DD');
}

/**
 * The Structural Fund indicators of one set for one period
 * (docs/domain.md#structural-fund-reporting). Pure: the same rows and query always give the
 * same report.
 *
 * 1. Rows are taken as they stood on `asOf` (rowsAsKnownOn) and merged into participants,
 *    once per operation (client + project): the first entry's data, the last exit
 *    (mergeParticipations).
 * 2. The filters apply to the merged participant (its first process's organisation, region,
 *    advisor); the period picks the cohort by first entry or by last exit, both on or before
 *    `asOf`.
 * 3. A participant whose record lacks gender, employment status, age or education counts in
 *    no indicator; they are counted in `population.excludedIncomplete`.
 * 4. Output indicators read the entry data; results upon leaving need the participant to have
 *    left by `asOf` and read the last labour-market event no later than 28 days after the exit;
 *    six-month results need last exit + 6 months <= `asOf` and read the follow-up outcome.
 *    Nothing dated after `asOf` counts.
 */
export function computeIndicators(rows: readonly ParticipantRow[], query: IndicatorQuery): IndicatorReport {
  validateQuery(query);
  const filters = query.filters ?? {};
  const cohort = mergeParticipations(rowsAsKnownOn(rows, query.asOf)).filter(
    (p) => matchesFilters(p, filters) && inCohort(p, query.period, query.asOf),
  );

  const missing: Record<CompletenessField, number> = { gender: 0, labourMarketStatus: 0, age: 0, education: 0 };
  const complete: { participant: Participant; facts: ParticipantFacts }[] = [];
  for (const participant of cohort) {
    const lacks = missingFields(participant.entry);
    for (const field of lacks) missing[field]++;
    if (lacks.length === 0) complete.push({ participant, facts: participantFacts(participant, query.asOf) });
  }

  const participants = emptyCounts();
  for (const { facts } of complete) addTo(participants, facts);
  const leavers = complete.filter(({ participant }) => participant.lastExitDate !== undefined && participant.lastExitDate <= query.asOf);
  const sixMonthsDue = complete.filter(({ participant }) => {
    const moment = sixMonthMomentOf(participant);
    return moment !== undefined && moment <= query.asOf;
  });

  const results = indicatorsOf(query.set, query.table ?? INDICATOR_TABLE).map((indicator): IndicatorResult => {
    const { compute, ...described } = indicator;
    if (compute === 'not-collected') return { ...described, computable: false, counts: null };
    const predicate = PREDICATES[compute];
    if (!predicate) throw new Error(`indicator ${indicator.code}: unknown predicate "${String(compute)}"`);
    const base = indicator.moment === 'entry' ? complete : indicator.moment === 'leaving' ? leavers : sixMonthsDue;
    const counts = emptyCounts();
    for (const { facts } of base) if (predicate(facts)) addTo(counts, facts);
    return { ...described, computable: true, counts };
  });

  return {
    set: query.set,
    period: { ...query.period },
    asOf: query.asOf,
    filters: { ...filters },
    population: {
      inCohort: cohort.length,
      participants,
      excludedIncomplete: cohort.length - complete.length,
      missing: Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, missing[f]])) as Record<CompletenessField, number>,
      withReentry: complete.filter(({ participant }) => participant.reentries > 0).length,
      leavers: leavers.length,
      leaversWithinWindow: leavers.filter(({ participant }) => addDays(participant.lastExitDate!, LEAVING_WINDOW_DAYS) > query.asOf).length,
      sixMonthsDue: sixMonthsDue.length,
      sixMonthsRecorded: sixMonthsDue.filter(({ participant }) => statusSixMonthsAfter(participant, query.asOf) !== undefined).length,
    },
    results,
  };
}
