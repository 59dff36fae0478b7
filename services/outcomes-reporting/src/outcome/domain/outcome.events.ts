import type { CalendarDate } from '@career/calendar';
import type { DomainEvent } from '@career/event-sourcing';

/** Streams are `outcome-<processId>`: one per client process (scheduling's process id). */
export const OUTCOME_CATEGORY = 'outcome';

/**
 * What the client is doing (docs/domain.md#the-process, step 9). `employed` includes
 * part-time and fixed-term work; `self-employed` includes a business the client started;
 * `studying` is a study place in formal education; `in-training` is non-degree training
 * (e.g. labour-market training).
 */
export type OutcomeStatusCode = 'employed' | 'self-employed' | 'studying' | 'in-training' | 'job-searching' | 'inactive' | 'other';
export const OUTCOME_STATUS_CODES: readonly OutcomeStatusCode[] = [
  'employed',
  'self-employed',
  'studying',
  'in-training',
  'job-searching',
  'inactive',
  'other',
];

export type WorkingTime = 'full-time' | 'part-time';
export type ContractType = 'permanent' | 'fixed-term';
export type InstitutionType = 'upper-secondary' | 'vocational' | 'university-of-applied-sciences' | 'university' | 'other';
/** ISCED 2011 level of the studies started (0-8). */
export type IscedLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * The status with its details, as categories only: no employer name, no free text, nothing
 * that identifies the client on its own, except a sole trader's business ID (see
 * PERSONAL_FIELDS). `startDate` is when the job, business or studies began or begin.
 */
export type OutcomeStatus =
  | { status: 'employed'; workingTime: WorkingTime; contract: ContractType; startDate: CalendarDate }
  | { status: 'self-employed'; businessId?: string; startDate?: CalendarDate }
  | { status: 'studying'; institutionType: InstitutionType; iscedLevel: IscedLevel; startDate?: CalendarDate }
  | { status: 'in-training' }
  | { status: 'job-searching' }
  | { status: 'inactive' }
  | { status: 'other' };

/** Who the information came from. */
export type OutcomeSource = 'client' | 'register' | 'employer';

/** A qualification, licence or permit gained, by its catalogue code (e.g. `forklift-licence`). */
export interface GainedQualification {
  kind: 'licence' | 'qualification' | 'partial-qualification' | 'other';
  code: string;
}

/**
 * ESF 2014-2020 "improved labour market situation" (CR07) for a participant employed at entry:
 * precarious to stable work, under-employment to full employment, a job needing higher
 * skills, or a promotion, six months after leaving.
 */
export type LabourMarketImprovement = 'precarious-to-stable' | 'underemployed-to-full' | 'higher-skilled-job' | 'promotion';

/** Advisor-confirmed learning outcomes: the results the practice names (docs/domain.md#the-practice). */
export interface LearningOutcomes {
  learnedToIdentifySkills: boolean;
  drewUpSkillsCv: boolean;
  wroteJobApplication: boolean;
  improvedSelfKnowledge: boolean;
  improvedConfidence: boolean;
}
export const LEARNING_OUTCOME_KEYS: readonly (keyof LearningOutcomes)[] = [
  'learnedToIdentifySkills',
  'drewUpSkillsCv',
  'wroteJobApplication',
  'improvedSelfKnowledge',
  'improvedConfidence',
];

/** Why a recorded fact was replaced: a code, never free text (free text could name people). */
export type CorrectionReason = 'entry-error' | 'new-information' | 'register-check';

/** Times are ISO 8601 instants (`recordedAt`); dates are `YYYY-MM-DD`. */
export interface OutcomeRecord {
  outcome: OutcomeStatus;
  source: OutcomeSource;
  gainedQualification?: GainedQualification;
}

export type ExitOutcomeRecorded = DomainEvent<
  'ExitOutcomeRecorded',
  { processId: string; clientId: string; organisation: string; exitDate: CalendarDate; recordedAt: string } & OutcomeRecord
>;

/** Replaces the exit record as a whole; the original stays in the stream. */
export type ExitOutcomeCorrected = DomainEvent<
  'ExitOutcomeCorrected',
  { exitDate: CalendarDate; reason: CorrectionReason; recordedAt: string } & OutcomeRecord
>;

/** The status about six months after leaving (inside FOLLOW_UP_WINDOW of the exit date). */
export type FollowUpOutcomeRecorded = DomainEvent<
  'FollowUpOutcomeRecorded',
  { followUpDate: CalendarDate; improvements: LabourMarketImprovement[]; recordedAt: string } & OutcomeRecord
>;

export type FollowUpOutcomeCorrected = DomainEvent<
  'FollowUpOutcomeCorrected',
  { followUpDate: CalendarDate; improvements: LabourMarketImprovement[]; reason: CorrectionReason; recordedAt: string } & OutcomeRecord
>;

/**
 * A change of status after leaving that is not a correction: the exit record was true when
 * made (job searching), and later the client reports a job starting on day 20. These are
 * what the 28-day rule looks at. `date` is when the change was observed; the status counts
 * from its `startDate` when it has one.
 */
export type StatusChangeRecorded = DomainEvent<
  'StatusChangeRecorded',
  { changeId: string; date: CalendarDate; recordedAt: string } & OutcomeRecord
>;

/** A status change that should never have been recorded (wrong client, misunderstanding). */
export type StatusChangeWithdrawn = DomainEvent<
  'StatusChangeWithdrawn',
  { changeId: string; reason: CorrectionReason; recordedAt: string }
>;

/** The advisor's confirmation; a later confirmation replaces an earlier one. */
export type LearningOutcomesConfirmed = DomainEvent<'LearningOutcomesConfirmed', LearningOutcomes & { confirmedAt: string }>;

export type OutcomeEvent =
  | ExitOutcomeRecorded
  | ExitOutcomeCorrected
  | FollowUpOutcomeRecorded
  | FollowUpOutcomeCorrected
  | StatusChangeRecorded
  | StatusChangeWithdrawn
  | LearningOutcomesConfirmed;

/**
 * Payload fields that are personal data (encrypted with the client's key at rest, never
 * published): a sole trader's business ID is public in the trade register under the
 * person's name, so it identifies the client.
 */
export const PERSONAL_FIELDS: Readonly<Record<OutcomeEvent['type'], readonly string[]>> = {
  ExitOutcomeRecorded: ['outcome.businessId'],
  ExitOutcomeCorrected: ['outcome.businessId'],
  FollowUpOutcomeRecorded: ['outcome.businessId'],
  FollowUpOutcomeCorrected: ['outcome.businessId'],
  StatusChangeRecorded: ['outcome.businessId'],
  StatusChangeWithdrawn: [],
  LearningOutcomesConfirmed: [],
};

/**
 * The status as categories: without the business ID (PERSONAL_FIELDS), which read models,
 * reports and published events never carry. Read from the store without decrypting, the ID
 * is an encrypted value; either way it is left out.
 */
export function withoutBusinessId(status: OutcomeStatus): OutcomeStatus {
  if (status.status !== 'self-employed' || !('businessId' in status)) return status;
  const { businessId: _personal, ...categories } = status;
  return categories;
}

/** Current schema version of each event type (a new version comes with an upcaster). */
export const OUTCOME_SCHEMA_VERSIONS: Record<OutcomeEvent['type'], number> = {
  ExitOutcomeRecorded: 1,
  ExitOutcomeCorrected: 1,
  FollowUpOutcomeRecorded: 1,
  FollowUpOutcomeCorrected: 1,
  StatusChangeRecorded: 1,
  StatusChangeWithdrawn: 1,
  LearningOutcomesConfirmed: 1,
};
