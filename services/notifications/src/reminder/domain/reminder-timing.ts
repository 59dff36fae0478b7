import { addDays, addMonths, fromHelsinkiWallClock, partsOf, startOfHelsinkiDay, type CalendarDate } from '@career/calendar';
import { FOLLOW_UP_NOMINAL_MONTHS, FOLLOW_UP_WINDOW_MONTHS } from '@career/contracts';

/** When each kind of message goes out (docs/domain.md#the-process, steps 2-4 and 9). */
export const MEETING_REMINDER_LEAD_MS = 24 * 60 * 60_000;

/** Follow-up requests and digests go out in the morning, Helsinki time, not at midnight. */
export const MORNING_HOUR = 9;

/** A meeting's reminder: 24 hours before it starts; it makes no sense once the meeting has begun. */
export function meetingReminderTiming(start: string): { dueAt: string; notAfter: string } {
  return { dueAt: new Date(Date.parse(start) - MEETING_REMINDER_LEAD_MS).toISOString(), notAfter: new Date(Date.parse(start)).toISOString() };
}

/**
 * The six-month follow-up request (docs/domain.md#structural-fund-reporting): on the morning six
 * calendar months after the exit; worth sending while the follow-up can still be recorded (until
 * the end of the window, 8 months after the exit).
 */
export function followUpRequestTiming(exitDate: CalendarDate): { dueAt: string; notAfter: string } {
  return {
    dueAt: morningOf(addMonths(exitDate, FOLLOW_UP_NOMINAL_MONTHS), MORNING_HOUR).toISOString(),
    notAfter: startOfDay(addDays(addMonths(exitDate, FOLLOW_UP_WINDOW_MONTHS.to), 1)).toISOString(),
  };
}

/** An advisor's digest of a day: at `hour` Helsinki time, worth sending until the day ends. */
export function digestTiming(date: CalendarDate, hour: number): { dueAt: string; notAfter: string } {
  return { dueAt: morningOf(date, hour).toISOString(), notAfter: startOfDay(addDays(date, 1)).toISOString() };
}

function morningOf(date: CalendarDate, hour: number): Date {
  return fromHelsinkiWallClock({ ...partsOf(date), hour, minute: 0, second: 0 });
}

function startOfDay(date: CalendarDate): Date {
  return startOfHelsinkiDay(date);
}
