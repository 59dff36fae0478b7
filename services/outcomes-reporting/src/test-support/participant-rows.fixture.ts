import type { ParticipantRow } from '../participants/domain/participant-row';
import { employedFrom, jobSearching, leftWith, row, withChange, withFollowUp } from './participant-row.builders';

/**
 * The worked-example fixture: 22 clients, 23 process rows (P13 re-entered). Every indicator's
 * expected count in compute-indicators.unit.spec.ts is worked out by hand from the comments
 * here. Report A: by entry 2025-01-01..2025-12-31, as of 2026-09-30.
 *
 *  id   gender  age entry status         ISCED  voluntary yes       left        status upon leaving (28 days)       six months
 *  P01  W       23  unemployed 8m -> LTU  2                         2025-06-30  job searching                       due, none recorded
 *  P02  M       30  inactive              3                         2025-05-15  employed (job from day 27)          employed
 *  P03  W       45  inactive              4                         2025-05-15  job searching (job from day 29)     employed
 *  P04  NB      19  in education          2                         2025-06-02  studying (from day 14)              studying
 *  P05  M       58  unemployed 24m -> LTU 1                         2025-08-29  employed (from day 3)               employed
 *  P06  W       60  employed              6     disability          2025-09-30  employed (since 2015)               employed, promotion
 *  P07  M       17  inactive              1     foreign, 3rd-country 2025-07-31 in training + licence               due, none recorded
 *  P08  W       50  unemployed 2m         7     minority, homeless  open
 *  P09  NT      35  unemployed 5m         3                         2025-10-31  self-employed (from day 10)         self-employed
 *  P10  M       28  self-employed         5                         2025-11-28  employed + forklift licence         employed, no improvement
 *  P11  W       26  unemployed 7m (adult) 3                         2025-12-19  job searching                       due, none recorded
 *  P12  M       33  long-term unemployed  4                         2026-04-15  employed                            NOT due (2026-10-15)
 *  P13  W       44  inactive (1st entry)  0                         2026-01-30  job searching (re-entry, last exit) due, none recorded
 *  P14  M       52  unemployed            3     entered 2024-11-04  2025-02-28  employed                            (outside report A)
 *  P15  -       30  unemployed            3     gender missing      2025-12-31                                      (incomplete)
 *  P16  W       -   unemployed            -     age, ISCED missing  open                                            (incomplete)
 *  P17  M       40  -                     5     status missing      open                                            (incomplete)
 *  P18  NB      55  inactive              8     disability not told 2026-02-27  inactive (change on day 10)         job searching
 *  P19  W       24  unemployed 7m -> LTU  3                         2026-03-31  studying (from day 27)              studying (due on the day)
 *  P20  M       29  unemployed 12m (adult) 6    3rd-country; ORG-B  open
 *  P21  W       18  in education          2     entered 2026-01-05  open                                            (outside report A)
 *  P22  M       58  LTU (= P05's client, other project S99999)      open
 */
export const FIXTURE_AS_OF = '2026-09-30';

const adv1 = { advisorId: 'adv-1' };

