import type { IsoWeek } from '@career/calendar';
import type { TimeSlot } from './time-slot';
import type { CancelledBy, Direction, MeetingMode, MovedBy, ProcessCloseReason, ProcessPhase } from './guidance-process.events';

export type MeetingStatus = 'scheduled' | 'held' | 'no-show' | 'cancelled';

/** What happened to a meeting, oldest first: nothing is erased, a move keeps the old slot. */
export type MeetingChange =
  | { change: 'scheduled'; at: string; slot: TimeSlot }
  | { change: 'moved'; at: string; from: TimeSlot; to: TimeSlot; by: MovedBy }
  | { change: 'cancelled'; at: string; by: CancelledBy }
  | { change: 'held'; at: string }
  | { change: 'no-show'; at: string };

/**
 * A meeting as the rules need it. Free-text personal fields (notes, reasons, location) are not
 * kept in the state: no rule reads them, and the read models get them from the events.
 */
export interface Meeting {
  meetingId: string;
  phase: ProcessPhase;
  start: string;
  durationMinutes: number;
  mode: MeetingMode;
  extra: boolean;
  status: MeetingStatus;
  history: MeetingChange[];
}

export interface InitialAssessment {
  /** Week 1 of the phase: the Helsinki ISO week the process was opened in. */
  firstWeek: IsoWeek;
  /** Monday 00:00 Helsinki of week 6: from this instant an uncompleted phase is overdue. */
  overdueFrom: string;
  overdueAnnouncedAt?: string;
  completedAt?: string;
}

export interface DirectionDecision {
  direction: Direction;
  licenceCodes: string[];
  decidedAt: string;
}

export interface TrainingReferral {
  referralId: string;
  licenceCode: string;
  provider?: string;
  referredAt: string;
  completion?: { passed: boolean; validUntil?: string; completedAt: string };
}

export interface ProcessDetails {
  processId: string;
  clientId: string;
  advisorId: string;
  organisation: string;
  openedAt: string;
  phase: ProcessPhase;
  initialAssessment: InitialAssessment;
  direction?: DirectionDecision;
  /**
   * Follow-up phase only: the Helsinki calendar date the next follow-up meeting is due,
   * two weeks after the latest scheduled or held regular follow-up meeting, or after the
   * completion of the initial assessment when there is none yet.
   */
  nextDueDate?: string;
  meetings: Meeting[];
  referrals: TrainingReferral[];
}

export type GuidanceProcessState =
  | { status: 'Empty' }
  | ({ status: 'Open' } & ProcessDetails)
  | ({ status: 'Closed'; closedAt: string; closeReason: ProcessCloseReason } & ProcessDetails);

/** Scheduled or held meetings fill their cadence slot; cancelled and no-show ones free it. */
export function occupiesCadenceSlot(meeting: Meeting): boolean {
  return meeting.status === 'scheduled' || meeting.status === 'held';
}
