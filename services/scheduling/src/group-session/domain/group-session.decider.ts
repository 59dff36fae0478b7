import { assertNever, DomainError, type Decider } from '@career/event-sourcing';
import type {
  EnrolParticipant,
  GroupSessionCommand,
  RecordAttendance,
  ScheduleGroupSession,
  WithdrawParticipant,
} from './group-session.commands';
import type { GroupSessionEvent } from './group-session.events';

export interface ScheduledGroupSession {
  status: 'Scheduled';
  sessionId: string;
  organisation: string;
  coordinatorId: string;
  start: string;
  durationMinutes: number;
  capacity: number;
  /** Client ids holding a seat, in enrolment order. */
  roster: string[];
  /** Client ids queueing for a seat, first in line first. */
  waitingList: string[];
  /** Latest attendance record per client id. */
  attendance: Record<string, boolean>;
}

export type GroupSessionState = { status: 'Empty' } | ScheduledGroupSession;

/** A whole day's workshop at most. */
const MAX_SESSION_MINUTES = 12 * 60;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const groupSessionDecider: Decider<GroupSessionState, GroupSessionCommand, GroupSessionEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    switch (command.type) {
      case 'ScheduleGroupSession':
        return schedule(command, state);
      case 'EnrolParticipant':
        return enrol(command, requireScheduled(state));
      case 'WithdrawParticipant':
        return withdraw(command, requireScheduled(state));
      case 'RecordAttendance':
        return recordAttendance(command, requireScheduled(state));
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'GroupSessionScheduled': {
        const { sessionId, organisation, coordinatorId, start, durationMinutes, capacity } = event.data;
        return {
          status: 'Scheduled',
          sessionId,
          organisation,
          coordinatorId,
          start,
          durationMinutes,
          capacity,
          roster: [],
          waitingList: [],
          attendance: {},
        };
      }
      case 'ParticipantEnrolled':
        if (state.status !== 'Scheduled') return state;
        return {
          ...state,
          roster: [...state.roster, event.data.clientId],
          waitingList: state.waitingList.filter((id) => id !== event.data.clientId),
        };
      case 'ParticipantWaitlisted':
        if (state.status !== 'Scheduled') return state;
        return { ...state, waitingList: [...state.waitingList, event.data.clientId] };
      case 'ParticipantWithdrawn':
        if (state.status !== 'Scheduled') return state;
        return {
          ...state,
          roster: state.roster.filter((id) => id !== event.data.clientId),
          waitingList: state.waitingList.filter((id) => id !== event.data.clientId),
        };
      case 'AttendanceRecorded':
        if (state.status !== 'Scheduled') return state;
        return { ...state, attendance: { ...state.attendance, [event.data.clientId]: event.data.attended } };
      default:
        return assertNever(event);
    }
  },
};

function schedule(command: ScheduleGroupSession, state: GroupSessionState): GroupSessionEvent[] {
  if (state.status !== 'Empty') {
    throw new DomainError('SESSION.ALREADY_SCHEDULED', 'This group session has already been scheduled.', {
      sessionId: state.sessionId,
    });
  }
  const { start, durationMinutes, capacity } = command.data;
  const startInstant = new Date(start);
  if (!ISO_INSTANT.test(start) || Number.isNaN(startInstant.getTime())) {
    throw new DomainError('SESSION.INVALID_START', 'start must be an ISO 8601 date-time with an offset.', { start }, 'invalid');
  }
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > MAX_SESSION_MINUTES) {
    throw new DomainError(
      'SESSION.INVALID_DURATION',
      `durationMinutes must be a whole number from 1 to ${MAX_SESSION_MINUTES}.`,
      { durationMinutes },
      'invalid',
    );
  }
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new DomainError('SESSION.INVALID_CAPACITY', 'capacity must be a whole number of at least 1.', { capacity }, 'invalid');
  }
  return [
    {
      type: 'GroupSessionScheduled',
      data: { ...command.data, start: startInstant.toISOString(), scheduledAt: command.metadata.now.toISOString() },
    },
  ];
}

