import { computeIndicators, type IndicatorQuery, type IndicatorReport } from './compute-indicators';
import { INDICATOR_RELATIONS, INDICATOR_TABLE, PARTICIPANTS_CELL, type IndicatorDefinition } from './indicator-table';
import { FIXTURE_AS_OF, PARTICIPANT_ROWS } from '../../test-support/participant-rows.fixture';

/** [total, woman, man, non-binary, not told]; null = not computable. */
type Expected = Record<string, [number, number, number, number, number] | null>;

function countsByCode(report: IndicatorReport): Expected {
  return Object.fromEntries(
    report.results.map((r) => [r.code, r.counts && [r.counts.total, r.counts.woman, r.counts.man, r.counts.nonBinary, r.counts.notTold]]),
  ) as Expected;
}

const YEAR_2025_BY_ENTRY: IndicatorQuery['period'] = { from: '2025-01-01', to: '2025-12-31', by: 'entry' };
const report = (query: Partial<IndicatorQuery> & Pick<IndicatorQuery, 'set'>) =>
  computeIndicators(PARTICIPANT_ROWS, { period: YEAR_2025_BY_ENTRY, asOf: FIXTURE_AS_OF, ...query });

/*
 * Report A: entered in 2025, as of 2026-09-30 (see the fixture's table).
 * Cohort: P01-P13, P15-P20 and P05's other operation (P22) = 20; P14 entered in 2024, P21 in 2026.
 * Incomplete: P15 (gender), P16 (age, education), P17 (employment status) -> 17 counted:
 *   women P01 P03 P06 P08 P11 P13 P19 = 7, men P02 P05 P07 P10 P12 P20 P22 = 7,
 *   non-binary P04 P18 = 2, not told P09 = 1.
 */
describe('computeIndicators, report A: ESF+ 2021-2027, entered in 2025, as of 2026-09-30', () => {
  const result = report({ set: 'esfplus2021' });

  it('counts every indicator as worked out by hand', () => {
    const expected: Expected = {
      EECO01: [17, 7, 7, 2, 1], // every complete participant; P13 once, P05 once per operation
      EECO02: [9, 4, 4, 0, 1], // unemployed incl. LTU: P01 P08 P11 P19 | P05 P12 P20 P22 | P09
      EECO03: [5, 2, 3, 0, 0], // LTU: P01 (23y, 8m > 6) P19 (24y, 7m > 6) | P05 P22 (24m) P12 (recorded); not P11 (26y, 7m) nor P20 (12m, not > 12)
      EECO04: [6, 2, 2, 2, 0], // inactive incl. education: P03 P13 (first entry's status) | P02 P07 | P04 P18
      EECO05: [2, 1, 1, 0, 0], // employed incl. self-employed: P06 | P10
      EECO06: [1, 0, 1, 0, 0], // below 18: P07 (17)
      EECO07: [6, 3, 2, 1, 0], // 18-29: P01 (23) P11 (26) P19 (24) | P10 (28) P20 (29) | P04 (19); not P02 (30)
      EECO08: [4, 1, 2, 1, 0], // 55+: P06 (60) | P05 P22 (58) | P18 (55)
      EECO09: [6, 2, 3, 1, 0], // ISCED 0-2: P01 P13 (ISCED 0, first entry) | P05 P07 P22 | P04
      EECO10: [6, 3, 2, 0, 1], // ISCED 3-4: P03 P11 P19 | P02 P12 | P09
      EECO11: [5, 2, 2, 1, 0], // ISCED 5-8: P06 P08 | P10 P20 | P18
      EECO12: [1, 1, 0, 0, 0], // disability yes: P06 (P18 did not tell: not counted)
      EECO13: [2, 0, 2, 0, 0], // third-country nationals: P07 P20
      EECO14: [1, 0, 1, 0, 0], // foreign background yes: P07 (P20 did not tell)
      EECO15: [1, 1, 0, 0, 0], // minority: P08
      EECO16: [1, 1, 0, 0, 0], // homeless: P08
      EECO17: null, // rural areas: not collected
      // Upon leaving (14 leavers; not P08 P20 P22, still open):
      EECR01: [2, 2, 0, 0, 0], // inactive at entry and job searching: P03 (job on day 29 is too late), P13 (last exit); not P02 (job on day 27), P18 (inactive on day 10)
      EECR02: [3, 1, 1, 1, 0], // studying or training: P19 (from day 27) | P07 | P04 (from day 14)
      EECR03: [2, 0, 2, 0, 0], // qualification: P07 (licence during the process) P10 (on the exit record); not P05 (licence on day 47)
      EECR04: [4, 0, 3, 0, 1], // unemployed/inactive at entry, employed upon leaving: P02 (day 27) P05 P12 | P09 (self-employed); not P06 P10 (employed at entry), P03 (day 29)
      // Six months after (due: exit <= 2026-03-30, plus P19 on 2026-03-31 -> due on 2026-09-30 itself; not P12):
      EECR05: [6, 2, 3, 0, 1], // employed at the follow-up: P03 P06 | P02 P05 P10 | P09; not P12 (moment 2026-10-15 not passed)
    };
    expect(countsByCode(result)).toEqual(expected);
  });

  it('reports the population, with the incomplete records it left out', () => {
    expect(result.population).toEqual({
      inCohort: 20,
      participants: { total: 17, woman: 7, man: 7, nonBinary: 2, notTold: 1 },
      excludedIncomplete: 3,
      missing: { gender: 1, labourMarketStatus: 1, age: 1, education: 1 },
      withReentry: 1, // P13
      leavers: 14,
      leaversWithinWindow: 0,
      sixMonthsDue: 13, // P01-P07 P09-P11 P13 P18 P19
      sixMonthsRecorded: 9, // P02-P06 P09 P10 P18 P19
    });
  });

  it('carries each row of the table with its confirmation flag', () => {
    const eecr01 = result.results.find((r) => r.code === 'EECR01')!;
    expect(eecr01).toMatchObject({ name: 'Participants engaged in job searching upon leaving', confirmed: true, computable: true, moment: 'leaving' });
    expect(result.results.find((r) => r.code === 'EECO17')).toMatchObject({ computable: false, counts: null });
  });
});

