import { selfAssessmentTrend } from './self-assessment-trend';
import type { ProfileSelfAssessment } from './skills-profile.state';

const rating = (phase: ProfileSelfAssessment['phase'], selfKnowledge: number, identifyOwnSkills: number, careerPlanningConfidence: number): ProfileSelfAssessment => ({
  phase,
  selfKnowledge,
  identifyOwnSkills,
  careerPlanningConfidence,
  recordedBy: 'client',
  recordedAt: '2025-01-01T00:00:00.000Z',
});

describe('selfAssessmentTrend', () => {
  it('is empty before any rating', () => {
    expect(selfAssessmentTrend([])).toEqual({ selfKnowledge: {}, identifyOwnSkills: {}, careerPlanningConfidence: {} });
  });

  it('shows only the start while nothing else is rated', () => {
    expect(selfAssessmentTrend([rating('start', 2, 1, 3)]).identifyOwnSkills).toEqual({ start: 1, latest: 1 });
  });

  it('compares the start with the latest during rating, then with the end rating', () => {
    const start = rating('start', 2, 1, 3);
    expect(selfAssessmentTrend([start, rating('during', 3, 2, 3), rating('during', 3, 3, 2)])).toEqual({
      selfKnowledge: { start: 2, latest: 3, change: 1 },
      identifyOwnSkills: { start: 1, latest: 3, change: 2 },
      careerPlanningConfidence: { start: 3, latest: 2, change: -1 },
    });
    // A "during" rating after the end does not replace the end rating.
    expect(selfAssessmentTrend([start, rating('end', 4, 4, 5), rating('during', 1, 1, 1)]).careerPlanningConfidence).toEqual({ start: 3, latest: 5, change: 2 });
  });

  it('shows the latest without a change when the start was never rated', () => {
    expect(selfAssessmentTrend([rating('during', 3, 3, 3)]).selfKnowledge).toEqual({ latest: 3 });
  });
});
