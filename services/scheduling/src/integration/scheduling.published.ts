import {
  topicOf,
  type AttendanceRecordedV1,
  type InitialAssessmentCompletedV1,
  type InitialAssessmentOverdueV1,
  type IntegrationEvent,
  type MeetingCancelledV1,
  type MeetingHeldV1,
  type MeetingMovedV1,
  type MeetingNoShowV1,
  type MeetingScheduledV1,
  type ParticipantEnrolledV1,
  type ParticipantWaitlistedV1,
  type ParticipantWithdrawnV1,
  type ProcessClosedV1,
  type ProcessOpenedV1,
  type TrainingCompletedV1,
  type TrainingReferralMadeV1,
} from '@career/contracts';
import { categoryOf, type RecordedEvent } from '@career/event-sourcing';
import { integrationEnvelopeOf } from '@career/messaging';
import { addDays, helsinkiDate, helsinkiIsoWeek } from '../calendar/helsinki-time';
import { GROUP_SESSION_CATEGORY, type GroupSessionEvent } from '../group-session/group-session.events';
import { FOLLOW_UP_INTERVAL_WEEKS } from '../guidance-process/guidance-process.cadence';
import { GUIDANCE_PROCESS_CATEGORY, type GuidanceProcessEvent } from '../guidance-process/guidance-process.events';

export const SERVICE_NAME = 'scheduling';
export const SCHEDULING_TOPIC = topicOf(SERVICE_NAME);
export const PUBLISHED_CATEGORIES = [GUIDANCE_PROCESS_CATEGORY, GROUP_SESSION_CATEGORY] as const;

type Published = Omit<IntegrationEvent, 'data'>;