describe('computeIndicators, report A: ESF 2014-2020, entered in 2025, as of 2026-09-30', () => {
  it('counts every indicator as worked out by hand', () => {
    const expected: Expected = {
      CO01: [9, 4, 4, 0, 1],
      CO02: [5, 2, 3, 0, 0],
      CO03: [6, 2, 2, 2, 0],
      CO04: [5, 2, 2, 1, 0], // CO03 without P04 (in education)
      CO05: [2, 1, 1, 0, 0],
      CO06: [4, 2, 1, 1, 0], // below 25: P01 (23) P19 (24) | P07 (17) | P04 (19)
      CO07: [4, 1, 2, 1, 0], // 55+: P06 | P05 P22 | P18
      CO08: [3, 0, 2, 1, 0], // 55+ and unemployed or inactive not in education: P05 P22 (LTU) | P18 (inactive); not P06 (employed)
      CO09: [5, 1, 3, 1, 0], // ISCED 1-2: P01 | P05 P07 P22 | P04; P13 (ISCED 0) is in no education row
      CO10: [6, 3, 2, 0, 1],
      CO11: [5, 2, 2, 1, 0],
      CO12: null,
      CO13: null,
      CO14: null,
      CO15: [3, 1, 2, 0, 0], // foreign background, third-country national or minority: P08 | P07 P20
      CO16: [1, 1, 0, 0, 0],
      CO17: null,
      CO18: [1, 1, 0, 0, 0],
      CO19: null,
      CR01: [2, 2, 0, 0, 0], // as EECR01
      CR02: [3, 1, 1, 1, 0],
      CR03: [2, 0, 2, 0, 0],
      CR04: [4, 0, 3, 0, 1],
      CR05: [2, 1, 1, 0, 0], // disadvantaged leavers engaged: P06 (employed) | P07 (training, licence); P08 P20 have not left
      CR06: [6, 2, 3, 0, 1],
      CR07: [1, 1, 0, 0, 0], // employed at entry and improved: P06 (promotion); not P10 (no improvement)
      CR08: [2, 1, 1, 0, 0], // 55+ employed at six months: P06 | P05; not P18 (job searching)
      CR09: [1, 1, 0, 0, 0], // disadvantaged employed at six months: P06; P07 has no follow-up
    };
    expect(countsByCode(report({ set: 'esf2014' }))).toEqual(expected);
  });
});

describe('computeIndicators: the period by exit uses the LAST exit', () => {
  it('second half of 2025 by exit: P05 P06 P07 P09 P10 P11 (P15 incomplete); not P13 (last exit 2026), not P01 (30 June)', () => {
    const result = report({ set: 'esfplus2021', period: { from: '2025-07-01', to: '2025-12-31', by: 'exit' } });
    const counts = countsByCode(result);
    expect(counts.EECO01).toEqual([6, 2, 3, 0, 1]); // P06 P11 | P05 P07 P10 | P09
    expect(counts.EECR02).toEqual([1, 0, 1, 0, 0]); // P07
    expect(counts.EECR04).toEqual([2, 0, 1, 0, 1]); // P05 | P09
    expect(counts.EECR05).toEqual([4, 1, 2, 0, 1]); // P06 | P05 P10 | P09; P07 P11 have no follow-up
    expect(result.population.excludedIncomplete).toBe(1); // P15
  });

  it('first half of 2025 by exit: P01 P02 P03 P04 and P14 (entered in 2024); P13 left in March but re-entered', () => {
    const result = report({ set: 'esfplus2021', period: { from: '2025-01-01', to: '2025-06-30', by: 'exit' } });
    expect(countsByCode(result).EECO01).toEqual([5, 2, 2, 1, 0]); // P01 P03 | P02 P14 | P04
  });
});

