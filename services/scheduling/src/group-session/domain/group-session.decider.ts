import { parseInstant } from '@career/calendar';
import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
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
  if (state.status !== 'Empty') throw refuse('SESSION.ALREADY_SCHEDULED', { sessionId: state.sessionId });
  const { start, durationMinutes, capacity } = command.data;
  // Strict, with an offset: a bare local time would be read in the server's zone, 30 February is no day.
  const startInstant = parseInstant(start);
  if (!startInstant) throw refuse('SESSION.INVALID_START', { start });
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > MAX_SESSION_MINUTES) {
    throw refuse('SESSION.INVALID_DURATION', { durationMinutes }, `durationMinutes must be a whole number from 1 to ${MAX_SESSION_MINUTES}.`);
  }
  if (!Number.isInteger(capacity) || capacity < 1) throw refuse('SESSION.INVALID_CAPACITY', { capacity });
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
  if (on) throw refuse('SESSION.ALREADY_ENROLLED', { clientId, on });
  const now = command.metadata.now.toISOString();
  if (session.roster.length < session.capacity) {
    return [{ type: 'ParticipantEnrolled', data: { clientId, fromWaitingList: false, enrolledAt: now } }];
  }
  if (!waitlistIfFull) throw refuse('SESSION.FULL', { capacity: session.capacity, waiting: session.waitingList.length });
  return [{ type: 'ParticipantWaitlisted', data: { clientId, position: session.waitingList.length + 1, waitlistedAt: now } }];
}

/** A seat freed on the roster goes to the first in the queue, in the same decision. */
function withdraw(command: WithdrawParticipant, session: ScheduledGroupSession): GroupSessionEvent[] {
  const { clientId, withdrawnBy } = command.data;
  requireNotStarted(session, command.metadata.now);
  const from = session.roster.includes(clientId) ? 'roster' : session.waitingList.includes(clientId) ? 'waiting-list' : undefined;
  if (!from) throw refuse('SESSION.PARTICIPANT_NOT_FOUND', { clientId });
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
  if (command.metadata.now.getTime() < Date.parse(session.start)) throw refuse('SESSION.NOT_STARTED', { start: session.start });
  const ids = attendance.map((a) => a.clientId);
  if (ids.length === 0 || new Set(ids).size !== ids.length) throw refuse('SESSION.INVALID_ATTENDANCE');
  const notEnrolled = ids.filter((id) => !session.roster.includes(id));
  if (notEnrolled.length > 0) throw refuse('SESSION.NOT_ENROLLED', { clientIds: notEnrolled });
  const now = command.metadata.now.toISOString();
  return attendance.map(({ clientId, attended }) => ({
    type: 'AttendanceRecorded',
    data: { clientId, attended, recordedAt: now },
  }));
}

function requireScheduled(state: GroupSessionState): ScheduledGroupSession {
  if (state.status === 'Empty') throw refuse('SESSION.NOT_FOUND');
  return state;
}

/** The roster is settled at the start: afterwards only attendance is recorded. */
function requireNotStarted(session: ScheduledGroupSession, now: Date): void {
  if (now.getTime() >= Date.parse(session.start)) throw refuse('SESSION.ALREADY_STARTED', { start: session.start });
}
