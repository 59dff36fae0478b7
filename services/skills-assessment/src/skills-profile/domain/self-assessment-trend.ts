import type { SelfAssessmentRatings } from './skills-profile.events';
import type { ProfileSelfAssessment } from './skills-profile.state';

export type SelfAssessmentDimension = keyof SelfAssessmentRatings;
export const SELF_ASSESSMENT_DIMENSIONS: readonly SelfAssessmentDimension[] = ['selfKnowledge', 'identifyOwnSkills', 'careerPlanningConfidence'];

export interface DimensionTrend {
  /** The rating at the start, when one was recorded. */
  start?: number;
  /** The most recent rating (the end rating once recorded, else the latest during). */
  latest?: number;
  /** latest - start, when both exist and are different records. */
  change?: number;
}

/**
 * How the client's own ratings moved: start against the most recent rating, per dimension.
 * The end rating is final: a "during" rating recorded after it does not replace it.
 */
export function selfAssessmentTrend(assessments: readonly ProfileSelfAssessment[]): Record<SelfAssessmentDimension, DimensionTrend> {
  const start = assessments.find((a) => a.phase === 'start');
  const latest = assessments.find((a) => a.phase === 'end') ?? assessments.filter((a) => a.phase !== 'start').at(-1) ?? start;
  const trend = {} as Record<SelfAssessmentDimension, DimensionTrend>;
  for (const dimension of SELF_ASSESSMENT_DIMENSIONS) {
    trend[dimension] = {
      ...(start && { start: start[dimension] }),
      ...(latest && { latest: latest[dimension] }),
      ...(start && latest && latest !== start && { change: latest[dimension] - start[dimension] }),
    };
  }
  return trend;
}
