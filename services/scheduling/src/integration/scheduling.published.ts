import { addDays, helsinkiDate, helsinkiIsoWeek } from '@career/calendar';
import { topicOf, type IntegrationEvent } from '@career/contracts';
import { categoryOf, type RecordedEvent } from '@career/event-sourcing';
import { publisherOf } from '@career/messaging';
import { CAREER_PLAN_CATEGORY, careerPlanEventOf } from '../career-plan/domain/career-plan.events';
import { GROUP_SESSION_CATEGORY, groupSessionEventOf } from '../group-session/domain/group-session.events';
import { FOLLOW_UP_INTERVAL_WEEKS } from '../guidance-process/domain/guidance-process.cadence';
import { GUIDANCE_PROCESS_CATEGORY, guidanceProcessEventOf } from '../guidance-process/domain/guidance-process.events';

export const SERVICE_NAME = 'scheduling';
export const SCHEDULING_TOPIC = topicOf(SERVICE_NAME);
export const PUBLISHED_CATEGORIES = [GUIDANCE_PROCESS_CATEGORY, GROUP_SESSION_CATEGORY, CAREER_PLAN_CATEGORY] as const;

const publish = publisherOf(SERVICE_NAME);

/**
 * What scheduling tells other services: ids, times, phases, directions, licence facts and the
 * career plan's kinds, owners and dates. Never a note, a reason, a rationale, a location, a
 * provider, a licence number, a goal's what or a step's title (personal
 * data, encrypted in the store): this mapping reads only fields stored in plaintext, so the
 * relay needs no decoder. Every message is keyed by the client it concerns: group-session
 * facts are about one client each, and a session's own scheduling (about no client) is not
 * published.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  const category = categoryOf(recorded.streamId);
  if (category === GUIDANCE_PROCESS_CATEGORY) return processFacts(recorded);
  if (category === GROUP_SESSION_CATEGORY) return sessionFacts(recorded);
  if (category === CAREER_PLAN_CATEGORY) return planFacts(recorded);
  return [];
}

function processFacts(recorded: RecordedEvent): IntegrationEvent[] {
  const event = guidanceProcessEventOf(recorded);
  const { clientId, organisation } = recorded.metadata;
  const base = { processId: recorded.streamId.slice(GUIDANCE_PROCESS_CATEGORY.length + 1), clientId, organisation };
  switch (event.type) {
    case 'ProcessOpened': {
      const { advisorId, openedAt } = event.data;
      const firstWeek = helsinkiIsoWeek(new Date(openedAt)).key;
      return [publish(recorded, { type: 'ProcessOpened', version: 1, data: { ...base, advisorId, openedAt, firstWeek } })];
    }
    case 'MeetingScheduled': {
      const { meetingId, advisorId, phase, start, durationMinutes, mode, extra, scheduledAt } = event.data;
      return [publish(recorded, { type: 'MeetingScheduled', version: 1, data: { ...base, meetingId, advisorId, phase, start, durationMinutes, mode, extra, scheduledAt } })];
    }
    case 'MeetingMoved': {
      const { meetingId, from, to, movedBy, movedAt } = event.data;
      const slot = ({ start, durationMinutes }: typeof from) => ({ start, durationMinutes });
      return [publish(recorded, { type: 'MeetingMoved', version: 1, data: { ...base, meetingId, from: slot(from), to: slot(to), movedBy, movedAt } })];
    }
    case 'MeetingCancelled': {
      const { meetingId, cancelledBy, cancelledAt } = event.data;
      return [publish(recorded, { type: 'MeetingCancelled', version: 1, data: { ...base, meetingId, cancelledBy, cancelledAt } })];
    }
    case 'MeetingHeld': {
      const { meetingId, recordedAt } = event.data;
      return [publish(recorded, { type: 'MeetingHeld', version: 1, data: { ...base, meetingId, recordedAt } })];
    }
    case 'MeetingNoShowRecorded': {
      const { meetingId, recordedAt } = event.data;
      return [publish(recorded, { type: 'MeetingNoShow', version: 1, data: { ...base, meetingId, recordedAt } })];
    }
    case 'InitialAssessmentCompleted': {
      const { direction, licenceCodes, meetingsHeld, completedAt } = event.data;
      // No follow-up meeting exists yet at completion: the first is due two weeks after it.
      const nextDueDate = addDays(helsinkiDate(new Date(completedAt)), 7 * FOLLOW_UP_INTERVAL_WEEKS);
      return [
        publish(recorded, { type: 'InitialAssessmentCompleted', version: 1, data: { ...base, direction, licenceCodes, meetingsHeld, completedAt, nextDueDate } }),
      ];
    }
    case 'InitialAssessmentOverdue': {
      const { firstWeek, overdueSince, meetingsHeld, detectedAt } = event.data;
      return [publish(recorded, { type: 'InitialAssessmentOverdue', version: 1, data: { ...base, firstWeek, overdueSince, meetingsHeld, detectedAt } })];
    }
    case 'TrainingReferralMade': {
      const { referralId, licenceCode, referredAt } = event.data;
      return [publish(recorded, { type: 'TrainingReferralMade', version: 1, data: { ...base, referralId, licenceCode, referredAt } })];
    }
    case 'TrainingCompleted': {
      const { referralId, licenceCode, passed, validUntil, completedAt } = event.data;
      return [
        publish(recorded, {
          type: 'TrainingCompleted',
          version: 1,
          data: { ...base, referralId, licenceCode, passed, ...(validUntil ? { validUntil } : {}), completedAt },
        }),
      ];
    }
    case 'ProcessClosed': {
      const { reason, closedAt } = event.data;
      return [publish(recorded, { type: 'ProcessClosed', version: 1, data: { ...base, reason, closedAt } })];
    }
    default:
      return [];
  }
}

/** A session is audited under its own id: each fact goes out keyed by the participant it concerns. */
function sessionFacts(recorded: RecordedEvent): IntegrationEvent[] {
  const event = groupSessionEventOf(recorded);
  const base = { sessionId: recorded.streamId.slice(GROUP_SESSION_CATEGORY.length + 1), organisation: recorded.metadata.organisation };
  const aboutParticipant = (published: IntegrationEvent, clientId: string): IntegrationEvent[] => [{ ...published, subject: clientId }];
  switch (event.type) {
    case 'ParticipantEnrolled': {
      const { clientId, fromWaitingList, enrolledAt } = event.data;
      return aboutParticipant(publish(recorded, { type: 'ParticipantEnrolled', version: 1, data: { ...base, clientId, fromWaitingList, enrolledAt } }), clientId);
    }
    case 'ParticipantWaitlisted': {
      const { clientId, position, waitlistedAt } = event.data;
      return aboutParticipant(publish(recorded, { type: 'ParticipantWaitlisted', version: 1, data: { ...base, clientId, position, waitlistedAt } }), clientId);
    }
    case 'ParticipantWithdrawn': {
      const { clientId, from, withdrawnBy, withdrawnAt } = event.data;
      return aboutParticipant(publish(recorded, { type: 'ParticipantWithdrawn', version: 1, data: { ...base, clientId, from, withdrawnBy, withdrawnAt } }), clientId);
    }
    case 'AttendanceRecorded': {
      const { clientId, attended, recordedAt } = event.data;
      return aboutParticipant(publish(recorded, { type: 'AttendanceRecorded', version: 1, data: { ...base, clientId, attended, recordedAt } }), clientId);
    }
    default:
      // GroupSessionScheduled concerns no client.
      return [];
  }
}

