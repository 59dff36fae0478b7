/**
 * Europe/Helsinki calendar arithmetic without a date library: the cadence rules count ISO
 * weeks and calendar days as people in Finland see them, not as UTC sees them (Monday 00:30
 * in Helsinki is still Sunday in UTC). Built on Intl, whose time-zone data ships with Node.
 * Pure: every function takes the instant it works on; nothing reads the clock.
 */
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

/** A Helsinki wall-clock reading; month 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** An ISO 8601 week: `key` is `2026-W53`; `monday` is its first calendar day `YYYY-MM-DD`. */
export interface IsoWeek {
  year: number;
  week: number;
  key: string;
  monday: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function helsinkiWallClock(instant: Date): WallClock {
  assertValid(instant);
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Minutes Helsinki is ahead of UTC at that instant: 120 (EET) or 180 (EEST). */
export function helsinkiOffsetMinutes(instant: Date): number {
  const wall = helsinkiWallClock(instant);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc - wholeSeconds) / 60_000);
}

/**
 * The instant a Helsinki wall-clock reading names. In the autumn's repeated hour it is the
 * earlier (EEST) instant, as RFC 5545 reads a local time; in the spring's skipped hour it is
 * read with the winter offset (03:30 becomes 04:30 EEST), as calendar clients do.
 */
export function fromHelsinkiWallClock(wall: WallClock): Date {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetsNearby = [
    helsinkiOffsetMinutes(new Date(wallAsUtc - DAY_MS)),
    helsinkiOffsetMinutes(new Date(wallAsUtc + DAY_MS)),
  ];
  const matching = offsetsNearby
    .map((offset) => new Date(wallAsUtc - offset * 60_000))
    .filter((candidate) => sameWallClock(helsinkiWallClock(candidate), wall))
    .sort((a, b) => a.getTime() - b.getTime());
  return matching[0] ?? new Date(wallAsUtc - offsetsNearby[0] * 60_000);
}

/** Whether the instant's wall-clock reading happens twice (the autumn's repeated hour). */
export function isRepeatedHelsinkiTime(instant: Date): boolean {
  const wall = helsinkiWallClock(instant);
  return [-HOUR_MS, HOUR_MS].some((shift) => sameWallClock(helsinkiWallClock(new Date(instant.getTime() + shift)), wall));
}

/** The Helsinki calendar date of an instant, `YYYY-MM-DD`. */
export function helsinkiDate(instant: Date): string {
  const wall = helsinkiWallClock(instant);
  return formatDate(wall.year, wall.month, wall.day);
}

/** Calendar-day arithmetic on `YYYY-MM-DD` (no time, so no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const d = new Date(dayNumber(date) * DAY_MS + days * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The ISO week a calendar date `YYYY-MM-DD` belongs to (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOfDate(date: string): IsoWeek {
  const days = dayNumber(date);
  const weekday = (new Date(days * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const monday = days - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return {
    year,
    week,
    key: `${year}-W${String(week).padStart(2, '0')}`,
    monday: addDays(date, -weekday),
  };
}

/** The ISO week an instant falls in, on the Helsinki calendar. */
export function helsinkiIsoWeek(instant: Date): IsoWeek {
  return isoWeekOfDate(helsinkiDate(instant));
}

/** Whole ISO weeks from `from` to `to` (negative when `to` is earlier): 2026-W53 -> 2027-W01 is 1. */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): number {
  return Math.round((dayNumber(to.monday) - dayNumber(from.monday)) / 7);
}

/** Monday 00:00 Helsinki time of an ISO week, as an instant. */
export function startOfIsoWeek(week: IsoWeek): Date {
  const [year, month, day] = week.monday.split('-').map(Number);
  return fromHelsinkiWallClock({ year, month, day, hour: 0, minute: 0, second: 0 });
}

function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a calendar date YYYY-MM-DD, got "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

function assertValid(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new Error('invalid date');
}
