import type { ParticipantRow } from '../../participants/domain/participant-row';
import { row } from '../../test-support/participant-row.builders';
import { computeLearningOutcomes, computeProcessMetrics } from '../../metrics/domain';
import { METRICS_AS_OF, METRICS_ROWS } from '../../test-support/metrics-rows.fixture';
import { suppressLearningOutcomes, suppressProcessMetrics } from './suppress-metrics';

/** The worked example five times over (distinct processes and clients): every count × 5. */
const timesFive: ParticipantRow[] = [1, 2, 3, 4, 5].flatMap((n) => METRICS_ROWS.map((r) => ({ ...r, processId: `${r.processId}-${n}`, clientId: `${r.clientId}-${n}` })));

const noActivity = computeLearningOutcomes([], { asOf: METRICS_AS_OF }).activity;

describe('suppressProcessMetrics', () => {
  it('hides the small counts of the worked example and every statistic computed from a hidden count', () => {
    const shown = suppressProcessMetrics(computeProcessMetrics(METRICS_ROWS, { asOf: METRICS_AS_OF }));
    expect(shown.processes).toBe(7);
    expect(shown.clientsPerPhase).toEqual({ initialAssessment: '<5', followUp: '<5', closed: 5 });
    expect(shown.initialAssessment).toMatchObject({ completed: 6, meanWeeks: 3.67, belowTarget: '<5', withinTarget: '<5', aboveTarget: '<5' });
    expect(shown.initialAssessment.distribution).toEqual({ '1': 0, '2': '<5', '3': '<5', '4': '<5', '5': 0, '6+': '<5' });
    expect(shown.meetings).toEqual({ held: 28, missed: 7, meanHeldPerClient: 4, noShowRate: 0.2 });
    expect(shown.direction).toEqual({
      directed: 6,
      'group-guidance': { count: '<5', share: 'suppressed' },
      'licence-training': { count: '<5', share: 'suppressed' },
      'individual-only': { count: '<5', share: 'suppressed' },
    });
    // Two outcomes: their mean, median, minimum and maximum are two people's own figures.
    expect(shown.timeToOutcomeDays).toEqual({ n: '<5', mean: 'suppressed', median: 'suppressed', min: 'suppressed', max: 'suppressed' });
    expect(shown.outcomesByDirection['group-guidance']).toMatchObject({ employed: '<5', 'job-searching': '<5', studying: 0 });
  });

  it('shows everything when no count is under 5', () => {
    const raw = computeProcessMetrics(timesFive, { asOf: METRICS_AS_OF });
    const { suppression, ...shown } = suppressProcessMetrics(raw);
    expect(shown).toEqual(raw);
    expect(suppression).toEqual({ threshold: 5, suppressed: 0 });
  });

  it('hides a second cell of the outcome table when one small cell could be recovered from the closed total', () => {
    // Two more group-guidance leavers with no exit outcome recorded: a new small cell (2).
    const extra = [1, 2].map((n) => ({ ...row(`X${n}`, { date: '2026-01-05' }, { direction: 'group-guidance' as const }), exitDate: '2026-05-05' }));
    const shown = suppressProcessMetrics(computeProcessMetrics([...timesFive, ...extra], { asOf: METRICS_AS_OF }));
    const groupGuidance = shown.outcomesByDirection['group-guidance'];
    expect(groupGuidance['not-recorded']).toBe('<5');
    // closed (27) = sum of the table: with only one hidden cell it would be 27 - the rest. The smallest
    // other non-zero cell of the row is hidden too.
    expect(Object.values(groupGuidance).filter((v) => v === '<5')).toHaveLength(2);
    expect(shown.clientsPerPhase.closed).toBe(27);
  });
});

