import { helsinkiDate, type CalendarDate } from '@career/calendar';
import {
  guidanceProcessIdOf,
  type AdvisorAssignedV1,
  type ClientExitedV1,
  type ClientReenteredV1,
  type ClientRegisteredV1,
  type DocumentGeneratedV1,
  type InitialAssessmentCompletedV1,
  type InterestInventoryRecordedV1,
  type InitialAssessmentOverdueV1,
  type MeetingHeldV1,
  type MeetingNoShowV1,
  type ProcessClosedV1,
  type ProcessOpenedV1,
  type ProfileTextWrittenV1,
  type SelfAssessmentRecordedV1,
  type SkillAddedV1,
  type TrainingCompletedV1,
  type TrainingReferralMadeV1,
} from '@career/contracts';

/** One single-document update: which collection, which document, which `$set`. */
export interface ParticipantUpdate {
  target: 'process' | 'client';
  id: string;
  set: Record<string, unknown>;
}

/** The day an instant falls on in Finland (the calendar the indicators count in). */
export function helsinkiDateOf(instant: string): CalendarDate {
  return helsinkiDate(new Date(instant));
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
 * What each consumed integration event tells the participant rows (see
 * participant-documents.ts), as the single-document update it makes. Pure. Every update sets
 * paths that only this kind of event writes, to values from the event alone, so a duplicate
 * changes nothing and the order between topics never matters. `eventId` keys the facts a
 * client may have any number of (advisor assignments, self-assessments).
 */
export const participantFacts = {
  registered(d: ClientRegisteredV1): ParticipantUpdate {
    const registration = {
      registeredAt: d.registeredAt,
      projectCode: d.projectCode,
      ...(d.advisorId ? { advisorId: d.advisorId } : {}),
      entry: d.entry,
      ...(d.municipalityCode !== undefined && { municipalityCode: d.municipalityCode }),
      ...(d.regionCode !== undefined && { regionCode: d.regionCode }),
    };
    return process(guidanceProcessIdOf(d.clientId, d.processNumber), { clientId: d.clientId, processNumber: d.processNumber, organisation: d.organisation, registration });
  },

  reentered(d: ClientReenteredV1): ParticipantUpdate {
    const reentry = { entryDate: d.entryDate, previousExitDate: d.previousExitDate, ...(d.statusAtReentry ? { statusAtReentry: d.statusAtReentry } : {}) };
    return process(guidanceProcessIdOf(d.clientId, d.processNumber), { clientId: d.clientId, processNumber: d.processNumber, organisation: d.organisation, reentry });
  },

  exited(d: ClientExitedV1): ParticipantUpdate {
    return process(guidanceProcessIdOf(d.clientId, d.processNumber), {
      clientId: d.clientId,
      processNumber: d.processNumber,
      organisation: d.organisation,
      exit: { exitDate: d.exitDate, reason: d.reason },
    });
  },

  advisorAssigned(eventId: string, d: AdvisorAssignedV1): ParticipantUpdate {
    return client(d.clientId, { [`advisors.${safeKey(eventId)}`]: { advisorId: d.advisorId, at: d.assignedAt } });
  },

  /**
   * PersonalDataDestroyed with scope `voluntary`: the answers were given on consent, and a
   * withdrawn consent stops their use. (Scope `all` changes no row: rows hold categories only.)
   */
  voluntaryAnswersWithdrawn(clientId: string): ParticipantUpdate {
    return client(clientId, { voluntaryWithdrawn: true });
  },

  processOpened(d: ProcessOpenedV1): ParticipantUpdate {
    return process(d.processId, { clientId: d.clientId, opened: { openedOn: helsinkiDateOf(d.openedAt), openedAt: d.openedAt, advisorId: d.advisorId } });
  },

  /** MeetingHeld or MeetingNoShow: a later record of the same meeting replaces an earlier one. */
  meeting(d: MeetingHeldV1 | MeetingNoShowV1, what: 'held' | 'no-show'): ParticipantUpdate {
    return process(d.processId, { clientId: d.clientId, [`meetings.${safeKey(d.meetingId)}`]: what });
  },

  initialAssessmentCompleted(d: InitialAssessmentCompletedV1): ParticipantUpdate {
    const initialAssessment = { completedOn: helsinkiDateOf(d.completedAt), direction: d.direction, licenceCodes: [...d.licenceCodes] };
    return process(d.processId, { clientId: d.clientId, initialAssessment });
  },

  initialAssessmentOverdue(d: InitialAssessmentOverdueV1): ParticipantUpdate {
    return process(d.processId, { clientId: d.clientId, overdueOn: helsinkiDateOf(d.overdueSince) });
  },

  trainingReferralMade(d: TrainingReferralMadeV1): ParticipantUpdate {
    return process(d.processId, { clientId: d.clientId, [`referrals.${safeKey(d.referralId)}`]: d.licenceCode });
  },

  trainingCompleted(d: TrainingCompletedV1): ParticipantUpdate {
    const training = { licenceCode: d.licenceCode, passed: d.passed, completedOn: helsinkiDateOf(d.completedAt) };
    return process(d.processId, { clientId: d.clientId, [`trainings.${safeKey(d.referralId)}`]: training });
  },

  processClosed(d: ProcessClosedV1): ParticipantUpdate {
    return process(d.processId, { clientId: d.clientId, closed: { closedOn: helsinkiDateOf(d.closedAt), reason: d.reason } });
  },

  selfAssessmentRecorded(eventId: string, d: SelfAssessmentRecordedV1): ParticipantUpdate {
    const rating = {
      phase: d.phase,
      at: d.recordedAt,
      selfKnowledge: d.selfKnowledge,
      identifyOwnSkills: d.identifyOwnSkills,
      careerPlanningConfidence: d.careerPlanningConfidence,
      recordedBy: d.recordedBy,
    };
    return client(d.clientId, { [`selfAssessments.${safeKey(eventId)}`]: rating });
  },

  /** Who answered the interest inventory (the client themself, or the advisor entering it), and when. */
  interestInventoryRecorded(eventId: string, d: InterestInventoryRecordedV1): ParticipantUpdate {
    return client(d.clientId, { [`interestInventories.${safeKey(eventId)}`]: { at: d.recordedAt, recordedBy: d.recordedBy } });
  },

  /** A skill entry added, and who entered it: the client recording their skills, or the advisor. */
  skillRecorded(eventId: string, d: SkillAddedV1): ParticipantUpdate {
    return client(d.clientId, { [`skillRecords.${safeKey(eventId)}`]: { skillId: d.skillId, at: d.recordedAt, recordedBy: d.recordedBy } });
  },

  /** The profile text in the client's own words was written (the text never arrives here). */
  profileTextWritten(eventId: string, d: ProfileTextWrittenV1): ParticipantUpdate {
    return client(d.clientId, { [`profileTexts.${safeKey(eventId)}`]: { at: d.recordedAt, recordedBy: d.recordedBy } });
  },

  /** One key per document version and format: a version counts once, whatever its formats (see assembly). */
  documentGenerated(d: DocumentGeneratedV1): ParticipantUpdate {
    const document = { documentId: d.documentId, version: d.version, kind: d.kind, at: d.generatedAt, ...(d.generatedBy ? { generatedBy: d.generatedBy } : {}) };
    return client(d.clientId, { [`documents.${safeKey(`${d.documentId}_v${d.version}_${d.format}`)}`]: document });
  },
};