function enrol(command: EnrolParticipant, session: ScheduledGroupSession): GroupSessionEvent[] {
  const { clientId, waitlistIfFull } = command.data;
  requireNotStarted(session, command.metadata.now);
  const on = session.roster.includes(clientId) ? 'roster' : session.waitingList.includes(clientId) ? 'waiting-list' : undefined;
  if (on) {
    throw new DomainError('SESSION.ALREADY_ENROLLED', 'The client is already on this session’s roster or waiting list.', {
      clientId,
      on,
    });
  }
  const now = command.metadata.now.toISOString();
  if (session.roster.length < session.capacity) {
    return [{ type: 'ParticipantEnrolled', data: { clientId, fromWaitingList: false, enrolledAt: now } }];
  }
  if (!waitlistIfFull) {
    throw new DomainError('SESSION.FULL', 'The session is full.', {
      capacity: session.capacity,
      waiting: session.waitingList.length,
    });
  }
  return [{ type: 'ParticipantWaitlisted', data: { clientId, position: session.waitingList.length + 1, waitlistedAt: now } }];
}

/** A seat freed on the roster goes to the first in the queue, in the same decision. */
function withdraw(command: WithdrawParticipant, session: ScheduledGroupSession): GroupSessionEvent[] {
  const { clientId, withdrawnBy } = command.data;
  requireNotStarted(session, command.metadata.now);
  const from = session.roster.includes(clientId) ? 'roster' : session.waitingList.includes(clientId) ? 'waiting-list' : undefined;
  if (!from) {
    throw new DomainError(
      'SESSION.PARTICIPANT_NOT_FOUND',
      'The client is not enrolled in this session.',
      { clientId },
      'not-found',
    );
  }
  const now = command.metadata.now.toISOString();
  const events: GroupSessionEvent[] = [{ type: 'ParticipantWithdrawn', data: { clientId, from, withdrawnBy, withdrawnAt: now } }];
  const seatsFreeAfter = session.capacity - (session.roster.length - (from === 'roster' ? 1 : 0));
  const advancing = from === 'roster' ? session.waitingList.slice(0, Math.max(0, seatsFreeAfter)) : [];
  for (const next of advancing) {
    events.push({ type: 'ParticipantEnrolled', data: { clientId: next, fromWaitingList: true, enrolledAt: now } });
  }
  return events;
}

function recordAttendance(command: RecordAttendance, session: ScheduledGroupSession): GroupSessionEvent[] {
  const { attendance } = command.data;
  if (command.metadata.now.getTime() < Date.parse(session.start)) {
    throw new DomainError('SESSION.NOT_STARTED', 'Attendance can be recorded once the session has started.', {
      start: session.start,
    });
  }
  const ids = attendance.map((a) => a.clientId);
  if (ids.length === 0 || new Set(ids).size !== ids.length) {
    throw new DomainError('SESSION.INVALID_ATTENDANCE', 'List each participant once, at least one.', {}, 'invalid');
  }
  const notEnrolled = ids.filter((id) => !session.roster.includes(id));
  if (notEnrolled.length > 0) {
    throw new DomainError('SESSION.NOT_ENROLLED', 'Attendance is recorded only for enrolled participants.', {
      clientIds: notEnrolled,
    });
  }
  const now = command.metadata.now.toISOString();
  return attendance.map(({ clientId, attended }) => ({
    type: 'AttendanceRecorded',
    data: { clientId, attended, recordedAt: now },
  }));
}

function requireScheduled(state: GroupSessionState): ScheduledGroupSession {
  if (state.status === 'Empty') {
    throw new DomainError('SESSION.NOT_FOUND', 'No group session with this id.', {}, 'not-found');
  }
  return state;
}

/** The roster is settled at the start: afterwards only attendance is recorded. */
function requireNotStarted(session: ScheduledGroupSession, now: Date): void {
  if (now.getTime() >= Date.parse(session.start)) {
    throw new DomainError('SESSION.ALREADY_STARTED', 'The session has started; its roster can no longer change.', {
      start: session.start,
    });
  }
}
