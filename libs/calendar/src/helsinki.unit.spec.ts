import {
  addDays,
  fromHelsinkiWallClock,
  helsinkiDate,
  helsinkiIsoWeek,
  helsinkiOffsetMinutes,
  helsinkiWallClock,
  isoWeekOfDate,
  isoWeeksBetween,
  isRepeatedHelsinkiTime,
  startOfIsoWeek,
} from './index';

describe('Helsinki calendar arithmetic', () => {
  it.each([
    ['2026-12-31', '2026-W53', '2026-12-28'],
    ['2027-01-03', '2026-W53', '2026-12-28'],
    ['2027-01-04', '2027-W01', '2027-01-04'],
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2026-03-29', '2026-W13', '2026-03-23'],
    ['2026-10-25', '2026-W43', '2026-10-19'],
  ])('puts %s in ISO week %s starting %s', (date, key, monday) => {
    expect(isoWeekOfDate(date)).toMatchObject({ key, monday });
  });

  it('reads instants on the Helsinki calendar: Monday 00:30 EET is still Sunday in UTC', () => {
    expect(helsinkiDate(new Date('2026-03-15T22:30:00Z'))).toBe('2026-03-16');
    expect(helsinkiIsoWeek(new Date('2026-03-15T21:30:00Z')).key).toBe('2026-W11');
    expect(helsinkiIsoWeek(new Date('2026-03-15T22:30:00Z')).key).toBe('2026-W12');
    expect(helsinkiIsoWeek(new Date('2027-01-03T22:30:00Z')).key).toBe('2027-W01');
  });

  it('follows the offsets across both DST changes of 2026', () => {
    expect(helsinkiOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(120);
    expect(helsinkiOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(180);
    expect(helsinkiOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(180);
    expect(helsinkiOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(120);
    expect(helsinkiWallClock(new Date('2026-10-25T01:30:00Z'))).toEqual({
      year: 2026,
      month: 10,
      day: 25,
      hour: 3,
      minute: 30,
      second: 0,
    });
  });

  it('turns wall-clock readings back into instants: the repeated hour reads as its first pass, the skipped hour with the winter offset', () => {
    const wall = (month: number, day: number, hour: number, minute = 0) => ({ year: 2026, month, day, hour, minute, second: 0 });
    expect(fromHelsinkiWallClock(wall(1, 15, 9)).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(fromHelsinkiWallClock(wall(7, 15, 9)).toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(fromHelsinkiWallClock(wall(10, 25, 3, 30)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromHelsinkiWallClock(wall(3, 29, 3, 30)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('knows the autumn hour that happens twice, and only that one', () => {
    expect(isRepeatedHelsinkiTime(new Date('2026-10-24T23:59:59Z'))).toBe(false); // 02:59:59 EEST
    expect(isRepeatedHelsinkiTime(new Date('2026-10-25T00:00:00Z'))).toBe(true); // 03:00 EEST
    expect(isRepeatedHelsinkiTime(new Date('2026-10-25T01:59:59Z'))).toBe(true); // 03:59:59 EET
    expect(isRepeatedHelsinkiTime(new Date('2026-10-25T02:00:00Z'))).toBe(false); // 04:00 EET
    expect(isRepeatedHelsinkiTime(new Date('2026-03-29T01:30:00Z'))).toBe(false); // 04:30 EEST, after the skipped hour
  });

  it('counts ISO weeks across the year change and finds the Monday midnight of a week', () => {
    expect(isoWeeksBetween(isoWeekOfDate('2026-12-31'), isoWeekOfDate('2027-01-04'))).toBe(1);
    expect(isoWeeksBetween(isoWeekOfDate('2027-01-11'), isoWeekOfDate('2026-12-28'))).toBe(-2);
    expect(startOfIsoWeek(isoWeekOfDate('2027-01-06')).toISOString()).toBe('2027-01-03T22:00:00.000Z');
    expect(startOfIsoWeek(isoWeekOfDate('2026-04-08')).toISOString()).toBe('2026-04-05T21:00:00.000Z');
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
    expect(addDays('2026-03-25', 14)).toBe('2026-04-08');
    expect(() => addDays('25.3.2026', 1)).toThrow('YYYY-MM-DD');
  });
});
