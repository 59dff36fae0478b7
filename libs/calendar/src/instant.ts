import { daysInMonth } from './calendar-date';

/**
 * An ISO 8601 date-time with an explicit offset (`2026-03-02T10:00:00+02:00`, `...Z`): a bare
 * local time would be read in the server's zone. Strict: every field must name a real moment,
 * so 2027-02-30T10:00+02:00 is refused instead of rolling over to 2 March, and 24:00 or a
 * 61st second are refused too.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

export const INSTANT_FORMAT = 'an ISO 8601 date-time with an offset, e.g. 2026-03-02T10:00:00+02:00';

/** Whether `value` is a strict ISO 8601 date-time with an offset naming a real moment. */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && parseInstant(value) !== undefined;
}

/** The moment a strict ISO 8601 date-time names; undefined for anything else. */
export function parseInstant(value: string): Date | undefined {
  const match = INSTANT.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (match[8] !== 'Z') {
    const offsetHours = Number(match[10]);
    const offsetMinutes = Number(match[11]);
    if (offsetHours > 14 || offsetMinutes > 59) return undefined;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
