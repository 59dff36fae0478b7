import { computeIndicators } from '../../indicators/domain/compute-indicators';
import { FIXTURE_AS_OF, PARTICIPANT_ROWS } from '../../test-support/participant-rows.fixture';
import { suppressIndicatorReport } from './suppress-indicator-report';

const raw = computeIndicators(PARTICIPANT_ROWS, { set: 'esfplus2021', period: { from: '2025-01-01', to: '2025-12-31', by: 'entry' }, asOf: FIXTURE_AS_OF });
const shown = suppressIndicatorReport(raw);
const row = (code: string) => shown.results.find((r) => r.code === code)!.counts;

describe('suppressIndicatorReport on the worked example (ESF+, report A)', () => {
  it('hides the small cells of each row and keeps zeros', () => {
    expect(row('EECO01')).toEqual({ total: 17, woman: 7, man: 7, nonBinary: '<5' }); // 2 non-binary; the 1 not-told is the second unknown
    expect(row('EECO02')).toEqual({ total: 9, woman: '<5', man: '<5', nonBinary: 0 });
    expect(row('EECO05')).toEqual({ total: '<5', woman: '<5', man: '<5', nonBinary: 0 });
    expect(row('EECR02')).toEqual({ total: '<5', woman: '<5', man: '<5', nonBinary: '<5' });
    expect(row('EECO17')).toBeNull();
  });

  it('hides EECO04 total (6) too: otherwise EECO01 - EECO02 - EECO04 = 17 - 9 - 6 would reveal EECO05 (2)', () => {
    expect(row('EECO04')).toEqual({ total: '<5', woman: '<5', man: '<5', nonBinary: '<5' });
    expect(shown.suppression).toEqual({ threshold: 5, primary: 52, secondary: 1 });
  });

  it('suppresses the population counts the same way', () => {
    expect(shown.population).toEqual({
      participants: 17,
      excludedIncomplete: '<5', // 3
      withReentry: '<5', // 1
      leavers: 14,
      leaversWithinWindow: 0,
      sixMonthsDue: 13,
      sixMonthsRecorded: 9,
    });
  });

  it('publishes no not-told column and no raw counts', () => {
    expect(JSON.stringify(shown)).not.toContain('notTold');
    expect(Object.keys(shown.population)).not.toContain('missing');
  });
});
