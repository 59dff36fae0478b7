/**
 * Calendar dates as `YYYY-MM-DD` strings (entry, exit, due and target dates: the day a
 * Finnish office writes down), with integer arithmetic on the proleptic Gregorian calendar,
 * so there are no time-zone or daylight-saving surprises. Pure: nothing here reads the clock.
 * String comparison of valid dates is calendar order.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written exactly as YYYY-MM-DD: 2026-02-30 is not one (no rollover). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** The parts of a calendar date; throws a RangeError for anything isCalendarDate refuses. */
export function partsOf(date: CalendarDate): YearMonthDay {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function calendarDateOf({ year, month, day }: YearMonthDay): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01. */
export function dayNumberOf(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(days: number): CalendarDate {
  const d = new Date(days * DAY_MS);
  return calendarDateOf({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumberOf(date) + days);
}

/**
 * Calendar months, clamped to the end of a shorter month: 2026-08-31 + 6 months is
 * 2027-02-28 (the usual reading of "six months after"), never 2027-03-03.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return calendarDateOf({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * The same day `years` later; when that month is shorter (29 February in a common year) the
 * month's last day, as the Finnish act on computing time limits (määräaikalaki 3 §) reads it.
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * Whole years completed between two dates (age on `on` of someone born on `from`). A person
 * born on 29 February completes a year on 1 March in common years.
 */
export function completedYearsBetween(from: CalendarDate, on: CalendarDate): number {
  const start = partsOf(from);
  const end = partsOf(on);
  const beforeAnniversary = end.month < start.month || (end.month === start.month && end.day < start.day);
  return end.year - start.year - (beforeAnniversary ? 1 : 0);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  return date >= from && date <= to;
}

/** An ISO 8601 week: `key` is `2026-W53`; `monday` is its first calendar day. */
export interface IsoWeek {
  year: number;
  week: number;
  key: string;
  monday: CalendarDate;
}

/** The ISO week a calendar date belongs to (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOfDate(date: CalendarDate): IsoWeek {
  const days = dayNumberOf(date);
  const weekday = (new Date(days * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const thursday = days - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, '0')}`, monday: fromDayNumber(days - weekday) };
}

/** Whole ISO weeks from `from` to `to` (negative when `to` is earlier): 2026-W53 -> 2027-W01 is 1. */
export function isoWeeksBetween(from: IsoWeek | CalendarDate, to: IsoWeek | CalendarDate): number {
  const mondayOf = (value: IsoWeek | CalendarDate) => (typeof value === 'string' ? isoWeekOfDate(value).monday : value.monday);
  return Math.round(daysBetween(mondayOf(from), mondayOf(to)) / 7);
}
