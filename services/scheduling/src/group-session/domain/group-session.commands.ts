import type { Command } from '@career/event-sourcing';
import type { WithdrawnBy } from './group-session.events';


/** `start` is ISO 8601 with an explicit offset; `capacity` a whole number of seats, at least 1. */
export type ScheduleGroupSession = Command<
  'ScheduleGroupSession',
  {
    sessionId: string;
    organisation: string;
    title: string;
    topic: string;
    start: string;
    durationMinutes: number;
    place: string;
    capacity: number;
    coordinatorId: string;
  }
>;

/**
 * When the session is full: `waitlistIfFull` true queues the client (ParticipantWaitlisted),
 * false refuses with SESSION.FULL (409).
 */
export type EnrolParticipant = Command<'EnrolParticipant', { clientId: string; waitlistIfFull: boolean }>;

/** Leaves the roster or the waiting list; leaving the roster advances the first in the queue. */
export type WithdrawParticipant = Command<'WithdrawParticipant', { clientId: string; withdrawnBy: WithdrawnBy }>;

export type RecordAttendance = Command<'RecordAttendance', { attendance: { clientId: string; attended: boolean }[] }>;

export type GroupSessionCommand = ScheduleGroupSession | EnrolParticipant | WithdrawParticipant | RecordAttendance;
