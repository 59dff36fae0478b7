import { parse } from 'csv-parse/sync';
import { csvField, toCsv, UTF8_BOM } from './csv';
import type { ReportTable } from './report-table';

const table: ReportTable = {
  name: 'Test',
  columns: [
    { key: 'code', header: 'Code' },
    { key: 'name', header: 'Nimi, "name"' },
    { key: 'total', header: 'Total' },
    { key: 'note', header: 'Note' },
  ],
  rows: [
    { code: 'EECO12', name: 'Osallistujat, joilla on vamma', total: 12, note: 'line one\nline two' },
    { code: 'EECO13', name: 'Kolmannen maan kansalaiset "TCN"', total: '<5', note: null },
    { code: 'X', name: '=HYPERLINK("http://evil")', total: -0.25, note: '+SUM(A1)' },
    { code: 'Y', name: 'Åland; Öresund', total: 0, note: true },
  ],
};

describe('toCsv (RFC 4180, UTF-8 with BOM, comma)', () => {
  const csv = toCsv(table);

  it('starts with the BOM and ends every record with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    // header + 4 records + the empty string after the last CRLF; the LF inside the quoted note is not a record end
    expect(csv.slice(1).split('\r\n')).toHaveLength(1 + 4 + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back with an independent RFC 4180 parser (csv-parse) to the same cells', () => {
    const records: string[][] = parse(Buffer.from(csv, 'utf8'), { bom: true, relax_column_count: false });
    expect(records).toEqual([
      ['Code', 'Nimi, "name"', 'Total', 'Note'],
      ['EECO12', 'Osallistujat, joilla on vamma', '12', 'line one\nline two'],
      ['EECO13', 'Kolmannen maan kansalaiset "TCN"', '<5', ''],
      ['X', `'=HYPERLINK("http://evil")`, '-0.25', `'+SUM(A1)`],
      ['Y', 'Åland; Öresund', '0', 'true'],
    ]);
  });

  it('quotes only what needs quoting and never alters numbers', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('-5')).toBe("'-5"); // text that would be a formula
    expect(csvField(-5)).toBe('-5'); // a number stays a number
    expect(csvField(null)).toBe('');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('can leave the BOM out', () => {
    expect(toCsv(table, { bom: false }).startsWith('Code,')).toBe(true);
  });
});
