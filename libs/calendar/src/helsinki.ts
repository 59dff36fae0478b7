import { calendarDateOf, isoWeekOfDate, partsOf, type CalendarDate, type IsoWeek } from './calendar-date';

/**
 * Europe/Helsinki time without a date library: the cadence rules count ISO weeks and calendar
 * days as people in Finland see them, not as UTC sees them (Monday 00:30 in Helsinki is still
 * Sunday in UTC). Built on Intl, whose time-zone data ships with Node. Pure: every function
 * takes the instant it works on; nothing reads the clock.
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
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid date');
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
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
  const offsetsNearby = [helsinkiOffsetMinutes(new Date(wallAsUtc - DAY_MS)), helsinkiOffsetMinutes(new Date(wallAsUtc + DAY_MS))];
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

/** The calendar date in Finland at an instant (the service's users' "today"): 22:30 UTC on 1 January is 2 January there. */
export function helsinkiDate(instant: Date): CalendarDate {
  const wall = helsinkiWallClock(instant);
  return calendarDateOf(wall);
}

/** The ISO week an instant falls in, on the Helsinki calendar. */
export function helsinkiIsoWeek(instant: Date): IsoWeek {
  return isoWeekOfDate(helsinkiDate(instant));
}

/** 00:00 Helsinki time on a calendar date, as an instant. */
export function startOfHelsinkiDay(date: CalendarDate): Date {
  return fromHelsinkiWallClock({ ...partsOf(date), hour: 0, minute: 0, second: 0 });
}

/** Monday 00:00 Helsinki time of an ISO week, as an instant. */
export function startOfIsoWeek(week: IsoWeek): Date {
  return startOfHelsinkiDay(week.monday);
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}
