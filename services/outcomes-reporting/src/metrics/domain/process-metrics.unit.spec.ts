import { computeProcessMetrics } from './process-metrics';
import { METRICS_AS_OF, METRICS_ROWS } from '../../test-support/metrics-rows.fixture';

describe('computeProcessMetrics: the worked example as of 2026-06-30 (M1-M6, M8; M7 entered later)', () => {
  const metrics = computeProcessMetrics(METRICS_ROWS, { asOf: METRICS_AS_OF });

  it('counts processes per phase', () => {
    expect(metrics.processes).toBe(7);
    expect(metrics.clientsPerPhase).toEqual({ initialAssessment: 1, followUp: 1, closed: 5 }); // M4 | M3 | M1 M2 M5 M6 M8
  });

  it('measures the initial assessment in ISO weeks against the 3-5 week target', () => {
    expect(metrics.initialAssessment).toEqual({
      completed: 6,
      meanWeeks: 3.67, // (4 + 2 + 6 + 3 + 4 + 3) / 6 = 22 / 6
      distribution: { '1': 0, '2': 1, '3': 2, '4': 2, '5': 0, '6+': 1 },
      belowTarget: 1, // M2
      withinTarget: 4, // M1 M5 M6 M8
      aboveTarget: 1, // M3
      everOverdue: 1, // M3
    });
  });

  it('counts meetings per client and the no-show rate', () => {
    // held 6+3+5+2+4+5+3 = 28, missed 1+0+3+1+0+0+2 = 7; 28 / 7 processes = 4; 7 / 35 = 0.2
    expect(metrics.meetings).toEqual({ held: 28, missed: 7, meanHeldPerClient: 4, noShowRate: 0.2 });
  });

  it('shares the directions among the 6 directed processes', () => {
    expect(metrics.direction).toEqual({
      directed: 6,
      'group-guidance': { count: 3, share: 0.5 }, // M1 M5 M6
      'licence-training': { count: 2, share: 0.33 }, // M2 M8
      'individual-only': { count: 1, share: 0.17 }, // M3
    });
    expect(metrics.licences).toEqual({ referrals: 3, earned: 1, clientsWithLicence: 1 });
  });

  it('measures the days from entry to a positive outcome, leaving out outcomes older than the entry', () => {
    // M1 2026-01-05 -> 2026-05-04 = 119; M2 2026-01-07 -> 2026-08-15 = 220; M6's job predates its entry
    expect(metrics.timeToOutcomeDays).toEqual({ n: 2, mean: 169.5, median: 169.5, min: 119, max: 220 });
  });

  it('crosses exit status with direction for the closed processes', () => {
    expect(metrics.outcomesByDirection['group-guidance']).toMatchObject({ employed: 2, 'job-searching': 1, studying: 0 }); // M1 M6 | M5
    expect(metrics.outcomesByDirection['licence-training']).toMatchObject({ studying: 1, 'not-recorded': 1, employed: 0 }); // M2 | M8
    const total = Object.values(metrics.outcomesByDirection).flatMap((byStatus) => Object.values(byStatus)).reduce((a, b) => a + b, 0);
    expect(total).toBe(5);
  });

  it('filters by period of entry', () => {
    const january = computeProcessMetrics(METRICS_ROWS, { asOf: METRICS_AS_OF, period: { from: '2026-01-01', to: '2026-01-31', by: 'entry' } });
    expect(january.processes).toBe(4); // M1 M2 M5 M6
  });

  it('gives nulls, not NaN, for an empty scope', () => {
    const none = computeProcessMetrics(METRICS_ROWS, { asOf: METRICS_AS_OF, filters: { organisation: 'NOBODY' } });
    expect(none.meetings).toEqual({ held: 0, missed: 0, meanHeldPerClient: null, noShowRate: null });
    expect(none.initialAssessment.meanWeeks).toBeNull();
    expect(none.timeToOutcomeDays).toEqual({ n: 0, mean: null, median: null, min: null, max: null });
  });
});
