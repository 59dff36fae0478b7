import type { CalendarDate } from '@career/calendar';
import { inCohort, matchesFilters, rowsAsKnownOn, type ReportFilters, type ReportPeriod } from '../../indicators/domain/compute-indicators';
import {
  entryStatusOf,
  gainedQualificationUponLeaving,
  isDisadvantaged,
  mergeParticipations,
  missingFields,
  sixMonthMomentOf,
  statusSixMonthsAfter,
  statusUponLeaving,
  type Participant,
} from '../../indicators/domain/participants';
import { derivedLearningOutcomes } from '../../metrics/domain/learning-outcomes';
import { LEARNING_OUTCOME_KEYS } from '../../outcome/domain/outcome.events';
import type { ParticipantRow, SelfAssessmentScores } from '../../participants/domain/participant-row';

/** One cell of the extract: text, a number, a yes/no, or blank. */
export type ExtractValue = string | number | boolean | null;
export type ExtractRow = Record<string, ExtractValue>;

export interface ExtractQuery {
  /** The day the extract describes: nothing dated later is in it. */
  asOf: CalendarDate;
  /** Only participants who entered (or left) in the period; every participant up to asOf without one. */
  period?: ReportPeriod;
  filters: ReportFilters;
}

/** The participant's pseudonym in this extract (a keyed hash with a key of this extract alone). */
export type PseudonymOf = (clientId: string) => string;

function ratingsOf(processes: readonly ParticipantRow[]): { start?: SelfAssessmentScores; end?: SelfAssessmentScores } {
  const start = processes.find((p) => p.selfAssessment.start)?.selfAssessment.start;
  const end = [...processes].reverse().find((p) => p.selfAssessment.end)?.selfAssessment.end;
  return { ...(start && { start }), ...(end && { end }) };
}

function learningOutcomesOf(processes: readonly ParticipantRow[]): ExtractRow {
  const shown = (key: (typeof LEARNING_OUTCOME_KEYS)[number]) => processes.some((p) => derivedLearningOutcomes(p)[key].shown || p.learningOutcomes?.[key] === true);
  return {
    learned_to_identify_skills: shown('learnedToIdentifySkills'),
    drew_up_skills_cv: shown('drewUpSkillsCv'),
    wrote_job_application: shown('wroteJobApplication'),
    improved_self_knowledge: shown('improvedSelfKnowledge'),
    improved_confidence: shown('improvedConfidence'),
    learning_outcomes_confirmed: processes.some((p) => p.learningOutcomes !== undefined),
  };
}

function rowOf(participant: Participant, processes: readonly ParticipantRow[], asOf: CalendarDate, pseudonymOf: PseudonymOf): ExtractRow {
  const { entry } = participant;
  const left = participant.lastExitDate !== undefined && participant.lastExitDate <= asOf;
  const last = processes.at(-1);
  const leaving = left ? statusUponLeaving(participant, asOf) : undefined;
  const sixMonths = left ? statusSixMonthsAfter(participant, asOf) : undefined;
  const followUp = participant.sixMonthOutcome;
  const { start, end } = ratingsOf(processes);
  const missing = missingFields(entry);
  return {
    participant_pseudonym: pseudonymOf(participant.clientId),
    project: participant.project,
    organisation: participant.organisation,
    municipality_code: participant.municipality ?? null,
    region_code: participant.region ?? null,
    first_entry_date: participant.firstEntryDate,
    processes: participant.processIds.length,
    record_complete: missing.length === 0,
    missing_fields: missing.length === 0 ? null : missing.join(' '),
    gender: entry.gender,
    age_at_entry: entry.ageAtEntry,
    labour_market_status_recorded: entry.labourMarketStatus,
    unemployment_months_at_entry: entry.unemploymentMonths ?? null,
    labour_market_status_at_entry: entryStatusOf(entry),
    isced_at_entry: entry.isced,
    disability: entry.disability,
    foreign_background: entry.foreignBackground,
    third_country_national: entry.thirdCountryNational,
    minority: entry.minority,
    homeless: entry.homeless,
    disadvantaged: isDisadvantaged(entry),
    last_exit_date: left ? participant.lastExitDate! : null,
    exit_status: left && last?.exitOutcome ? last.exitOutcome.outcome.status : null,
    status_upon_leaving: leaving?.status ?? null,
    status_upon_leaving_date: leaving?.date ?? null,
    qualification_upon_leaving: gainedQualificationUponLeaving(participant, asOf),
    six_month_moment: left ? sixMonthMomentOf(participant)! : null,
    six_month_follow_up_date: sixMonths && followUp ? followUp.followUpDate : null,
    status_six_months_after: sixMonths?.status ?? null,
    six_month_improvements: sixMonths && sixMonths.improvements.length > 0 ? sixMonths.improvements.join(' ') : null,
    ...learningOutcomesOf(processes),
    self_knowledge_start: start?.selfKnowledge ?? null,
    self_knowledge_end: end?.selfKnowledge ?? null,
    identify_own_skills_start: start?.identifyOwnSkills ?? null,
    identify_own_skills_end: end?.identifyOwnSkills ?? null,
    career_planning_confidence_start: start?.careerPlanningConfidence ?? null,
    career_planning_confidence_end: end?.careerPlanningConfidence ?? null,
  };
}

/**
 * The Fund evaluator's participant-level extract (docs/participant-extract.md): one row per
 * participant per operation, exactly as the indicators count them (rowsAsKnownOn, then
 * mergeParticipations: the first entry's data, the last exit; the same filters and period
 * rules), with the entry data behind each output indicator, the exit, the statuses upon
 * leaving and six months after, and the learning outcomes. Incomplete records are in it,
 * flagged. Micro-data: nothing is suppressed, so the caller must log the download and mark
 * the file confidential. Pure; the pseudonym comes from the caller.
 */
export function participantExtract(rows: readonly ParticipantRow[], query: ExtractQuery, pseudonymOf: PseudonymOf): ExtractRow[] {
  const known = rowsAsKnownOn(rows, query.asOf);
  const byProcess = new Map(known.map((row) => [row.processId, row]));
  return mergeParticipations(known)
    .filter((p) => matchesFilters(p, query.filters) && (query.period ? inCohort(p, query.period, query.asOf) : p.firstEntryDate <= query.asOf))
    .map((p) => rowOf(p, p.processIds.map((id) => byProcess.get(id)!), query.asOf, pseudonymOf))
    // By entry, then by pseudonym: no order that follows the client ids.
    .sort((a, b) => compare(a.first_entry_date, b.first_entry_date) || compare(a.participant_pseudonym, b.participant_pseudonym));
}

const compare = (a: ExtractValue, b: ExtractValue) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
