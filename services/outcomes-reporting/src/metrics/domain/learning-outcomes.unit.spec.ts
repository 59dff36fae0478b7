import { ACTIVITY_DEFINITIONS, computeLearningOutcomes, LEARNING_OUTCOME_DEFINITIONS } from './learning-outcomes';
import { METRICS_AS_OF, METRICS_ROWS } from '../../test-support/metrics-rows.fixture';

describe('computeLearningOutcomes: the worked example as of 2026-06-30 (closed: M1 M2 M5 M6 M8)', () => {
  const metrics = computeLearningOutcomes(METRICS_ROWS, { asOf: METRICS_AS_OF });

  it('counts each learning outcome from the events (the client’s own work, the advisor’s records) and from the advisor, once per process', () => {
    expect(metrics.closedProcesses).toBe(5);
    const figure = (key: keyof typeof LEARNING_OUTCOME_DEFINITIONS, f: Record<string, number>) => ({ ...f, definition: LEARNING_OUTCOME_DEFINITIONS[key] });
    expect(metrics.outcomes).toEqual({
      // identify own skills rose: M1 (2->3, both ratings the client's), M2 (3->4, start entered by the advisor); the advisor confirmed M1 too
      learnedToIdentifySkills: figure('learnedToIdentifySkills', { fromEvents: 2, fromEventsByClient: 1, fromEventsByAdvisor: 1, confirmedByAdvisor: 1, total: 2, share: 0.4 }),
      // CV generated: M1 (by the client and by staff), M2 (staff); the advisor confirmed M5 (who has no generated CV)
      drewUpSkillsCv: figure('drewUpSkillsCv', { fromEvents: 2, fromEventsByClient: 1, fromEventsByAdvisor: 2, confirmedByAdvisor: 1, total: 3, share: 0.6 }),
      // application generated: M1 (staff), M5 (the client, twice)
      wroteJobApplication: figure('wroteJobApplication', { fromEvents: 2, fromEventsByClient: 1, fromEventsByAdvisor: 1, confirmedByAdvisor: 0, total: 2, share: 0.4 }),
      // self-knowledge rose: M1 (2->4), M5 (2->3), both rated by the client; not M2 (3->3)
      improvedSelfKnowledge: figure('improvedSelfKnowledge', { fromEvents: 2, fromEventsByClient: 2, fromEventsByAdvisor: 0, confirmedByAdvisor: 0, total: 2, share: 0.4 }),
      // confidence rose: M5 (4->5, the client's ratings), also confirmed by the advisor; M2 fell (3->2)
      improvedConfidence: figure('improvedConfidence', { fromEvents: 1, fromEventsByClient: 1, fromEventsByAdvisor: 0, confirmedByAdvisor: 1, total: 1, share: 0.2 }),
    });
  });

  it('counts the closed processes where the client did the work themself, where the advisor did it, and either', () => {
    const figure = (kind: keyof typeof ACTIVITY_DEFINITIONS, byClient: number, byAdvisor: number, either: number) => ({ byClient, byAdvisor, either, definition: ACTIVITY_DEFINITIONS[kind] });
    expect(metrics.activity).toEqual({
      cv: figure('cv', 1, 2, 2), // M1 both, M2 staff
      application: figure('application', 1, 1, 2), // M5 client, M1 staff
      interestInventory: figure('interestInventory', 1, 1, 2), // M1 client, M5 advisor
      selfAssessment: figure('selfAssessment', 3, 1, 3), // M1 M2 M5 client, M2 advisor (M3 is open)
      skills: figure('skills', 1, 2, 2), // M1 both, M2 advisor
      profileText: figure('profileText', 1, 0, 1), // M1
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
