import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { IsCalendarDate } from './is-calendar-date';

class Period {
  @IsCalendarDate()
  from!: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

const refused = (body: object) => validateSync(plainToInstance(Period, body)).map((e) => ({ field: e.property, messages: Object.values(e.constraints ?? {}) }));

describe('IsCalendarDate', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    expect(refused({ from: '2028-02-29', to: '2026-12-31' })).toEqual([]);
    expect(refused({ from: '2026-01-01' })).toEqual([]);
  });

  it('refuses impossible days and other spellings, naming the field', () => {
    for (const from of ['2026-02-30', '2026-13-01', '2026-1-01', '20260101', '2026-01-01T00:00:00Z', 20260101, null]) {
      expect(refused({ from })).toEqual([{ field: 'from', messages: ['must be a calendar date YYYY-MM-DD'] }]);
    }
  });
});
