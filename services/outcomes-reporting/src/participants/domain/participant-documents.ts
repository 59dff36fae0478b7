import type { ClientReenteredV1, DocumentGeneratedV1, EntryCategoriesV1, RecordedByV1 } from '@career/contracts';
import type { CalendarDate } from '@career/calendar';
import type { OutcomeRowFields } from './apply-outcome-event';

/**
 * The stored read model behind the participant rows: what each source tells, kept apart, and
 * put together into ParticipantRow only when a report is made (assembleParticipantRows).
 *
 * Why not ParticipantRow itself: the events arrive over four Kafka topics and the event store,
 * with no order between sources (a rebuild replays each topic at its own pace). Each path
 * below is written by one event only (a once-per-process fact, or a map entry keyed by the id
 * of what it records), and a fact that names no process (a document, a self-assessment, an
 * advisor change) is kept with its time on the client and attributed to a process when the
 * rows are assembled. So every write is idempotent and commutes with all others, and a replay
 * in any interleaving ends in the same documents.
 *
 * Categories, codes, ids and dates only: nothing here names or identifies a person.
 */

/** One guidance process (`_id` = the guidance-process id), fed by client-intake and scheduling. */
export interface ParticipantProcessDocument {
  _id: string;
  clientId?: string;
  processNumber?: number;
  /** From client-intake only: the tenancy of the row. */
  organisation?: string;
  /** ClientRegistered: the first process. */
  registration?: { registeredAt: string; projectCode: string; advisorId?: string; entry: EntryCategoriesV1; municipalityCode?: string; regionCode?: string };
  /** ClientReentered: a later process of the same participant. */
  reentry?: { entryDate: CalendarDate; previousExitDate: CalendarDate; statusAtReentry?: ClientReenteredV1['statusAtReentry'] };
  /** ClientExited. */
  exit?: { exitDate: CalendarDate; reason: string };
  /** ProcessOpened (scheduling): week 1 of the initial assessment. */
  opened?: { openedOn: CalendarDate; openedAt: string; advisorId: string };
  /** ProcessClosed (scheduling). */
  closed?: { closedOn: CalendarDate; reason: string };
  /** Meeting id -> what happened (MeetingHeld / MeetingNoShow); a later record of a meeting replaces an earlier one. */
  meetings?: Record<string, 'held' | 'no-show'>;
  /** InitialAssessmentCompleted. */
  initialAssessment?: { completedOn: CalendarDate; direction: 'group-guidance' | 'licence-training' | 'individual-only'; licenceCodes: string[] };
  /** InitialAssessmentOverdue: the day the phase became overdue. */
  overdueOn?: CalendarDate;
  /** Referral id -> licence code (TrainingReferralMade). */
  referrals?: Record<string, string>;
  /** Referral id -> the training's end (TrainingCompleted). */
  trainings?: Record<string, { licenceCode: string; passed: boolean; completedOn: CalendarDate }>;
}

/** Facts about a client that name no process (`_id` = clientId). Keys are event or document ids. */
export interface ParticipantClientDocument {
  _id: string;
  /** AdvisorAssigned, by event id. */
  advisors?: Record<string, { advisorId: string; at: string }>;
  /**
   * DocumentGenerated, by `<documentId>_v<version>_<format>` (one key per event; a generation counts once, see assembly).
   * `generatedBy`: the client on their own channel, or staff (absent in facts from before the field: staff then).
   */
  documents?: Record<string, { documentId: string; version: number; kind: DocumentGeneratedV1['kind']; at: string; generatedBy?: DocumentGeneratedV1['generatedBy'] }>;
  /** SelfAssessmentRecorded, by event id; `recordedBy` who entered the ratings. */
  selfAssessments?: Record<
    string,
    { phase: 'start' | 'during' | 'end'; at: string; selfKnowledge: number; identifyOwnSkills: number; careerPlanningConfidence: number; recordedBy?: RecordedByV1 }
  >;
  /** InterestInventoryRecorded, by event id: who answered it (entered it), and when. */
  interestInventories?: Record<string, ProfileRecord>;
  /** SkillAdded, by event id: which skill entry, who entered it, when. */
  skillRecords?: Record<string, ProfileRecord & { skillId: string }>;
  /** ProfileTextWritten, by event id: the client's profile in their own words was written (never the text). */
  profileTexts?: Record<string, ProfileRecord>;
  /** PersonalDataDestroyed scope `voluntary`: consent withdrawn, the voluntary answers are no longer used. */
  voluntaryWithdrawn?: boolean;
}

/** A change to the skills profile: who entered it (the client themself or the advisor) and when. */
export interface ProfileRecord {
  at: string;
  recordedBy: RecordedByV1;
}

/** The outcome stream's part of a row (`_id` = the guidance-process id), fed from this service's event store. */
export interface OutcomeRowDocument {
  _id: string;
  clientId: string;
  organisation: string;
  /** Revision of the last applied event of `outcome-<processId>` (the projection's guard). */
  revision: number;
  fields: OutcomeRowFields;
}
