import { addDays, helsinkiDate, helsinkiIsoWeek, isoWeekOfDate, isoWeeksBetween, startOfIsoWeek, type CalendarDate, type IsoWeek } from '@career/calendar';
import { refuse } from '../../scheduling.errors';
import { occupiesCadenceSlot, type Meeting, type ProcessDetails } from './guidance-process.state';

/**
 * The cadence of the guidance process (docs/domain.md#the-process, steps 2 and 4), on the
 * Helsinki calendar: weeks are ISO weeks as seen in Europe/Helsinki, so Sunday 23:30 and
 * Monday 00:30 Helsinki time are different weeks although both are Sunday in UTC.
 *
 * Week 1 of the initial assessment is the ISO week the process was OPENED in, not the week of
 * the first meeting: the overdue clock must run even when no meeting was ever booked, and it
 * must not move when the first meeting is moved. A process opened late on a Sunday therefore
 * has a one-day week 1; the advisor opens it when the first meeting is at hand.
 */
export const MIN_INITIAL_MEETINGS_HELD = 3;
export const INITIAL_ASSESSMENT_WEEKS = 5;
export const FOLLOW_UP_INTERVAL_WEEKS = 2;

/** Monday 00:00 Helsinki of the week after the last allowed week (week 6), as an ISO instant. */
export function overdueFromOf(firstWeek: IsoWeek): string {
  const weekAfterLast = isoWeekOfDate(addDays(firstWeek.monday, 7 * INITIAL_ASSESSMENT_WEEKS));
  return startOfIsoWeek(weekAfterLast).toISOString();
}

/** 1 in the week the process was opened, 6 and more once the phase is overdue. */
export function initialAssessmentWeekNumber(process: ProcessDetails, now: Date): number {
  return isoWeeksBetween(process.initialAssessment.firstWeek, helsinkiIsoWeek(now)) + 1;
}

export function isInitialAssessmentOverdue(process: ProcessDetails, now: Date): boolean {
  return process.phase === 'initial-assessment' && now.getTime() >= Date.parse(process.initialAssessment.overdueFrom);
}

export function initialMeetingsHeld(process: ProcessDetails): number {
  return process.meetings.filter((m) => m.phase === 'initial-assessment' && m.status === 'held').length;
}

/** Initial assessment: one individual meeting per Helsinki ISO week. */
export function assertOneMeetingPerWeek(process: ProcessDetails, start: Date, ignoreMeetingId?: string): void {
  const week = helsinkiIsoWeek(start);
  const clash = process.meetings.find(
    (m) =>
      m.meetingId !== ignoreMeetingId &&
      m.phase === 'initial-assessment' &&
      occupiesCadenceSlot(m) &&
      helsinkiIsoWeek(new Date(m.start)).key === week.key,
  );
  if (clash) {
    throw refuse(
      'PROCESS.ONE_MEETING_PER_WEEK',
      { week: week.key, existingMeetingId: clash.meetingId },
      `The initial assessment allows one individual meeting per week; week ${week.key} already has one.`,
    );
  }
}

/**
 * Follow-up: regular meetings at least two ISO weeks apart (weeks 10 and 12 are fine, 10 and
 * 11 are not), measured in weeks so a Friday-to-Monday shift does not count against it.
 * Extra meetings are outside the cadence and neither clash nor count.
 */
export function assertFollowUpCadence(process: ProcessDetails, start: Date, ignoreMeetingId?: string): void {
  const week = helsinkiIsoWeek(start);
  const clash = regularFollowUpMeetings(process).find(
    (m) =>
      m.meetingId !== ignoreMeetingId &&
      Math.abs(isoWeeksBetween(week, helsinkiIsoWeek(new Date(m.start)))) < FOLLOW_UP_INTERVAL_WEEKS,
  );
  if (clash) {
    throw refuse('PROCESS.FOLLOW_UP_CADENCE', {
      week: week.key,
      existingMeetingId: clash.meetingId,
      existingMeetingWeek: helsinkiIsoWeek(new Date(clash.start)).key,
      nextDueDate: process.nextDueDate,
    });
  }
}

/** Two weeks (calendar days, Helsinki) after the latest regular follow-up meeting, or after completion. */
export function nextFollowUpDueDate(process: ProcessDetails): CalendarDate | undefined {
  const completedAt = process.initialAssessment.completedAt;
  if (process.phase !== 'follow-up' || !completedAt) return undefined;
  const anchors = [completedAt, ...regularFollowUpMeetings(process).map((m) => m.start)];
  const latest = anchors.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return addDays(helsinkiDate(new Date(latest)), 7 * FOLLOW_UP_INTERVAL_WEEKS);
}

function regularFollowUpMeetings(process: ProcessDetails): Meeting[] {
  return process.meetings.filter((m) => m.phase === 'follow-up' && !m.extra && occupiesCadenceSlot(m));
}
