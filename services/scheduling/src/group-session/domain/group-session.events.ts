import type { DomainEvent, RecordedEvent } from '@career/event-sourcing';

/** Streams are `groupSession-<sessionId>`. */
export const GROUP_SESSION_CATEGORY = 'groupSession';

export type WithdrawnBy = 'client' | 'coordinator';

/** Times are ISO 8601 instants in UTC (`toISOString()`). */
export type GroupSessionScheduled = DomainEvent<
  'GroupSessionScheduled',
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
    scheduledAt: string;
  }
>;

/** A seat on the roster; `fromWaitingList` when a withdrawal advanced the first in the queue. */
export type ParticipantEnrolled = DomainEvent<
  'ParticipantEnrolled',
  { clientId: string; fromWaitingList: boolean; enrolledAt: string }
>;

/** The session was full: the client queues; `position` is 1-based at the time of queueing. */
export type ParticipantWaitlisted = DomainEvent<
  'ParticipantWaitlisted',
  { clientId: string; position: number; waitlistedAt: string }
>;

export type ParticipantWithdrawn = DomainEvent<
  'ParticipantWithdrawn',
  { clientId: string; from: 'roster' | 'waiting-list'; withdrawnBy: WithdrawnBy; withdrawnAt: string }
>;

/** One per client; a later record for the same client corrects the earlier one. */
export type AttendanceRecorded = DomainEvent<'AttendanceRecorded', { clientId: string; attended: boolean; recordedAt: string }>;

export type GroupSessionEvent =
  GroupSessionScheduled | ParticipantEnrolled | ParticipantWaitlisted | ParticipantWithdrawn | AttendanceRecorded;

/** A stored event as the decider's union (the store types `type` and `data` apart, so one cast, here). */
export function groupSessionEventOf(recorded: Pick<RecordedEvent, 'type' | 'data'>): GroupSessionEvent {
  return { type: recorded.type, data: recorded.data } as GroupSessionEvent;
}

/** Current schema version of each event type (a new version comes with an upcaster). */
export const GROUP_SESSION_SCHEMA_VERSIONS: Record<GroupSessionEvent['type'], number> = {
  GroupSessionScheduled: 1,
  ParticipantEnrolled: 1,
  ParticipantWaitlisted: 1,
  ParticipantWithdrawn: 1,
  AttendanceRecorded: 1,
};
