import {
  ADVISOR_ASSIGNED,
  CLIENT_EXITED,
  CLIENT_REENTERED,
  CLIENT_REGISTERED,
  DOCUMENT_GENERATED,
  INITIAL_ASSESSMENT_COMPLETED,
  INITIAL_ASSESSMENT_OVERDUE,
  MEETING_HELD,
  MEETING_NO_SHOW,
  PERSONAL_DATA_DESTROYED,
  PROCESS_CLOSED,
  PROCESS_OPENED,
  SELF_ASSESSMENT_RECORDED,
  TRAINING_COMPLETED,
  TRAINING_REFERRAL_MADE,
  type AdvisorAssignedV1,
  type ClientExitedV1,
  type ClientReenteredV1,
  type ClientRegisteredV1,
  type DocumentGeneratedV1,
  type InitialAssessmentCompletedV1,
  type InitialAssessmentOverdueV1,
  type IntegrationEvent,
  type MeetingHeldV1,
  type MeetingNoShowV1,
  type PersonalDataDestroyedV1,
  type ProcessClosedV1,
  type ProcessOpenedV1,
  type SelfAssessmentRecordedV1,
  type TrainingCompletedV1,
  type TrainingReferralMadeV1,
  guidanceProcessIdOf,
} from '@career/contracts';
import { helsinkiToday, type CalendarDate } from '../outcome/calendar-date';

/** One single-document update: which collection, which document, which `$set`. */
export interface ParticipantUpdate {
  target: 'process' | 'client';
  id: string;
  set: Record<string, unknown>;
}

/** What an event asks of the read model besides the updates (a side effect, not a row change). */
export interface ParticipantEffects {
  updates: ParticipantUpdate[];
  /** PersonalDataDestroyed scope `all`: destroy this service's key of the client (the business IDs in outcome events). */
  destroyKeyOf?: string;
}

/** Every event type the participant rows use, and the topic each comes on. */
export const CONSUMED_EVENT_TYPES = {
  'client-intake': [CLIENT_REGISTERED, CLIENT_REENTERED, CLIENT_EXITED, ADVISOR_ASSIGNED, PERSONAL_DATA_DESTROYED],
  scheduling: [
    PROCESS_OPENED,
    MEETING_HELD,
    MEETING_NO_SHOW,
    INITIAL_ASSESSMENT_COMPLETED,
    INITIAL_ASSESSMENT_OVERDUE,
    TRAINING_REFERRAL_MADE,
    TRAINING_COMPLETED,
    PROCESS_CLOSED,
  ],
  'skills-assessment': [SELF_ASSESSMENT_RECORDED],
  'document-generation': [DOCUMENT_GENERATED],
} as const;

/** The day an instant falls on in Finland (the calendar the indicators count in). */
export function helsinkiDateOf(instant: string): CalendarDate {
  return helsinkiToday(new Date(instant));
}

/**
 * Map keys come from ids in the events (UUIDs). A dot or a leading `$` would be read by the
 * database as a path or an operator, so they are replaced: the key only has to be stable.
 */
export function safeKey(id: string): string {
  return id.replace(/[.$]/g, '_');
}

const process = (id: string, set: Record<string, unknown>): ParticipantUpdate => ({ target: 'process', id, set });
const client = (id: string, set: Record<string, unknown>): ParticipantUpdate => ({ target: 'client', id, set });

/**
 * The participant rows' reading of one integration event (schema-valid: the consumer checks
 * registered schemas first). Pure. Every update sets paths that only this event writes, to
 * values from the event alone, so a duplicate changes nothing and the order between topics
 * never matters (see participant-documents.ts). Event types the rows do not use give no
 * updates: they are acknowledged, not dead-lettered.
 */
