import type { CalendarDate } from '@career/calendar';
import { ACTIVITY_KINDS, type ActivityKind, type DoneBy, type ParticipantRow, type SelfAssessmentScores } from '../../participants/domain/participant-row';
import { LEARNING_OUTCOME_KEYS, type LearningOutcomes } from '../../outcome/domain/outcome.events';
import { mean, rowsInScope, share, type MetricsQuery } from './metrics-scope';

export type LearningOutcomeKey = keyof LearningOutcomes;
export type SelfAssessmentDimension = keyof SelfAssessmentScores;
export const SELF_ASSESSMENT_DIMENSIONS: readonly SelfAssessmentDimension[] = ['selfKnowledge', 'identifyOwnSkills', 'careerPlanningConfidence'];

/** What the events show of one learning outcome in one process, and whose record shows it. */
export interface DerivedOutcome {
  /** The events show it. */
  shown: boolean;
  /** ... by the client's own record (a CV they generated; ratings they entered themselves). */
  byClient: boolean;
  /** ... by the advisor's record (a CV staff generated; a rating the advisor entered). */
  byAdvisor: boolean;
}

/**
 * What the events themselves show for each learning outcome of the seed
 * (docs/domain.md#the-practice), and whether the client's own work or the advisor's record
 * shows it; the advisor confirms the rest (LearningOutcomesConfirmed).
 *   drewUpSkillsCv          <- a CV was generated: by the client on their own channel, or by staff
 *   wroteJobApplication     <- a job application was generated: idem
 *   learnedToIdentifySkills <- self-assessment "identify own skills" higher at the end than at the start
 *   improvedSelfKnowledge   <- self-assessment "self-knowledge" higher at the end
 *   improvedConfidence      <- self-assessment "career-planning confidence" higher at the end
 * A rise in a self-assessment is the client's own when they entered both ratings themselves,
 * the advisor's record when the advisor entered either.
 */
export function derivedLearningOutcomes(row: ParticipantRow): Record<LearningOutcomeKey, DerivedOutcome> {
  const { start, end, startBy, endBy } = row.selfAssessment;
  const ratedByClient = startBy === 'client' && endBy === 'client';
  const improved = (dimension: SelfAssessmentDimension): DerivedOutcome => {
    const shown = start !== undefined && end !== undefined && end[dimension] > start[dimension];
    return { shown, byClient: shown && ratedByClient, byAdvisor: shown && !ratedByClient };
  };
  const generated = (kind: 'cv' | 'application'): DerivedOutcome => {
    const { byClient, byAdvisor } = row.activity[kind];
    return { shown: row.documents[kind] > 0, byClient: byClient > 0, byAdvisor: byAdvisor > 0 };
  };
  return {
    learnedToIdentifySkills: improved('identifyOwnSkills'),
    drewUpSkillsCv: generated('cv'),
    wroteJobApplication: generated('application'),
    improvedSelfKnowledge: improved('selfKnowledge'),
    improvedConfidence: improved('careerPlanningConfidence'),
  };
}

/**
 * The definitions the report prints beside each figure (JSON, CSV/XLSX, the summary page): one
 * place, so every output says the same. "By the client" is what the client did themself;
 * "by the advisor" what staff recorded or generated for them.
 */
export const LEARNING_OUTCOME_DEFINITIONS: Readonly<Record<LearningOutcomeKey, string>> = {
  learnedToIdentifySkills:
    'The self-assessment "identify own skills" is higher at the end than at the start (by the client: they entered both ratings themselves; by the advisor: the advisor entered either), or the advisor confirmed it.',
  drewUpSkillsCv: 'A skills-based CV was generated (by the client: on their own channel; by the advisor: by staff), or the advisor confirmed it.',
  wroteJobApplication: 'A job application was generated (by the client: on their own channel; by the advisor: by staff), or the advisor confirmed it.',
  improvedSelfKnowledge: 'The self-assessment "self-knowledge" is higher at the end than at the start (who entered the ratings as above), or the advisor confirmed it.',
  improvedConfidence:
    'The self-assessment "confidence in planning one\'s career" is higher at the end than at the start (who entered the ratings as above), or the advisor confirmed it.',
};

