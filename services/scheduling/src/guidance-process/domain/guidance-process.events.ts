import type { DomainEvent, RecordedEvent } from '@career/event-sourcing';

/** Streams are `guidanceProcess-<processId>`. */
export const GUIDANCE_PROCESS_CATEGORY = 'guidanceProcess';

export type ProcessPhase = 'initial-assessment' | 'follow-up';
export type MeetingMode = 'in-person' | 'phone' | 'video';
export type Direction = 'group-guidance' | 'licence-training' | 'individual-only';
/** `system`: cancelled because the process closed while the meeting was still ahead. */
export type CancelledBy = 'client' | 'advisor' | 'system';
export type MovedBy = 'client' | 'advisor';
export type ProcessCloseReason = 'client-exited' | 'transferred' | 'other';

/** Times are ISO 8601 instants in UTC (`toISOString()`); dates are `YYYY-MM-DD`. */
export type ProcessOpened = DomainEvent<
  'ProcessOpened',
  { processId: string; clientId: string; advisorId: string; organisation: string; openedAt: string }
>;

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  {
    meetingId: string;
    /** The process's advisor, repeated so the advisor-agenda projection needs no join. */
    advisorId: string;
    /** The phase the meeting belongs to: decides which cadence rule governs it. */
    phase: ProcessPhase;
    start: string;
    durationMinutes: number;
    mode: MeetingMode;
    location?: string;
    /** An extra follow-up meeting outside the two-week cadence; it does not move the cadence. */
    extra: boolean;
    extraReason?: string;
    scheduledAt: string;
  }
>;

export type MeetingMoved = DomainEvent<
  'MeetingMoved',
  {
    meetingId: string;
    from: { start: string; durationMinutes: number };
    to: { start: string; durationMinutes: number };
    movedBy: MovedBy;
    reason?: string;
    movedAt: string;
  }
>;

export type MeetingCancelled = DomainEvent<
  'MeetingCancelled',
  { meetingId: string; cancelledBy: CancelledBy; reason: string; cancelledAt: string }
>;

export type MeetingHeld = DomainEvent<'MeetingHeld', { meetingId: string; notes: string; recordedAt: string }>;

/** The client did not come to the meeting. */
export type MeetingNoShowRecorded = DomainEvent<'MeetingNoShowRecorded', { meetingId: string; recordedAt: string }>;

export type InitialAssessmentCompleted = DomainEvent<
  'InitialAssessmentCompleted',
  {
    direction: Direction;
    /** Catalogue codes; non-empty exactly when direction is `licence-training`. */
    licenceCodes: string[];
    rationale: string;
    meetingsHeld: number;
    completedAt: string;
  }
>;

/** Announced once, the first time a scheduled check finds the phase past its fifth week. */
export type InitialAssessmentOverdue = DomainEvent<
  'InitialAssessmentOverdue',
  { firstWeek: string; overdueSince: string; meetingsHeld: number; detectedAt: string }
>;

export type TrainingReferralMade = DomainEvent<
  'TrainingReferralMade',
  { referralId: string; licenceCode: string; provider?: string; referredAt: string }
>;

export type TrainingCompleted = DomainEvent<
  'TrainingCompleted',
  {
    referralId: string;
    licenceCode: string;
    passed: boolean;
    /** The card's number: links to the person in the issuer's register, hence personal. */
    licenceIdentifier?: string;
    validUntil?: string;
    completedAt: string;
  }
>;

export type ProcessClosed = DomainEvent<'ProcessClosed', { reason: ProcessCloseReason; note?: string; closedAt: string }>;

export type GuidanceProcessEvent =
  | ProcessOpened
  | MeetingScheduled
  | MeetingMoved
  | MeetingCancelled
  | MeetingHeld
  | MeetingNoShowRecorded
  | InitialAssessmentCompleted
  | InitialAssessmentOverdue
  | TrainingReferralMade
  | TrainingCompleted
  | ProcessClosed;

/** A stored event as the decider's union (the store types `type` and `data` apart, so one cast, here). */
export function guidanceProcessEventOf(recorded: Pick<RecordedEvent, 'type' | 'data'>): GuidanceProcessEvent {
  return { type: recorded.type, data: recorded.data } as GuidanceProcessEvent;
}

/**
 * Payload fields that are personal data, encrypted with the client's key at rest (libs/privacy)
 * and never published: every free text (it can say anything about the client), the meeting
 * location (a home visit's location is the client's address) and the licence card number.
 */
export const PERSONAL_FIELDS: Readonly<Record<GuidanceProcessEvent['type'], readonly string[]>> = {
  ProcessOpened: [],
  MeetingScheduled: ['location', 'extraReason'],
  MeetingMoved: ['reason'],
  MeetingCancelled: ['reason'],
  MeetingHeld: ['notes'],
  MeetingNoShowRecorded: [],
  InitialAssessmentCompleted: ['rationale'],
  InitialAssessmentOverdue: [],
  TrainingReferralMade: [],
  TrainingCompleted: ['licenceIdentifier'],
  ProcessClosed: ['note'],
};

/** Current schema version of each event type (a new version comes with an upcaster). */
export const GUIDANCE_PROCESS_SCHEMA_VERSIONS: Record<GuidanceProcessEvent['type'], number> = {
  ProcessOpened: 1,
  MeetingScheduled: 1,
  MeetingMoved: 1,
  MeetingCancelled: 1,
  MeetingHeld: 1,
  MeetingNoShowRecorded: 1,
  InitialAssessmentCompleted: 1,
  InitialAssessmentOverdue: 1,
  TrainingReferralMade: 1,
  TrainingCompleted: 1,
  ProcessClosed: 1,
};