export function participantEffectsOf(event: IntegrationEvent): ParticipantEffects {
  // A later schema version brings its own mapping here; until then it is one the rows do not read.
  if (event.version !== 1) return { updates: [] };
  switch (event.type) {
    case CLIENT_REGISTERED: {
      const d = event.data as ClientRegisteredV1;
      const registration = { registeredAt: d.registeredAt, projectCode: d.projectCode, ...(d.advisorId ? { advisorId: d.advisorId } : {}), entry: d.entry };
      return {
        updates: [
          process(guidanceProcessIdOf(d.clientId, d.processNumber), { clientId: d.clientId, processNumber: d.processNumber, organisation: d.organisation, registration }),
        ],
      };
    }
    case CLIENT_REENTERED: {
      const d = event.data as ClientReenteredV1;
      const reentry = { entryDate: d.entryDate, previousExitDate: d.previousExitDate, ...(d.statusAtReentry ? { statusAtReentry: d.statusAtReentry } : {}) };
      return {
        updates: [process(guidanceProcessIdOf(d.clientId, d.processNumber), { clientId: d.clientId, processNumber: d.processNumber, organisation: d.organisation, reentry })],
      };
    }
    case CLIENT_EXITED: {
      const d = event.data as ClientExitedV1;
      return {
        updates: [
          process(guidanceProcessIdOf(d.clientId, d.processNumber), {
            clientId: d.clientId,
            processNumber: d.processNumber,
            organisation: d.organisation,
            exit: { exitDate: d.exitDate, reason: d.reason },
          }),
        ],
      };
    }
    case ADVISOR_ASSIGNED: {
      const d = event.data as AdvisorAssignedV1;
      return { updates: [client(d.clientId, { [`advisors.${safeKey(event.id)}`]: { advisorId: d.advisorId, at: d.assignedAt } })] };
    }
    case PERSONAL_DATA_DESTROYED: {
      const d = event.data as PersonalDataDestroyedV1;
      // Rows hold categories only, so `all` leaves them (and the counts) as they are; the
      // voluntary answers were given on consent, and a withdrawn consent stops their use.
      if (d.scope === 'voluntary') return { updates: [client(d.clientId, { voluntaryWithdrawn: true })] };
      return { updates: [], destroyKeyOf: d.clientId };
    }
    case PROCESS_OPENED: {
      const d = event.data as ProcessOpenedV1;
      return { updates: [process(d.processId, { clientId: d.clientId, opened: { openedOn: helsinkiDateOf(d.openedAt), openedAt: d.openedAt, advisorId: d.advisorId } })] };
    }
    case MEETING_HELD:
    case MEETING_NO_SHOW: {
      const d = event.data as MeetingHeldV1 | MeetingNoShowV1;
      const what = event.type === MEETING_HELD ? 'held' : 'no-show';
      return { updates: [process(d.processId, { clientId: d.clientId, [`meetings.${safeKey(d.meetingId)}`]: what })] };
    }
    case INITIAL_ASSESSMENT_COMPLETED: {
      const d = event.data as InitialAssessmentCompletedV1;
      const initialAssessment = { completedOn: helsinkiDateOf(d.completedAt), direction: d.direction, licenceCodes: [...d.licenceCodes] };
      return { updates: [process(d.processId, { clientId: d.clientId, initialAssessment })] };
    }
    case INITIAL_ASSESSMENT_OVERDUE: {
      const d = event.data as InitialAssessmentOverdueV1;
      return { updates: [process(d.processId, { clientId: d.clientId, overdueOn: helsinkiDateOf(d.overdueSince) })] };
    }
    case TRAINING_REFERRAL_MADE: {
      const d = event.data as TrainingReferralMadeV1;
      return { updates: [process(d.processId, { clientId: d.clientId, [`referrals.${safeKey(d.referralId)}`]: d.licenceCode })] };
    }
    case TRAINING_COMPLETED: {
      const d = event.data as TrainingCompletedV1;
      const training = { licenceCode: d.licenceCode, passed: d.passed, completedOn: helsinkiDateOf(d.completedAt) };
      return { updates: [process(d.processId, { clientId: d.clientId, [`trainings.${safeKey(d.referralId)}`]: training })] };
    }
    case PROCESS_CLOSED: {
      const d = event.data as ProcessClosedV1;
      return { updates: [process(d.processId, { clientId: d.clientId, closed: { closedOn: helsinkiDateOf(d.closedAt), reason: d.reason } })] };
    }
    case SELF_ASSESSMENT_RECORDED: {
      const d = event.data as SelfAssessmentRecordedV1;
      const rating = { phase: d.phase, at: d.recordedAt, selfKnowledge: d.selfKnowledge, identifyOwnSkills: d.identifyOwnSkills, careerPlanningConfidence: d.careerPlanningConfidence };
      return { updates: [client(d.clientId, { [`selfAssessments.${safeKey(event.id)}`]: rating })] };
    }
    case DOCUMENT_GENERATED: {
      const d = event.data as DocumentGeneratedV1;
      const document = { documentId: d.documentId, version: d.version, kind: d.kind, at: d.generatedAt };
      return { updates: [client(d.clientId, { [`documents.${safeKey(`${d.documentId}_v${d.version}_${d.format}`)}`]: document })] };
    }
    default:
      return { updates: [] };
  }
}