export const PARTICIPANT_ROWS: readonly ParticipantRow[] = [
  leftWith(row('P01', { date: '2025-02-03', gender: 'woman', ageAtEntry: 23, labourMarketStatus: 'unemployed', unemploymentMonths: 8, isced: 2 }, adv1), '2025-06-30', jobSearching),

  withFollowUp(
    withChange(
      leftWith(row('P02', { date: '2025-02-10', gender: 'man', ageAtEntry: 30, labourMarketStatus: 'inactive', unemploymentMonths: undefined, isced: 3 }, adv1), '2025-05-15', jobSearching),
      'job',
      '2025-06-11', // exit + 27 days: inside the 28-day window
      employedFrom('2025-06-11'),
    ),
    '2025-11-14',
    employedFrom('2025-06-11'),
  ),

  withFollowUp(
    withChange(
      leftWith(row('P03', { date: '2025-02-10', gender: 'woman', ageAtEntry: 45, labourMarketStatus: 'inactive', unemploymentMonths: undefined, isced: 4 }, adv1), '2025-05-15', jobSearching),
      'job',
      '2025-06-13', // exit + 29 days: outside the window
      employedFrom('2025-06-13'),
    ),
    '2025-11-14',
    employedFrom('2025-06-13'),
  ),

  withFollowUp(
    leftWith(row('P04', { date: '2025-03-03', gender: 'non-binary', ageAtEntry: 19, labourMarketStatus: 'in-education', unemploymentMonths: undefined, isced: 2 }, adv1), '2025-06-02', {
      status: 'studying',
      institutionType: 'vocational',
      iscedLevel: 3,
      startDate: '2025-06-16',
    }),
    '2025-12-01',
    { status: 'studying', institutionType: 'vocational', iscedLevel: 3, startDate: '2025-06-16' },
  ),

  withFollowUp(
    leftWith(
      row('P05', { date: '2025-03-10', gender: 'man', ageAtEntry: 58, labourMarketStatus: 'unemployed', unemploymentMonths: 24, isced: 1 }, {
        ...adv1,
        // earned after the 28-day window (exit + 47 days): not a qualification upon leaving
        licencesEarned: [{ code: 'first-aid', date: '2025-10-15' }],
      }),
      '2025-08-29',
      { status: 'employed', workingTime: 'part-time', contract: 'fixed-term', startDate: '2025-09-01' },
    ),
    '2026-03-02',
    { status: 'employed', workingTime: 'part-time', contract: 'fixed-term', startDate: '2025-09-01' },
  ),

  withFollowUp(
    leftWith(row('P06', { date: '2025-04-01', gender: 'woman', ageAtEntry: 60, labourMarketStatus: 'employed', unemploymentMonths: undefined, isced: 6, disability: 'yes' }), '2025-09-30', employedFrom('2015-01-01')),
    '2026-03-31',
    employedFrom('2015-01-01'),
    ['promotion'],
  ),

  leftWith(
    row('P07', { date: '2025-04-07', gender: 'man', ageAtEntry: 17, labourMarketStatus: 'inactive', unemploymentMonths: undefined, isced: 1, foreignBackground: 'yes', thirdCountryNational: 'yes' }, {
      licencesEarned: [{ code: 'hygiene-passport', date: '2025-07-20' }],
    }),
    '2025-07-31',
    { status: 'in-training' },
  ),

  row('P08', { date: '2025-05-05', gender: 'woman', ageAtEntry: 50, labourMarketStatus: 'unemployed', unemploymentMonths: 2, isced: 7, minority: 'yes', homeless: 'yes' }),

  withFollowUp(
    leftWith(row('P09', { date: '2025-05-12', gender: 'not-told', ageAtEntry: 35, labourMarketStatus: 'unemployed', unemploymentMonths: 5, isced: 3 }), '2025-10-31', {
      status: 'self-employed',
      businessId: '0112038-9',
      startDate: '2025-11-10',
    }),
    '2026-04-30',
    { status: 'self-employed', startDate: '2025-11-10' },
  ),

  withFollowUp(
    leftWith(
      row('P10', { date: '2025-06-02', gender: 'man', ageAtEntry: 28, labourMarketStatus: 'self-employed', unemploymentMonths: undefined, isced: 5 }),
      '2025-11-28',
      employedFrom('2024-05-01'),
      { kind: 'licence', code: 'forklift' },
    ),
    '2026-05-28',
    employedFrom('2024-05-01'),
  ),

  leftWith(row('P11', { date: '2025-06-09', gender: 'woman', ageAtEntry: 26, labourMarketStatus: 'unemployed', unemploymentMonths: 7, isced: 3 }), '2025-12-19', jobSearching),

  withFollowUp(
    leftWith(row('P12', { date: '2025-07-01', gender: 'man', ageAtEntry: 33, labourMarketStatus: 'long-term-unemployed', unemploymentMonths: undefined, isced: 4 }), '2026-04-15', employedFrom('2026-04-20')),
    '2026-09-20', // inside the 5-8 month window, but the six-month moment (2026-10-15) is after asOf
    employedFrom('2026-04-20'),
  ),

  // P13, first process: the data that counts.
  leftWith(
    row('P13', { date: '2025-01-20', gender: 'woman', ageAtEntry: 44, labourMarketStatus: 'inactive', unemploymentMonths: undefined, isced: 0 }, { processId: 'proc-P13-a' }),
    '2025-03-31',
    { status: 'inactive' },
  ),
  // P13, re-entry: different entry data (ignored), and the exit that counts.
  leftWith(
    row('P13', { date: '2025-09-01', gender: 'woman', ageAtEntry: 45, labourMarketStatus: 'unemployed', unemploymentMonths: 5, isced: 3 }, { processId: 'proc-P13-b' }),
    '2026-01-30',
    jobSearching,
  ),

  leftWith(row('P14', { date: '2024-11-04', gender: 'man', ageAtEntry: 52, labourMarketStatus: 'unemployed', unemploymentMonths: 1, isced: 3 }), '2025-02-28', employedFrom('2025-03-03')),

  leftWith(row('P15', { date: '2025-08-04', gender: null, ageAtEntry: 30 }), '2025-12-31', employedFrom('2026-01-05')),
  row('P16', { date: '2025-08-11', gender: 'woman', ageAtEntry: null, isced: null }),
  row('P17', { date: '2025-09-01', gender: 'man', ageAtEntry: 40, labourMarketStatus: null, unemploymentMonths: undefined, isced: 5 }),

  withFollowUp(
    withChange(
      leftWith(row('P18', { date: '2025-09-15', gender: 'non-binary', ageAtEntry: 55, labourMarketStatus: 'inactive', unemploymentMonths: undefined, isced: 8, disability: 'not-told' }), '2026-02-27', jobSearching),
      'moved-abroad',
      '2026-03-09', // day 10: the LAST event within the window decides
      { status: 'inactive' },
    ),
    '2026-08-27',
    jobSearching,
  ),

  withFollowUp(
    leftWith(row('P19', { date: '2025-10-06', gender: 'woman', ageAtEntry: 24, labourMarketStatus: 'unemployed', unemploymentMonths: 7, isced: 3 }), '2026-03-31', {
      status: 'studying',
      institutionType: 'university',
      iscedLevel: 6,
      startDate: '2026-04-27', // day 27
    }),
    '2026-09-15',
    { status: 'studying', institutionType: 'university', iscedLevel: 6, startDate: '2026-04-27' },
  ),

  row(
    'P20',
    { date: '2025-12-31', gender: 'man', ageAtEntry: 29, labourMarketStatus: 'unemployed', unemploymentMonths: 12, isced: 6, thirdCountryNational: 'yes', foreignBackground: 'not-told' },
    { organisation: 'ORG-B', region: 'PIR' },
  ),

  row('P21', { date: '2026-01-05', gender: 'woman', ageAtEntry: 18, labourMarketStatus: 'in-education', unemploymentMonths: undefined, isced: 2 }),

  // The same person as P05 (same clientId) in another operation: a participant of that one too.
  row('P05', { date: '2025-03-01', gender: 'man', ageAtEntry: 58, labourMarketStatus: 'unemployed', unemploymentMonths: 24, isced: 1 }, { processId: 'proc-P05-other', project: 'S99999' }),
];