/** What counts as the client's own work, per kind (ParticipantRow.activity), as printed beside the figures. */
export const ACTIVITY_DEFINITIONS: Readonly<Record<ActivityKind, string>> = {
  cv: 'Generated a version of their skills-based CV (by the client: signed in on their own channel; by the advisor: an advisor or coordinator generated it).',
  application: 'Generated a version of a job application (by the client: on their own channel; by the advisor: staff generated it).',
  interestInventory: 'Answered the RIASEC interest inventory (by the client: entered by the client themself; by the advisor: entered by the advisor).',
  selfAssessment: 'Rated their self-knowledge, skills and career-planning confidence, at the start, during or at the end (who entered the ratings).',
  skills: 'Added skill entries to their skills profile, in their own words (who entered them).',
  profileText: 'Wrote the profile text in their own words that their CV prints (who entered it).',
};

export interface LearningOutcomeFigure {
  /** Processes where the events show it. */
  fromEvents: number;
  /** Of those, processes where the client's own work shows it (a CV they generated, ratings they entered). */
  fromEventsByClient: number;
  /** Of those, processes where the advisor's record shows it (a CV staff generated, a rating the advisor entered). */
  fromEventsByAdvisor: number;
  /** Processes where the advisor confirmed it. */
  confirmedByAdvisor: number;
  /** Either (the figure to report): a process counts once. */
  total: number;
  /** total / closed processes. */
  share: number | null;
  definition: string;
}

/** Closed processes in which the client did this themself, the advisor did it for them, or either. */
export interface ActivityFigure {
  byClient: number;
  byAdvisor: number;
  either: number;
  definition: string;
}

export interface SelfAssessmentChange {
  /** Processes with both a start and an end rating. */
  n: number;
  meanStart: number | null;
  meanEnd: number | null;
  /** Mean of (end - start) per process. */
  meanChange: number | null;
}

export interface LearningOutcomeMetrics {
  asOf: CalendarDate;
  /** Closed processes on `asOf`: learning outcomes are measured at the end of the process. */
  closedProcesses: number;
  outcomes: Record<LearningOutcomeKey, LearningOutcomeFigure>;
  /** What the client did themself and what the advisor did for them, per kind of work. */
  activity: Record<ActivityKind, ActivityFigure>;
  selfAssessment: Record<SelfAssessmentDimension, SelfAssessmentChange>;
}

/** Learning outcomes (docs/domain.md#the-practice) and self-assessment change (docs/domain.md#the-process, step 7). */
export function computeLearningOutcomes(allRows: readonly ParticipantRow[], query: MetricsQuery): LearningOutcomeMetrics {
  const closed = rowsInScope(allRows, query).filter((row) => row.exitDate !== undefined && row.exitDate <= query.asOf);
  const derived = closed.map((row) => ({ row, outcomes: derivedLearningOutcomes(row) }));
  const outcomes = {} as Record<LearningOutcomeKey, LearningOutcomeFigure>;
  for (const key of LEARNING_OUTCOME_KEYS) {
    const count = (test: (d: DerivedOutcome, confirmed: boolean) => boolean) =>
      derived.filter(({ row, outcomes: o }) => test(o[key], row.learningOutcomes?.[key] === true)).length;
    const total = count((d, confirmed) => d.shown || confirmed);
    outcomes[key] = {
      fromEvents: count((d) => d.shown),
      fromEventsByClient: count((d) => d.byClient),
      fromEventsByAdvisor: count((d) => d.byAdvisor),
      confirmedByAdvisor: count((_, confirmed) => confirmed),
      total,
      share: share(total, closed.length),
      definition: LEARNING_OUTCOME_DEFINITIONS[key],
    };
  }
  const activity = {} as Record<ActivityKind, ActivityFigure>;
  for (const kind of ACTIVITY_KINDS) {
    const did = (by: DoneBy) => (row: ParticipantRow) => (by === 'client' ? row.activity[kind].byClient : row.activity[kind].byAdvisor) > 0;
    activity[kind] = {
      byClient: closed.filter(did('client')).length,
      byAdvisor: closed.filter(did('advisor')).length,
      either: closed.filter((row) => did('client')(row) || did('advisor')(row)).length,
      definition: ACTIVITY_DEFINITIONS[kind],
    };
  }
  const rated = closed.filter((row) => row.selfAssessment.start && row.selfAssessment.end);
  const selfAssessment = {} as Record<SelfAssessmentDimension, SelfAssessmentChange>;
  for (const dimension of SELF_ASSESSMENT_DIMENSIONS) {
    const starts = rated.map((row) => row.selfAssessment.start![dimension]);
    const ends = rated.map((row) => row.selfAssessment.end![dimension]);
    selfAssessment[dimension] = {
      n: rated.length,
      meanStart: mean(starts),
      meanEnd: mean(ends),
      meanChange: mean(ends.map((end, i) => end - starts[i])),
    };
  }
  return { asOf: query.asOf, closedProcesses: closed.length, outcomes, activity, selfAssessment };
}
