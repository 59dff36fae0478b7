import { addYears, compareDates, type CalendarDate } from '@career/calendar';

/**
 * Personal data is kept `retentionYears` after the last exit (docs/domain.md#personal-data). The period is counted in calendar years as Finnish time limits are: it ends on the
 * same day of the month `retentionYears` later, or on the month's last day when that day does
 * not exist (exit 2024-02-29, one year -> 2025-02-28). That end date is the last day the data
 * is kept; it may be destroyed from the next day on.
 */
export function retentionEndsOn(lastExitDate: CalendarDate, retentionYears: number): CalendarDate {
  return addYears(lastExitDate, retentionYears);
}

export function isRetentionOver(lastExitDate: CalendarDate, retentionYears: number, today: CalendarDate): boolean {
  return compareDates(retentionEndsOn(lastExitDate, retentionYears), today) < 0;
}
