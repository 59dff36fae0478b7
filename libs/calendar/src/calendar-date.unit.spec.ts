import { addDays, addMonths, addYears, completedYearsBetween, daysBetween, helsinkiDate as helsinkiToday, isCalendarDate, isoWeeksBetween } from './index';

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

  it.each(['2024-02-29', '2000-02-29', '1888-04-12', '2026-12-31'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00:00Z', '', 20260101])('refuses %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('gives the Finnish calendar date in winter (UTC+2) and summer (UTC+3)', () => {
    expect(helsinkiToday(new Date('2026-01-31T21:59:59Z'))).toBe('2026-01-31');
    expect(helsinkiToday(new Date('2026-01-31T22:00:00Z'))).toBe('2026-02-01');
    expect(helsinkiToday(new Date('2026-06-30T20:59:59Z'))).toBe('2026-06-30');
    expect(helsinkiToday(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
  });

  it('counts completed years', () => {
    expect(completedYearsBetween('1980-06-15', '2026-06-14')).toBe(45);
    expect(completedYearsBetween('1980-06-15', '2026-06-15')).toBe(46);
    expect(completedYearsBetween('2004-02-29', '2025-02-28')).toBe(20);
    expect(completedYearsBetween('2004-02-29', '2025-03-01')).toBe(21);
    expect(completedYearsBetween('2026-02-03', '2026-02-03')).toBe(0);
  });

  it('adds calendar years, clamping 29 February to the month end', () => {
    expect(addYears('2026-03-15', 5)).toBe('2031-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addYears('2026-12-31', 0)).toBe('2026-12-31');
  });
});
