/**
 * Calendar dates as `YYYY-MM-DD` strings, computed with integer arithmetic (no Date maths, so
 * no time-zone or DST surprises). Pure: the only instant ever read is the `now` a command
 * brings, turned into the Finnish calendar date because entry, exit and retention dates are
 * the dates a Finnish office works in (22:30 UTC on 1 January is already 2 January there).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const FINNISH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** A real calendar date written exactly as YYYY-MM-DD (no time, no offset). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The calendar date in Finland (Europe/Helsinki) at the given instant. */
export function finnishDateOf(instant: Date): IsoDate {
  const parts = Object.fromEntries(FINNISH_DATE.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Whole years completed between two dates (age on `on` of someone born on `from`). A person
 * born on 29 February completes a year on 1 March in common years.
 */
export function completedYearsBetween(from: IsoDate, on: IsoDate): number {
  const start = parse(from);
  const end = parse(on);
  const beforeAnniversary = end.month < start.month || (end.month === start.month && end.day < start.day);
  return end.year - start.year - (beforeAnniversary ? 1 : 0);
}

/**
 * The same day `years` later; when that month is shorter (29 February in a common year) the
 * month's last day, as the Finnish act on computing time limits (määräaikalaki 3 §) reads it.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = parse(date);
  const targetYear = year + years;
  return format({ year: targetYear, month, day: Math.min(day, daysInMonth(targetYear, month)) });
}

/** YYYY-MM-DD compares correctly as text; spelled out so call sites read as dates. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

function parse(date: IsoDate): YearMonthDay {
  const match = ISO_DATE.exec(date);
  if (!match) throw new TypeError('not a YYYY-MM-DD date');
  const [year, month, day] = match.slice(1).map(Number);
  return { year, month, day };
}

function format({ year, month, day }: YearMonthDay): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
