import { INDICATOR_RELATIONS, INDICATOR_TABLE, PARTICIPANTS_CELL } from './indicator-table';
import { PREDICATES } from './predicates';

describe('the indicator table', () => {
  it('has unique codes, each computed by a known predicate or marked not collected', () => {
    const codes = INDICATOR_TABLE.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const indicator of INDICATOR_TABLE) {
      expect([indicator.code, indicator.compute === 'not-collected' || indicator.compute in PREDICATES]).toEqual([indicator.code, true]);
      expect(indicator.name.length).toBeGreaterThan(3);
      expect(indicator.definition.length).toBeGreaterThan(10);
      expect(indicator.note.length).toBeGreaterThan(10);
    }
  });

  it('lists the ESF 2014-2020 codes in annex order, CO01-CO19 then CR01-CR09', () => {
    const codes = INDICATOR_TABLE.filter((i) => i.set === 'esf2014').map((i) => i.code);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(codes).toEqual([...Array.from({ length: 19 }, (_, i) => `CO${pad(i + 1)}`), ...Array.from({ length: 9 }, (_, i) => `CR${pad(i + 1)}`)]);
  });

  it('lists the ESF+ 2021-2027 codes in annex order, EECO01-EECO17 then EECR01-EECR05', () => {
    const codes = INDICATOR_TABLE.filter((i) => i.set === 'esfplus2021').map((i) => i.code);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(codes).toEqual([...Array.from({ length: 17 }, (_, i) => `EECO${pad(i + 1)}`), ...Array.from({ length: 5 }, (_, i) => `EECR${pad(i + 1)}`)]);
  });

  it('marks as confirmed exactly the codes docs/domain.md confirms', () => {
    expect(INDICATOR_TABLE.filter((i) => i.confirmed).map((i) => i.code)).toEqual([
      'CO01', 'CO02', 'EECO02', 'EECO12', 'EECO13', 'EECO14', 'EECO15', 'EECR01', 'EECR04',
    ]);
  });

  it('ties kind to moment: outputs at entry, results upon leaving, longer-term results at six months', () => {
    const momentOf = { output: 'entry', result: 'leaving', 'longer-term-result': 'six-months' };
    for (const indicator of INDICATOR_TABLE) expect([indicator.code, indicator.moment]).toEqual([indicator.code, momentOf[indicator.kind]]);
  });

  it('relations name indicators of their own set', () => {
    for (const relation of INDICATOR_RELATIONS) {
      for (const code of [relation.total, ...relation.parts].filter((c) => c !== PARTICIPANTS_CELL)) {
        expect(INDICATOR_TABLE.find((i) => i.code === code)?.set).toBe(relation.set);
      }
    }
  });
});
