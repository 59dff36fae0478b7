import { addMonths, type CalendarDate } from '@career/calendar';
import { FOLLOW_UP_NOMINAL_MONTHS, FOLLOW_UP_WINDOW_MONTHS } from '@career/contracts';

/**
 * The six-month follow-up may be recorded from 5 to 8 months after the exit date (both ends
 * inclusive). Reaching every client exactly on the six-month day is not realistic; the window
 * is wide enough for a phone round or a register check, narrow enough that the status still
 * describes "six months after leaving". The months are part of the FollowUpRecorded contract
 * (libs/contracts), which the worklist and the reminders read too; the decider and the indicators read it here.
 */
export const FOLLOW_UP_WINDOW = { fromMonths: FOLLOW_UP_WINDOW_MONTHS.from, toMonths: FOLLOW_UP_WINDOW_MONTHS.to } as const;

/** The nominal moment of the longer-term results: six calendar months after leaving. */
export const SIX_MONTHS = FOLLOW_UP_NOMINAL_MONTHS;

export function followUpWindowOf(exitDate: CalendarDate): { earliest: CalendarDate; latest: CalendarDate } {
  return { earliest: addMonths(exitDate, FOLLOW_UP_WINDOW.fromMonths), latest: addMonths(exitDate, FOLLOW_UP_WINDOW.toMonths) };
}
