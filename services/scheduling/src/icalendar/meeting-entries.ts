import type { MeetingStatus } from '../guidance-process/domain/guidance-process.state';
import type { CalendarEntry, CalendarOptions } from './ical';

export const PROD_ID = '-//Career Guidance//Scheduling//EN';
const UID_DOMAIN = 'scheduling.career.ely.fi';

const MODE_LABELS: Record<string, string> = { 'in-person': 'in person', phone: 'by phone', video: 'by video' };

/** What a calendar may know of a meeting: when, where, how. Never notes or reasons. */
export interface CalendarMeeting {
  meetingId: string;
  start: string;
  durationMinutes: number;
  mode: string;
  status: MeetingStatus;
  moves: number;
  location?: string;
}

/**
 * The UID stays the same through moves and cancellation, and SEQUENCE grows with each, so a
 * subscribed calendar updates or removes the entry instead of adding another.
 */
export function meetingEntry(meeting: CalendarMeeting): CalendarEntry {
  const start = new Date(meeting.start);
  const cancelled = meeting.status === 'cancelled';
  return {
    uid: `${meeting.meetingId}@${UID_DOMAIN}`,
    start,
    end: new Date(start.getTime() + meeting.durationMinutes * 60_000),
    summary: `Ohjaustapaaminen / Guidance meeting (${MODE_LABELS[meeting.mode] ?? meeting.mode})`,
    ...(meeting.location ? { location: meeting.location } : {}),
    status: cancelled ? 'cancelled' : 'confirmed',
    sequence: meeting.moves + (cancelled ? 1 : 0),
  };
}

export function calendarOptions(calendarName: string, now: Date): CalendarOptions {
  return { prodId: PROD_ID, now, calendarName };
}

export const ICALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