describe('suppressLearningOutcomes', () => {
  it('hides the worked example (5 closed processes, small counts) and the means of fewer than 5 ratings', () => {
    const shown = suppressLearningOutcomes(computeLearningOutcomes(METRICS_ROWS, { asOf: METRICS_AS_OF }));
    expect(shown.closedProcesses).toBe(5);
    expect(shown.outcomes.drewUpSkillsCv).toMatchObject({ fromEvents: '<5', fromEventsByClient: '<5', fromEventsByAdvisor: '<5', confirmedByAdvisor: '<5', total: '<5', share: 'suppressed' });
    expect(shown.outcomes.wroteJobApplication).toMatchObject({ fromEvents: '<5', confirmedByAdvisor: 0, total: '<5', share: 'suppressed' });
    expect(shown.outcomes.drewUpSkillsCv.definition).toMatch(/^A skills-based CV was generated/);
    expect(shown.activity.profileText).toMatchObject({ byClient: '<5', byAdvisor: 0, either: '<5' });
    expect(shown.selfAssessment.selfKnowledge).toEqual({ n: '<5', meanStart: 'suppressed', meanEnd: 'suppressed', meanChange: 'suppressed' });
  });

  it('hides a published count when an overlap it implies is small (events 10, advisor 10, either 12: 2 each only by one source)', () => {
    const shown = suppressLearningOutcomes({
      asOf: METRICS_AS_OF,
      closedProcesses: 40,
      outcomes: {
        learnedToIdentifySkills: byEvents(10, 10, 12, 0.3),
        drewUpSkillsCv: byEvents(20, 10, 20, 0.5),
        wroteJobApplication: byEvents(0, 0, 0, 0),
        improvedSelfKnowledge: byEvents(10, 10, 10, 0.25),
        improvedConfidence: byEvents(10, 15, 20, 0.5),
      },
      activity: noActivity,
      selfAssessment: {
        selfKnowledge: { n: 30, meanStart: 2.5, meanEnd: 3.5, meanChange: 1 },
        identifyOwnSkills: { n: 30, meanStart: 2.5, meanEnd: 3, meanChange: 0.5 },
        careerPlanningConfidence: { n: 30, meanStart: 3, meanEnd: 3, meanChange: 0 },
      },
    });
    // 10 = both 8 + events only 2: the 2 could be computed from 12 - 10. Hiding events and advisor counts
    // leaves two unknowns in every relation.
    expect(shown.outcomes.learnedToIdentifySkills).toMatchObject({ fromEvents: '<5', confirmedByAdvisor: '<5', total: 12, share: 0.3 });
    expect(shown.outcomes.drewUpSkillsCv).toMatchObject({ fromEvents: 20, confirmedByAdvisor: 10, total: 20, share: 0.5 });
    expect(shown.outcomes.improvedConfidence).toMatchObject({ fromEvents: 10, confirmedByAdvisor: 15, total: 20, share: 0.5 });
    expect(shown.selfAssessment.selfKnowledge).toEqual({ n: 30, meanStart: 2.5, meanEnd: 3.5, meanChange: 1 });
  });

  it('hides the count when few processes lack an outcome, and keeps the closed total when one outcome is rare', () => {
    const base = { asOf: METRICS_AS_OF, selfAssessment: computeLearningOutcomes([], { asOf: METRICS_AS_OF }).selfAssessment, activity: noActivity };
    const figure = (n: number) => byEvents(n, 0, n, n / 20);
    const outcomes = { learnedToIdentifySkills: figure(18), drewUpSkillsCv: figure(2), wroteJobApplication: figure(10), improvedSelfKnowledge: figure(10), improvedConfidence: figure(10) };
    const shown = suppressLearningOutcomes({ ...base, closedProcesses: 20, outcomes });
    // 20 - 18 = 2 without it: 18 would tell that 2 people did not learn it.
    expect(shown.outcomes.learnedToIdentifySkills).toMatchObject({ total: '<5', share: 'suppressed' });
    // 2 with a CV: hidden, and the 20 closed processes stay readable for the other shares.
    expect(shown.outcomes.drewUpSkillsCv).toMatchObject({ total: '<5', share: 'suppressed' });
    expect(shown.closedProcesses).toBe(20);
    expect(shown.outcomes.wroteJobApplication).toMatchObject({ fromEvents: 10, confirmedByAdvisor: 0, total: 10, share: 0.5 });
  });

  it('splits what the events show between the client and the advisor, hiding a split that a small overlap would give away', () => {
    const outcomes = computeLearningOutcomes([], { asOf: METRICS_AS_OF }).outcomes;
    const activity = {
      ...noActivity,
      // 30 by the client, 12 by the advisor, 40 either: 2 did both, computable from the three.
      cv: { byClient: 30, byAdvisor: 12, either: 40, definition: 'cv' },
      // 20 and 20 of 40, no overlap: all shown.
      skills: { byClient: 20, byAdvisor: 20, either: 40, definition: 'skills' },
    };
    const shown = suppressLearningOutcomes({ asOf: METRICS_AS_OF, closedProcesses: 40, selfAssessment: computeLearningOutcomes([], { asOf: METRICS_AS_OF }).selfAssessment, outcomes, activity });
    expect(shown.activity.skills).toEqual({ byClient: 20, byAdvisor: 20, either: 40, definition: 'skills' });
    expect(shown.activity.cv).toMatchObject({ byClient: '<5', byAdvisor: '<5' });
    expect(shown.closedProcesses).toBe(40);
  });
});

/** An outcome figure whose events are all the client's own work (the split is tested on its own). */
function byEvents(fromEvents: number, confirmedByAdvisor: number, total: number, share: number) {
  return { fromEvents, fromEventsByClient: fromEvents, fromEventsByAdvisor: 0, confirmedByAdvisor, total, share, definition: '' };
}
