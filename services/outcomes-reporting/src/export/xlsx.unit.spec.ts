import readXlsxFile from 'read-excel-file/node';
import { sheetName, toXlsx } from './xlsx';
import type { ReportTable } from './report-table';

const indicators: ReportTable = {
  name: 'Indicators esfplus2021',
  columns: [
    { key: 'code', header: 'Code' },
    { key: 'name', header: 'Indicator' },
    { key: 'total', header: 'Total' },
    { key: 'confirmed', header: 'Confirmed' },
  ],
  rows: [
    { code: 'EECO01', name: 'Total number of participants', total: 17, confirmed: false },
    { code: 'EECO12', name: 'Osallistujat, joilla on vamma', total: '<5', confirmed: true },
    { code: 'X', name: '=1+1', total: 2.5, confirmed: null },
  ],
};
const about: ReportTable = { name: 'About: [1/2]', columns: [{ key: 'item', header: 'Item' }], rows: [{ item: 'Åäö' }] };

describe('toXlsx (exceljs), read back with an independent reader (read-excel-file)', () => {
  it('writes one sheet per table with the same cells: numbers as numbers, <5 and formulas as text', async () => {
    const workbook = await toXlsx([indicators, about]);
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container
    const sheets = await readXlsxFile(workbook);
    expect(sheets.map((s) => s.sheet)).toEqual(['Indicators esfplus2021', 'About   1 2']);
    expect(sheets[0].data).toEqual([
      ['Code', 'Indicator', 'Total', 'Confirmed'],
      ['EECO01', 'Total number of participants', 17, false],
      ['EECO12', 'Osallistujat, joilla on vamma', '<5', true],
      ['X', '=1+1', 2.5, null],
    ]);
    expect(sheets[1].data).toEqual([['Item'], ['Åäö']]);
  });

  it('makes valid, unique sheet names (at most 31 characters, none of []:*?/\\)', () => {
    const taken = new Set(['indicators']);
    expect(sheetName('Indicators', taken)).toBe('Indicators 2');
    expect(sheetName('a'.repeat(40), new Set())).toHaveLength(31);
    expect(sheetName('x?y*z', new Set())).toBe('x y z');
  });
});
