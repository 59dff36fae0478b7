import { addMonths, type CalendarDate } from '@career/calendar';

/**
 * The six-month follow-up may be recorded from 5 to 8 months after the exit date (both ends
 * inclusive). Reaching every client exactly on the six-month day is not realistic; the window
 * is wide enough for a phone round or a register check, narrow enough that the status still
 * describes "six months after leaving". Change it here only: the decider and the indicators
 * both read it.
 */
export const FOLLOW_UP_WINDOW = { fromMonths: 5, toMonths: 8 } as const;

/** The nominal moment of the longer-term results: six calendar months after leaving. */
export const SIX_MONTHS = 6;

export function followUpWindowOf(exitDate: CalendarDate): { earliest: CalendarDate; latest: CalendarDate } {
  return { earliest: addMonths(exitDate, FOLLOW_UP_WINDOW.fromMonths), latest: addMonths(exitDate, FOLLOW_UP_WINDOW.toMonths) };
}