/**
 * The plan's agreements and what happens to its goals and steps. Its start, the confirmations
 * of one party, revisions of steps, reviews and its closing (which ProcessClosed already says)
 * are not published.
 */
function planFacts(recorded: RecordedEvent): IntegrationEvent[] {
  const event = careerPlanEventOf(recorded);
  const { clientId, organisation } = recorded.metadata;
  const planId = recorded.streamId.slice(CAREER_PLAN_CATEGORY.length + 1);
  // The plan's id is its process's: one plan per process.
  const base = { planId, processId: planId, clientId, organisation };
  switch (event.type) {
    case 'CareerPlanAgreed': {
      const { version, goalKinds, agreedAt } = event.data;
      return [publish(recorded, { type: 'CareerPlanAgreed', version: 1, data: { ...base, version, goalKinds, agreedAt } })];
    }
    case 'CareerGoalSet': {
      const { goalId, kind, targetDate, version, setAt } = event.data;
      return [publish(recorded, { type: 'CareerGoalSet', version: 1, data: { ...base, goalId, kind, targetDate, version, setAt } })];
    }
    case 'CareerGoalRevised': {
      const { goalId, kind, targetDate, version, revisedAt } = event.data;
      return [publish(recorded, { type: 'CareerGoalRevised', version: 1, data: { ...base, goalId, kind, targetDate, version, revisedAt } })];
    }
    case 'CareerGoalAchieved': {
      const { goalId, kind, targetDate, version, achievedAt } = event.data;
      return [publish(recorded, { type: 'CareerGoalAchieved', version: 1, data: { ...base, goalId, kind, targetDate, version, achievedAt } })];
    }
    case 'CareerGoalDropped': {
      const { goalId, kind, targetDate, version, droppedAt } = event.data;
      return [publish(recorded, { type: 'CareerGoalDropped', version: 1, data: { ...base, goalId, kind, targetDate, version, droppedAt } })];
    }
    case 'CareerStepDone': {
      const { stepId, goalId, owner, dueDate, doneBy, version, doneAt } = event.data;
      return [publish(recorded, { type: 'CareerStepDone', version: 1, data: { ...base, stepId, goalId, owner, dueDate, doneBy, version, doneAt } })];
    }
    case 'CareerStepDropped': {
      const { stepId, goalId, owner, dueDate, version, droppedAt } = event.data;
      return [publish(recorded, { type: 'CareerStepDropped', version: 1, data: { ...base, stepId, goalId, owner, dueDate, version, droppedAt } })];
    }
    default:
      return [];
  }
}
