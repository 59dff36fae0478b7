import type { CalendarDate } from '@career/calendar';
import type {
  GainedQualification,
  IscedLevel,
  LabourMarketImprovement,
  LearningOutcomes,
  OutcomeSource,
  OutcomeStatus,
  OutcomeStatusCode,
} from '../../outcome/domain/outcome.events';

/**
 * The reporting read model: ONE ROW PER CLIENT PROCESS (one guidance process of scheduling,
 * one `outcome-<processId>` stream). It is the contract between the projections that fill it
 * from Kafka events and the pure computations in indicators/ and metrics/.
 *
 * Rows hold categories, dates and counts only: no name, no identity code, no free text, no
 * business ID. All dates are calendar dates `YYYY-MM-DD` (Helsinki calendar).
 *
 * Re-entry: a client who leaves and comes back gets a second process, hence a second row with
 * the same `clientId` and `project`. Rows are NOT merged in the read model: the indicator
 * computation merges them (mergeParticipations: first entry's data, last exit), so the rule
 * lives in one tested place and every projection stays a simple per-process update.
 */
export interface ParticipantRow {
  /** Scheduling's guidance-process id; the outcome stream is `outcome-<processId>`. */
  processId: string;
  /**
   * The client's random UUID. It must stay the same when the person re-enters the service:
   * it is how a re-entry is recognised. (If client-intake issued a new one per registration,
   * re-entries would be counted as new participants.)
   */
  clientId: string;
  /** Organisation code (tenancy and roll-up). */
  organisation: string;
  /** The operation (Structural Fund project code, e.g. S20738): a participant counts once per project. */
  project: string;
  /**
   * The participant's municipality at entry: Statistics Finland's three-digit code
   * (libs/municipalities). Absent when the registration named none the classification knows.
   */
  municipality?: string;
  /** That municipality's region (maakunta), two-digit code: the regional roll-ups and the `region=` filter. */
  region?: string;
  /** The process's advisor; for organisation managers' reports only, never shown to reporters. */
  advisorId?: string;

  /** The participant data collected at entry (client-intake), as categories. */
  entry: EntryData;

  /** The day the process closed: the participant left the operation. Absent while open. */
  exitDate?: CalendarDate;

  /** Phase dates (scheduling). */
  phases: PhaseDates;
  /** Individual meetings held (all phases). */
  meetingsHeld: number;
  /** Meetings the client did not come to (no-shows). Cancelled and moved meetings are not missed. */
  meetingsMissed: number;
  /** What the initial assessment ended with; absent until it is completed. */
  direction?: GuidanceDirection;
  /** Licence / permit trainings the client was referred to. */
  trainingReferrals: number;
  /** Licences and permits earned (passed trainings), with the day each was earned. */
  licencesEarned: { code: string; date: CalendarDate }[];
  /** Documents generated for the client (any number of versions counts once per generation). */
  documents: { cv: number; application: number };
  /**
   * The client's own ratings (1-5) at the start and at the end (skills-assessment), and who
   * entered each: the client themself, or the advisor on their behalf.
   */
  selfAssessment: { start?: SelfAssessmentScores; end?: SelfAssessmentScores; startBy?: DoneBy; endBy?: DoneBy };
  /**
   * Who did the work the learning outcomes read, in this process (docs/domain.md#the-people:
   * the client makes their own CVs and applications, answers the inventory and the
   * self-assessments, records their skills in their own words): counts of records by the
   * client themself and by the advisor (staff). See ACTIVITY_DEFINITIONS.
   */
  activity: Record<ActivityKind, ByWhom>;

  /** The exit outcome as currently corrected (outcome stream); absent until recorded. */
  exitOutcome?: RecordedOutcome & { exitDate: CalendarDate };
  /** The six-month follow-up as currently corrected; absent until recorded. */
  sixMonthOutcome?: RecordedOutcome & { followUpDate: CalendarDate; improvements: LabourMarketImprovement[] };
  /**
   * Every dated status of the client from the outcome stream, current after corrections and
   * withdrawals: exit record, follow-up, status changes (see labourMarketEventsOf). The
   * 28-day rule reads these. Order does not matter; ties on a date go to the later `sequence`.
   */
  labourMarketEvents: LabourMarketEvent[];
  /** The advisor's confirmation of the seed's learning outcomes; absent until confirmed. */
  learningOutcomes?: LearningOutcomes;
}

export type Gender = 'woman' | 'man' | 'non-binary' | 'not-told';
export type EntryLabourMarketStatus = 'employed' | 'self-employed' | 'unemployed' | 'long-term-unemployed' | 'inactive' | 'in-education';
/**
 * A voluntary question: `not-told` = the client chose not to answer (always allowed);
 * `null` = not asked, or the answer was withdrawn (consent-based data).
 */
export type VoluntaryAnswer = 'yes' | 'no' | 'not-told' | null;

/**
 * `null` everywhere means "not recorded". The four fields gender, labourMarketStatus,
 * ageAtEntry and isced make a record complete (docs/domain.md#structural-fund-reporting); a
 * record missing any of them is left out of every indicator and counted as incomplete.
 */
export interface EntryData {
  /** The day the client entered the operation (registration / process opened). */
  date: CalendarDate;
  /** `not-told` is a complete answer: it counts in totals, not in a gender column. */
  gender: Gender | null;
  /** Whole years on the entry date, from the date of birth (client-intake computes it). */
  ageAtEntry: number | null;
  labourMarketStatus: EntryLabourMarketStatus | null;
  /** Months of continuous unemployment at entry, when unemployed. */
  unemploymentMonths?: number;
  /** Highest completed education, ISCED 2011 level 0-8. */
  isced: IscedLevel | null;
  disability: VoluntaryAnswer;
  foreignBackground: VoluntaryAnswer;
  thirdCountryNational: VoluntaryAnswer;
  minority: VoluntaryAnswer;
  homeless: VoluntaryAnswer;
}

export interface PhaseDates {
  /** The process opened: week 1 of the initial assessment. */
  initialAssessmentStarted: CalendarDate;
  /** The initial assessment completed (direction decided): the follow-up phase starts. */
  initialAssessmentCompleted?: CalendarDate;
  /** The day the phase was first found past its fifth week. */
  initialAssessmentOverdue?: CalendarDate;
}

export type GuidanceDirection = 'group-guidance' | 'licence-training' | 'individual-only';

/** Who did it: the client themself, or the advisor (staff) for them. */
export type DoneBy = 'client' | 'advisor';

export interface ByWhom {
  byClient: number;
  byAdvisor: number;
}

/**
 * The records of the client's own work: CV and application versions generated, interest
 * inventories answered, self-assessment ratings entered (start, during, end), skill entries
 * added, profile texts written.
 */
export const ACTIVITY_KINDS = ['cv', 'application', 'interestInventory', 'selfAssessment', 'skills', 'profileText'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface SelfAssessmentScores {
  selfKnowledge: number;
  identifyOwnSkills: number;
  careerPlanningConfidence: number;
}

export interface RecordedOutcome {
  outcome: OutcomeStatus;
  source: OutcomeSource;
  gainedQualification?: GainedQualification;
}

export interface LabourMarketEvent {
  /** The day the status holds from (a job's start date, else the record's date). */
  date: CalendarDate;
  status: OutcomeStatusCode;
  /** Which record it comes from: `exit`, `follow-up` or `change:<changeId>`. */
  key: string;
  /** Recording order inside the outcome stream, to break ties on the same date. */
  sequence: number;
  /** A qualification gained with this record, if any. */
  gainedQualification?: GainedQualification;
}