/**
 * What scheduling tells other services: ids, times, phases, directions and licence facts.
 * Never a note, a reason, a rationale, a location or a licence number (all personal data,
 * encrypted in the store); this mapping only reads fields that are stored in plaintext.
 * Every message is keyed by the client it concerns: group-session facts are about one client
 * each, and a session's own scheduling (about no client) is not published.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  const category = categoryOf(recorded.streamId);
  // The subject is set per message: the client each fact concerns.
  const envelope: Published = { ...integrationEnvelopeOf(recorded, SERVICE_NAME), type: recorded.type, version: 1 };
  if (category === GUIDANCE_PROCESS_CATEGORY) return processEvents(recorded, envelope);
  if (category === GROUP_SESSION_CATEGORY) return sessionEvents(recorded, envelope);
  return [];
}

function processEvents(recorded: RecordedEvent, envelope: Published): IntegrationEvent[] {
  const event = { type: recorded.type, data: recorded.data } as GuidanceProcessEvent;
  const clientId = recorded.metadata.clientId;
  const base = { processId: recorded.streamId.slice(GUIDANCE_PROCESS_CATEGORY.length + 1), clientId, organisation: recorded.metadata.organisation };
  const message = <D>(type: string, data: D): IntegrationEvent[] => [{ ...envelope, type, subject: clientId, data }];
  switch (event.type) {
    case 'ProcessOpened': {
      const { advisorId, openedAt } = event.data;
      const firstWeek = helsinkiIsoWeek(new Date(openedAt)).key;
      return message<ProcessOpenedV1>('ProcessOpened', { ...base, advisorId, openedAt, firstWeek });
    }
    case 'MeetingScheduled': {
      const { meetingId, advisorId, phase, start, durationMinutes, mode, extra, scheduledAt } = event.data;
      return message<MeetingScheduledV1>('MeetingScheduled', { ...base, meetingId, advisorId, phase, start, durationMinutes, mode, extra, scheduledAt });
    }
    case 'MeetingMoved': {
      const { meetingId, from, to, movedBy, movedAt } = event.data;
      return message<MeetingMovedV1>('MeetingMoved', {
        ...base,
        meetingId,
        from: { start: from.start, durationMinutes: from.durationMinutes },
        to: { start: to.start, durationMinutes: to.durationMinutes },
        movedBy,
        movedAt,
      });
    }
    case 'MeetingCancelled': {
      const { meetingId, cancelledBy, cancelledAt } = event.data;
      return message<MeetingCancelledV1>('MeetingCancelled', { ...base, meetingId, cancelledBy, cancelledAt });
    }
    case 'MeetingHeld':
      return message<MeetingHeldV1>('MeetingHeld', { ...base, meetingId: event.data.meetingId, recordedAt: event.data.recordedAt });
    case 'MeetingNoShowRecorded':
      return message<MeetingNoShowV1>('MeetingNoShow', { ...base, meetingId: event.data.meetingId, recordedAt: event.data.recordedAt });
    case 'InitialAssessmentCompleted': {
      const { direction, licenceCodes, meetingsHeld, completedAt } = event.data;
      // No follow-up meeting exists yet at completion: the first is due two weeks after it.
      const nextDueDate = addDays(helsinkiDate(new Date(completedAt)), 7 * FOLLOW_UP_INTERVAL_WEEKS);
      return message<InitialAssessmentCompletedV1>('InitialAssessmentCompleted', { ...base, direction, licenceCodes, meetingsHeld, completedAt, nextDueDate });
    }
    case 'InitialAssessmentOverdue': {
      const { firstWeek, overdueSince, meetingsHeld, detectedAt } = event.data;
      return message<InitialAssessmentOverdueV1>('InitialAssessmentOverdue', { ...base, firstWeek, overdueSince, meetingsHeld, detectedAt });
    }
    case 'TrainingReferralMade': {
      const { referralId, licenceCode, referredAt } = event.data;
      return message<TrainingReferralMadeV1>('TrainingReferralMade', { ...base, referralId, licenceCode, referredAt });
    }
    case 'TrainingCompleted': {
      const { referralId, licenceCode, passed, validUntil, completedAt } = event.data;
      return message<TrainingCompletedV1>('TrainingCompleted', {
        ...base,
        referralId,
        licenceCode,
        passed,
        ...(validUntil ? { validUntil } : {}),
        completedAt,
      });
    }
    case 'ProcessClosed':
      return message<ProcessClosedV1>('ProcessClosed', { ...base, reason: event.data.reason, closedAt: event.data.closedAt });
    default:
      return [];
  }
}

function sessionEvents(recorded: RecordedEvent, envelope: Published): IntegrationEvent[] {
  const event = { type: recorded.type, data: recorded.data } as GroupSessionEvent;
  const sessionId = recorded.streamId.slice(GROUP_SESSION_CATEGORY.length + 1);
  const organisation = recorded.metadata.organisation;
  const message = <D extends { clientId: string }>(type: string, data: D): IntegrationEvent[] => [{ ...envelope, type, subject: data.clientId, data }];
  switch (event.type) {
    case 'ParticipantEnrolled': {
      const { clientId, fromWaitingList, enrolledAt } = event.data;
      return message<ParticipantEnrolledV1>('ParticipantEnrolled', { sessionId, clientId, organisation, fromWaitingList, enrolledAt });
    }
    case 'ParticipantWaitlisted': {
      const { clientId, position, waitlistedAt } = event.data;
      return message<ParticipantWaitlistedV1>('ParticipantWaitlisted', { sessionId, clientId, organisation, position, waitlistedAt });
    }
    case 'ParticipantWithdrawn': {
      const { clientId, from, withdrawnBy, withdrawnAt } = event.data;
      return message<ParticipantWithdrawnV1>('ParticipantWithdrawn', { sessionId, clientId, organisation, from, withdrawnBy, withdrawnAt });
    }
    case 'AttendanceRecorded': {
      const { clientId, attended, recordedAt } = event.data;
      return message<AttendanceRecordedV1>('AttendanceRecorded', { sessionId, clientId, organisation, attended, recordedAt });
    }
    default:
      // GroupSessionScheduled concerns no client.
      return [];
  }
}
