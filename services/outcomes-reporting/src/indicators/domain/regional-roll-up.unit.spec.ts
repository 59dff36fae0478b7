import { suppressRegionalRollUp } from '../../suppression/domain/suppress-regional-roll-up';
import { employedFrom, jobSearching, leftWith, row } from '../../test-support/participant-row.builders';
import { computeRegionalRollUp } from './regional-roll-up';

const query = { set: 'esfplus2021' as const, period: { from: '2025-01-01', to: '2025-12-31', by: 'entry' as const }, asOf: '2025-12-31' };
const inRegion = (id: string, region: string | undefined, municipality?: string) => {
  const base = row(id, {}, { processId: `p-${id}` });
  const { region: _r, ...withoutRegion } = base;
  return region === undefined ? withoutRegion : { ...withoutRegion, region, ...(municipality && { municipality }) };
};

// Uusimaa: 8 participants, 6 left (4 employed, 2 job searching); North Ostrobothnia: 3, 1 left employed; 2 with no known municipality.
const rows = [
  ...Array.from({ length: 8 }, (_, i) => {
    const r = inRegion(`u${i}`, '01', '091');
    return i < 4 ? leftWith(r, '2025-06-01', employedFrom('2025-06-02')) : i < 6 ? leftWith(r, '2025-06-01', jobSearching) : r;
  }),
  ...Array.from({ length: 3 }, (_, i) => (i === 0 ? leftWith(inRegion(`o${i}`, '17', '564'), '2025-06-01', employedFrom('2025-06-01')) : inRegion(`o${i}`, '17', '564'))),
  inRegion('x1', undefined),
  inRegion('x2', undefined),
  // Another organisation's participant, filtered out.
  { ...inRegion('other', '01', '091'), organisation: 'ORG-B' },
];

describe('the regional roll-up', () => {
  const rollUp = computeRegionalRollUp(rows, { ...query, filters: { organisation: 'ORG-A', region: '17' } });

  it('counts each region of the classification that has participants, the unknown ones apart, with the same rules as the indicators', () => {
    expect(rollUp.regions.map((r) => [r.code, r.nameEn, r.participants, r.leavers, r.employedUponLeaving, r.jobSearchingUponLeaving])).toEqual([
      ['01', 'Uusimaa', 8, 6, 4, 2],
      ['17', 'North Ostrobothnia', 3, 1, 1, 0],
    ]);
    expect(rollUp.unknownRegion).toEqual({ participants: 2, leavers: 0, employedUponLeaving: 0, inEducationOrTrainingUponLeaving: 0, jobSearchingUponLeaving: 0 });
    expect(rollUp.total).toEqual({ participants: 13, leavers: 7, employedUponLeaving: 5, inEducationOrTrainingUponLeaving: 0, jobSearchingUponLeaving: 2 });
  });

  it('suppresses small regions and whatever would give them away by subtraction', () => {
    const shown = suppressRegionalRollUp(rollUp);
    const [uusimaa, northOstrobothnia] = shown.regions;
    expect(northOstrobothnia).toMatchObject({ participants: '<5', leavers: '<5', employedUponLeaving: '<5', jobSearchingUponLeaving: 0 });
    expect(shown.unknownRegion).toMatchObject({ participants: '<5' });
    // 13 = 8 + <5 + <5: two hidden parts, so neither comes back by subtraction and the rest may show.
    expect(uusimaa.participants).toBe(8);
    expect(shown.total.participants).toBe(13);
    // Uusimaa: 4 employed and 2 job searching are small; and 8 participants - 6 leavers would tell
    // that 2 are still in the process, so the leavers hide too.
    expect(uusimaa).toMatchObject({ leavers: '<5', employedUponLeaving: '<5', jobSearchingUponLeaving: '<5' });
    expect(shown.suppression.suppressed).toBeGreaterThan(4);
    const visibleNumbers = [uusimaa, northOstrobothnia, shown.unknownRegion, shown.total].flatMap((r) => Object.values(r)).filter((v) => typeof v === 'number' && v > 0 && v < 5);
    expect(visibleNumbers).toEqual([]);
  });
});
