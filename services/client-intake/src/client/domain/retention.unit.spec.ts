import { addYears, completedYearsBetween, finnishDateOf, isIsoDate } from './calendar-date';
import { isRetentionOver, retentionEndsOn } from './retention';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1888-04-12', '2026-12-31'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00:00Z', '', 20260101])(
    'refuses %s',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );

  it('gives the Finnish calendar date in winter (UTC+2) and summer (UTC+3)', () => {
    expect(finnishDateOf(new Date('2026-01-31T21:59:59Z'))).toBe('2026-01-31');
    expect(finnishDateOf(new Date('2026-01-31T22:00:00Z'))).toBe('2026-02-01');
    expect(finnishDateOf(new Date('2026-06-30T20:59:59Z'))).toBe('2026-06-30');
    expect(finnishDateOf(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
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

describe('retention', () => {
  it('ends on the anniversary of the last exit; the data may go the day after', () => {
    expect(retentionEndsOn('2026-03-15', 5)).toBe('2031-03-15');
    expect(isRetentionOver('2026-03-15', 5, '2031-03-15')).toBe(false);
    expect(isRetentionOver('2026-03-15', 5, '2031-03-16')).toBe(true);
  });

  it('with zero years, from the day after the exit', () => {
    expect(isRetentionOver('2026-03-15', 0, '2026-03-15')).toBe(false);
    expect(isRetentionOver('2026-03-15', 0, '2026-03-16')).toBe(true);
  });
});
