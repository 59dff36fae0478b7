import { addDays, addMonths, daysBetween, helsinkiToday, isCalendarDate, isoWeeksBetween } from './calendar-date';

describe('calendar dates', () => {
  it('recognises real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 28)).toBe('2027-01-22');
    expect(addDays('2026-03-10', -10)).toBe('2026-02-28');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-03-10', 6)).toBe('2026-09-10');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('counts days and ISO weeks', () => {
    expect(daysBetween('2026-03-10', '2026-04-07')).toBe(28);
    expect(daysBetween('2026-04-07', '2026-03-10')).toBe(-28);
    // Tuesday of W10 to Monday of W13: three weeks apart
    expect(isoWeeksBetween('2026-03-03', '2026-03-23')).toBe(3);
    // Sunday and the next Monday are in different weeks
    expect(isoWeeksBetween('2026-03-08', '2026-03-09')).toBe(1);
  });

  it('gives the Helsinki calendar day of an instant', () => {
    expect(helsinkiToday(new Date('2026-09-15T20:59:00Z'))).toBe('2026-09-15');
    expect(helsinkiToday(new Date('2026-09-15T21:00:00Z'))).toBe('2026-09-16');
    expect(helsinkiToday(new Date('2026-01-15T21:59:00Z'))).toBe('2026-01-15');
  });
});
