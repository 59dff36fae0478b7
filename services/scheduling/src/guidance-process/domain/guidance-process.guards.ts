// The checks the guidance-process commands share: each returns what it checked or throws the
// refusal whose kind picks the HTTP answer (404 not-found, 400 invalid, 409 conflict).
import { parseInstant } from '@career/calendar';
import { isKnownLicence } from '../../catalogue/licences';
import { refuse, type SchedulingErrorCode } from '../../scheduling.errors';
import type { GuidanceProcessState, Meeting, ProcessDetails } from './guidance-process.state';

export type OpenState = Extract<GuidanceProcessState, { status: 'Open' }>;

const MAX_MEETING_MINUTES = 8 * 60;

export function requireOpen(state: GuidanceProcessState): OpenState {
  if (state.status === 'Empty') throw refuse('PROCESS.NOT_FOUND');
  if (state.status === 'Closed') throw refuse('PROCESS.CLOSED', { processId: state.processId });
  return state;
}

export function requireMeeting(process: ProcessDetails, meetingId: string): Meeting {
  const meeting = process.meetings.find((m) => m.meetingId === meetingId);
  if (!meeting) throw refuse('MEETING.NOT_FOUND', { meetingId });
  return meeting;
}

/** Held, no-show and cancelled meetings are history: they cannot be moved, cancelled or re-marked. */
export function requireScheduled(meeting: Meeting): Meeting {
  if (meeting.status !== 'scheduled') {
    throw refuse('MEETING.NOT_SCHEDULED', { meetingId: meeting.meetingId, status: meeting.status }, `The meeting is already ${meeting.status}.`);
  }
  return meeting;
}

export function requireStarted(meeting: Meeting, now: Date): Meeting {
  if (now.getTime() < Date.parse(meeting.start)) throw refuse('MEETING.NOT_STARTED', { meetingId: meeting.meetingId, start: meeting.start });
  return meeting;
}

/**
 * A strict ISO 8601 date-time with an offset (a bare local time would be read in the server's
 * zone) naming a real moment: 2027-02-30T10:00+02:00 is refused, not rolled over to March.
 */
export function requireInstant(value: string): Date {
  const instant = parseInstant(value);
  if (!instant) throw refuse('MEETING.INVALID_START', { start: value });
  return instant;
}

export function requireDuration(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MEETING_MINUTES) {
    throw refuse('MEETING.INVALID_DURATION', { durationMinutes: minutes }, `durationMinutes must be a whole number from 1 to ${MAX_MEETING_MINUTES}.`);
  }
}

/** A free text the rule needs; blank is refused with the rule's own `..._REQUIRED` code (400). */
export function requireText(value: string | undefined, code: Extract<SchedulingErrorCode, `${string}_REQUIRED`>): string {
  if (!value?.trim()) throw refuse(code);
  return value;
}

export function requireKnownLicences(codes: readonly string[]): void {
  const unknown = codes.filter((code) => !isKnownLicence(code));
  if (unknown.length > 0) throw refuse('CATALOGUE.UNKNOWN_LICENCE', { unknown });
}
