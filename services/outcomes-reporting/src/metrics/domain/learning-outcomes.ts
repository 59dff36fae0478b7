import type { CalendarDate } from '@career/calendar';
import type { ParticipantRow, SelfAssessmentScores } from '../../participants/domain/participant-row';
import { LEARNING_OUTCOME_KEYS, type LearningOutcomes } from '../../outcome/domain/outcome.events';
import { mean, rowsInScope, share, type MetricsQuery } from './metrics-scope';

export type LearningOutcomeKey = keyof LearningOutcomes;
export type SelfAssessmentDimension = keyof SelfAssessmentScores;
export const SELF_ASSESSMENT_DIMENSIONS: readonly SelfAssessmentDimension[] = ['selfKnowledge', 'identifyOwnSkills', 'careerPlanningConfidence'];

/**
 * What the events themselves show for each learning outcome of the seed; the advisor
 * confirms the rest (LearningOutcomesConfirmed). `null` = nothing to derive from.
 *   drewUpSkillsCv          <- a CV was generated
 *   wroteJobApplication     <- a job application was generated
 *   learnedToIdentifySkills <- self-assessment "identify own skills" higher at the end than at the start
 *   improvedSelfKnowledge   <- self-assessment "self-knowledge" higher at the end
 *   improvedConfidence      <- self-assessment "career-planning confidence" higher at the end
 */
export function derivedLearningOutcomes(row: ParticipantRow): Record<LearningOutcomeKey, boolean> {
  const { start, end } = row.selfAssessment;
  const improved = (dimension: SelfAssessmentDimension) => start !== undefined && end !== undefined && end[dimension] > start[dimension];
  return {
    learnedToIdentifySkills: improved('identifyOwnSkills'),
    drewUpSkillsCv: row.documents.cv > 0,
    wroteJobApplication: row.documents.application > 0,
    improvedSelfKnowledge: improved('selfKnowledge'),
    improvedConfidence: improved('careerPlanningConfidence'),
  };
}

export interface LearningOutcomeFigure {
  /** Processes where the events show it. */
  fromEvents: number;
  /** Processes where the advisor confirmed it. */
  confirmedByAdvisor: number;
  /** Either (the figure to report): a process counts once. */
  total: number;
  /** total / closed processes. */
  share: number | null;
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
  selfAssessment: Record<SelfAssessmentDimension, SelfAssessmentChange>;
}

/** Learning outcomes (docs/domain.md#the-practice) and self-assessment change (docs/domain.md#the-process, step 7). */
export function computeLearningOutcomes(allRows: readonly ParticipantRow[], query: MetricsQuery): LearningOutcomeMetrics {
  const closed = rowsInScope(allRows, query).filter((row) => row.exitDate !== undefined && row.exitDate <= query.asOf);
  const outcomes = {} as Record<LearningOutcomeKey, LearningOutcomeFigure>;
  for (const key of LEARNING_OUTCOME_KEYS) {
    let fromEvents = 0;
    let confirmedByAdvisor = 0;
    let total = 0;
    for (const row of closed) {
      const derived = derivedLearningOutcomes(row)[key];
      const confirmed = row.learningOutcomes?.[key] === true;
      if (derived) fromEvents++;
      if (confirmed) confirmedByAdvisor++;
      if (derived || confirmed) total++;
    }
    outcomes[key] = { fromEvents, confirmedByAdvisor, total, share: share(total, closed.length) };
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
  return { asOf: query.asOf, closedProcesses: closed.length, outcomes, selfAssessment };
}
