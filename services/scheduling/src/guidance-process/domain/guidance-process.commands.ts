import type { Command } from '@career/event-sourcing';
import type { Direction, MeetingMode, MovedBy, ProcessCloseReason } from './guidance-process.events';


export type OpenProcess = Command<
  'OpenProcess',
  { processId: string; clientId: string; advisorId: string; organisation: string }
>;

/**
 * `start` is ISO 8601 with an explicit offset (`Z` or `+03:00`): a local time without one
 * would be read in the server's zone. `extra` (follow-up phase only) books a meeting outside
 * the two-week cadence and must say why.
 */
export type ScheduleMeeting = Command<
  'ScheduleMeeting',
  {
    meetingId: string;
    start: string;
    durationMinutes: number;
    mode: MeetingMode;
    location?: string;
    extra?: { reason: string };
  }
>;

/** A new time (and optionally a new length); the old time stays in the history. */
export type MoveMeeting = Command<
  'MoveMeeting',
  { meetingId: string; start: string; durationMinutes?: number; movedBy: MovedBy; reason?: string }
>;

export type CancelMeeting = Command<'CancelMeeting', { meetingId: string; cancelledBy: 'client' | 'advisor'; reason: string }>;

export type RecordMeetingHeld = Command<'RecordMeetingHeld', { meetingId: string; notes: string }>;

export type RecordNoShow = Command<'RecordNoShow', { meetingId: string }>;

export type CompleteInitialAssessment = Command<
  'CompleteInitialAssessment',
  { direction: Direction; licenceCodes?: string[]; rationale: string }
>;

/** Sent by a scheduled job with its `now`; emits the overdue announcement at most once. */
export type CheckOverdue = Command<'CheckOverdue', Record<string, never>>;

export type ReferToTraining = Command<'ReferToTraining', { referralId: string; licenceCode: string; provider?: string }>;

/** `validUntil` is a calendar date `YYYY-MM-DD`; a licence identifier is required when passed. */
export type RecordTrainingCompletion = Command<
  'RecordTrainingCompletion',
  { referralId: string; passed: boolean; licenceIdentifier?: string; validUntil?: string }
>;

export type CloseProcess = Command<'CloseProcess', { reason: ProcessCloseReason; note?: string }>;

export type GuidanceProcessCommand =
  | OpenProcess
  | ScheduleMeeting
  | MoveMeeting
  | CancelMeeting
  | RecordMeetingHeld
  | RecordNoShow
  | CompleteInitialAssessment
  | CheckOverdue
  | ReferToTraining
  | RecordTrainingCompletion
  | CloseProcess;
