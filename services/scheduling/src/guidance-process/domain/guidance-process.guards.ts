// The checks the guidance-process commands share: each returns what it checked or throws the
// DomainError whose code and kind the controller turns into the HTTP answer (404 not-found,
// 400 invalid, 409 conflict).
import { DomainError } from '@career/event-sourcing';
import { isKnownLicence } from '../catalogue/licences';
import type { GuidanceProcessState, Meeting, ProcessDetails } from './guidance-process.state';

export type OpenState = Extract<GuidanceProcessState, { status: 'Open' }>;

const MAX_MEETING_MINUTES = 8 * 60;
/** An explicit offset is required: a bare local time would be read in the server's zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function requireOpen(state: GuidanceProcessState): OpenState {
  if (state.status === 'Empty') throw processNotFound();
  if (state.status === 'Closed') {
    throw new DomainError('PROCESS.CLOSED', 'This guidance process is closed.', { processId: state.processId });
  }
  return state;
}

export function processNotFound(): DomainError {
  return new DomainError('PROCESS.NOT_FOUND', 'No guidance process with this id.', {}, 'not-found');
}

export function requireMeeting(process: ProcessDetails, meetingId: string): Meeting {
  const meeting = process.meetings.find((m) => m.meetingId === meetingId);
  if (!meeting) throw new DomainError('MEETING.NOT_FOUND', 'No meeting with this id in the process.', { meetingId }, 'not-found');
  return meeting;
}

/** Held, no-show and cancelled meetings are history: they cannot be moved, cancelled or re-marked. */
export function requireScheduled(meeting: Meeting): Meeting {
  if (meeting.status !== 'scheduled') {
    throw new DomainError('MEETING.NOT_SCHEDULED', `The meeting is already ${meeting.status}.`, {
      meetingId: meeting.meetingId,
      status: meeting.status,
    });
  }
  return meeting;
}

export function requireStarted(meeting: Meeting, now: Date): Meeting {
  if (now.getTime() < Date.parse(meeting.start)) {
    throw new DomainError('MEETING.NOT_STARTED', 'A meeting can be marked held or no-show only once it has started.', {
      meetingId: meeting.meetingId,
      start: meeting.start,
    });
  }
  return meeting;
}

export function requireInstant(value: string): Date {
  const instant = new Date(value);
  if (!ISO_INSTANT.test(value) || Number.isNaN(instant.getTime())) {
    throw new DomainError(
      'MEETING.INVALID_START',
      'start must be an ISO 8601 date-time with an offset.',
      { start: value },
      'invalid',
    );
  }
  return instant;
}

/** `YYYY-MM-DD` naming a real day (2026-02-30 is refused, not rolled over to March). */
export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;
}

export function requireDuration(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MEETING_MINUTES) {
    throw new DomainError(
      'MEETING.INVALID_DURATION',
      `durationMinutes must be a whole number from 1 to ${MAX_MEETING_MINUTES}.`,
      { durationMinutes: minutes },
      'invalid',
    );
  }
}

export function requireText(value: string | undefined, code: string, message: string): string {
  if (!value?.trim()) throw new DomainError(code, message, {}, 'invalid');
  return value;
}

export function requireKnownLicences(codes: readonly string[]): void {
  const unknown = codes.filter((code) => !isKnownLicence(code));
  if (unknown.length > 0) {
    throw new DomainError('CATALOGUE.UNKNOWN_LICENCE', 'Unknown licence or permit code.', { unknown }, 'invalid');
  }
}