describe('computeIndicators: as of an earlier day, nothing dated later counts', () => {
  it('as of 2025-12-31: 10 leavers, P11 still inside its 28 days, P13 open again, follow-ups dated by then only', () => {
    const result = report({ set: 'esfplus2021', asOf: '2025-12-31' });
    const counts = countsByCode(result);
    expect(result.population).toMatchObject({ inCohort: 20, leavers: 10, leaversWithinWindow: 1, sixMonthsDue: 4, sixMonthsRecorded: 3 });
    expect(counts.EECR04).toEqual([3, 0, 2, 0, 1]); // P02 P05 | P09 (business from 2025-11-10); P12 had not left
    expect(counts.EECR01).toEqual([1, 1, 0, 0, 0]); // P03; P13's re-entry was open
    expect(counts.EECR05).toEqual([2, 1, 1, 0, 0]); // due: P01-P04; employed at follow-up: P03 | P02
  });

  it('as of 2025-06-30: P13 had left once and not yet re-entered; P01 left that very day', () => {
    const result = report({ set: 'esfplus2021', period: { from: '2025-01-01', to: '2025-06-30', by: 'entry' }, asOf: '2025-06-30' });
    const counts = countsByCode(result);
    expect(result.population).toMatchObject({ inCohort: 13, withReentry: 0, leavers: 5, leaversWithinWindow: 1 });
    expect(counts.EECO01).toEqual([13, 6, 5, 1, 1]); // P01 P03 P06 P08 P11 P13 | P02 P05 P07 P10 P22 | P04 | P09
    expect(counts.EECR01).toEqual([1, 1, 0, 0, 0]); // P03 only: P13 was inactive upon leaving its first process
    expect(counts.EECR02).toEqual([1, 0, 0, 1, 0]); // P04 studying from 16 June
  });
});

describe('computeIndicators: filters', () => {
  it('by organisation, project and advisor', () => {
    expect(countsByCode(report({ set: 'esfplus2021', filters: { organisation: 'ORG-B' } })).EECO13).toEqual([1, 0, 1, 0, 0]); // P20
    expect(countsByCode(report({ set: 'esfplus2021', filters: { project: 'S99999' } })).EECO01).toEqual([1, 0, 1, 0, 0]); // P22
    expect(countsByCode(report({ set: 'esfplus2021', filters: { project: 'S20738' } })).EECO01).toEqual([16, 7, 6, 2, 1]);
    expect(countsByCode(report({ set: 'esfplus2021', filters: { advisorId: 'adv-1' } })).EECO01).toEqual([5, 2, 2, 1, 0]); // P01-P05
    expect(countsByCode(report({ set: 'esfplus2021', filters: { region: 'PIR' } })).EECO01).toEqual([1, 0, 1, 0, 0]); // P20
  });
});

describe('computeIndicators: the table is data', () => {
  it('an evaluator correcting EECR01 to count every job-searching leaver changes only the table', () => {
    const corrected: IndicatorDefinition[] = INDICATOR_TABLE.map((row) => (row.code === 'EECR01' ? { ...row, compute: 'jobSearchingUponLeaving' } : row));
    const counts = countsByCode(report({ set: 'esfplus2021', table: corrected }));
    expect(counts.EECR01).toEqual([4, 4, 0, 0, 0]); // + P01 and P11 (unemployed at entry, job searching upon leaving)
  });

  it('the relations used for secondary suppression hold exactly on the fixture', () => {
    for (const set of ['esf2014', 'esfplus2021'] as const) {
      const result = report({ set });
      const value = (code: string, column: 'total' | 'woman' | 'man' | 'nonBinary' | 'notTold') =>
        code === PARTICIPANTS_CELL ? result.population.participants[column] : result.results.find((r) => r.code === code)!.counts![column];
      for (const relation of INDICATOR_RELATIONS.filter((r) => r.set === set)) {
        const columns = relation.columns === 'all' ? (['total', 'woman', 'man', 'nonBinary', 'notTold'] as const) : (['total'] as const);
        for (const column of columns) {
          expect([relation.total, column, relation.parts.reduce((sum, code) => sum + value(code, column), 0)]).toEqual([
            relation.total,
            column,
            value(relation.total, column),
          ]);
        }
      }
    }
  });

  it('refuses a malformed period', () => {
    expect(() => report({ set: 'esf2014', period: { from: '2025-12-31', to: '2025-01-01', by: 'entry' } })).toThrow(RangeError);
    expect(() => report({ set: 'esf2014', asOf: '2025-13-01' })).toThrow(RangeError);
  });

  it('gives the same report for the rows in any order (a rebuild reproduces it)', () => {
    const reversed = computeIndicators([...PARTICIPANT_ROWS].reverse(), { set: 'esfplus2021', period: YEAR_2025_BY_ENTRY, asOf: FIXTURE_AS_OF });
    expect(reversed).toEqual(report({ set: 'esfplus2021' }));
  });
});
