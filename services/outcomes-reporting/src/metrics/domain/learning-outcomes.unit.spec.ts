import { computeLearningOutcomes } from './learning-outcomes';
import { METRICS_AS_OF, METRICS_ROWS } from '../../test-support/metrics-rows.fixture';

describe('computeLearningOutcomes: the worked example as of 2026-06-30 (closed: M1 M2 M5 M6 M8)', () => {
  const metrics = computeLearningOutcomes(METRICS_ROWS, { asOf: METRICS_AS_OF });

  it('counts each learning outcome from the events and from the advisor, once per process', () => {
    expect(metrics.closedProcesses).toBe(5);
    expect(metrics.outcomes).toEqual({
      // identify own skills rose: M1 (2->3), M2 (3->4); the advisor confirmed M1 too
      learnedToIdentifySkills: { fromEvents: 2, confirmedByAdvisor: 1, total: 2, share: 0.4 },
      // CV generated: M1 M2; the advisor confirmed M5 (who has no generated CV)
      drewUpSkillsCv: { fromEvents: 2, confirmedByAdvisor: 1, total: 3, share: 0.6 },
      // application generated: M1 M5
      wroteJobApplication: { fromEvents: 2, confirmedByAdvisor: 0, total: 2, share: 0.4 },
      // self-knowledge rose: M1 (2->4), M5 (2->3); not M2 (3->3)
      improvedSelfKnowledge: { fromEvents: 2, confirmedByAdvisor: 0, total: 2, share: 0.4 },
      // confidence rose: M5 (4->5), also confirmed by the advisor; M2 fell (3->2)
      improvedConfidence: { fromEvents: 1, confirmedByAdvisor: 1, total: 1, share: 0.2 },
    });
  });

  it('averages the change of each self-assessment score over processes rated at start and end (M1 M2 M5)', () => {
    expect(metrics.selfAssessment).toEqual({
      selfKnowledge: { n: 3, meanStart: 2.33, meanEnd: 3.33, meanChange: 1 }, // (2+0+1)/3
      identifyOwnSkills: { n: 3, meanStart: 2.67, meanEnd: 3.33, meanChange: 0.67 }, // (1+1+0)/3
      careerPlanningConfidence: { n: 3, meanStart: 3, meanEnd: 3, meanChange: 0 }, // (0-1+1)/3
    });
  });
});
