import type { DomainEvent, RecordedEvent } from '@career/event-sourcing';

/** Streams are `reminder-<reminderId>`, the id derived from what the reminder is about (reminder-id.ts). */
export const REMINDER_CATEGORY = 'reminder';

export const REMINDER_KINDS = ['meeting-reminder', 'session-invitation', 'follow-up-request', 'advisor-digest'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Channels behind the one sending port; only e-mail exists (an SMS adapter would add `sms`). */
export const CHANNELS = ['email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who receives it: a client (looked up at send time in client-intake) or an advisor (the advisor directory). */
export type Recipient = { kind: 'client'; clientId: string } | { kind: 'advisor'; advisorId: string };

/**
 * What the message is about: ids, times and codes from the published facts, never personal data
 * (a meeting's location stays in scheduling; the session's description is read at send time).
 */
export type ReminderSubject =
  | { kind: 'meeting-reminder'; processId: string; meetingId: string; start: string; durationMinutes: number; mode?: 'in-person' | 'phone' | 'video' }
  | { kind: 'session-invitation'; sessionId: string }
  | { kind: 'follow-up-request'; processId: string; exitDate: string }
  | { kind: 'advisor-digest'; advisorId: string; date: string };

export const CANCEL_REASONS = ['meeting-cancelled', 'withdrawn', 'client-reentered', 'follow-up-recorded', 'personal-data-destroyed', 'advisor-removed'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/**
 * Why a send failed, as codes (never a server's text: it may quote the address). Transient ones
 * are retried while the reminder still makes sense.
 */
export const FAILURE_REASONS = [
  'no-address',
  'recipient-unknown',
  'personal-data-destroyed',
  'contact-unavailable',
  'details-unavailable',
  'smtp-unavailable',
  'smtp-rejected',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const SUPPRESS_REASONS = ['opted-out', 'nothing-to-report'] as const;
export type SuppressReason = (typeof SUPPRESS_REASONS)[number];

/** Times are ISO 8601 instants in UTC. `notAfter`: from this instant the message no longer makes sense (the meeting has begun). */
export type ReminderScheduled = DomainEvent<
  'ReminderScheduled',
  { reminderId: string; organisation: string; recipient: Recipient; subject: ReminderSubject; channel: Channel; dueAt: string; notAfter?: string; scheduledAt: string }
>;

/** A new time (a moved meeting), or a cancelled reminder planned again; a reminder already sent or given up starts a new round. */
export type ReminderRescheduled = DomainEvent<
  'ReminderRescheduled',
  { subject: ReminderSubject; dueAt: string; notAfter?: string; round: number; rescheduledAt: string }
>;

export type ReminderCancelled = DomainEvent<'ReminderCancelled', { reason: CancelReason; cancelledAt: string }>;

/**
 * The intent, recorded before the message is handed to the mail server: its Message-ID is fixed
 * here, so a resend after a crash (`resumed`) carries the same one and a duplicate is recognisable.
 * Until `leaseUntil` no other run touches the reminder.
 */
export type ReminderSending = DomainEvent<
  'ReminderSending',
  { round: number; attempt: number; messageId: string; channel: Channel; resumed: boolean; leaseUntil: string; startedAt: string }
>;

export type ReminderSent = DomainEvent<'ReminderSent', { round: number; attempt: number; messageId: string; channel: Channel; sentAt: string }>;

/** `retryAt` when it will be tried again; without it the reminder has failed for good. */
export type ReminderFailed = DomainEvent<
  'ReminderFailed',
  { round: number; attempt: number; reason: FailureReason; messageId?: string; retryAt?: string; failedAt: string }
>;

export type ReminderSuppressed = DomainEvent<'ReminderSuppressed', { round: number; reason: SuppressReason; channel: Channel; suppressedAt: string }>;

/** It fell due while it could not be sent (the service was down, or kept failing) and no longer makes sense. */
export type ReminderMissed = DomainEvent<'ReminderMissed', { round: number; dueAt: string; notAfter: string; missedAt: string }>;

export type ReminderEvent =
  | ReminderScheduled
  | ReminderRescheduled
  | ReminderCancelled
  | ReminderSending
  | ReminderSent
  | ReminderFailed
  | ReminderSuppressed
  | ReminderMissed;

/** A stored event as the decider's union (the store types `type` and `data` apart, so one cast, here). */
export function reminderEventOf(recorded: Pick<RecordedEvent, 'type' | 'data'>): ReminderEvent {
  return { type: recorded.type, data: recorded.data } as ReminderEvent;
}

/** Current schema version of each event type. No personal field: ids, times and codes only. */
export const REMINDER_SCHEMA_VERSIONS: Record<ReminderEvent['type'], number> = {
  ReminderScheduled: 1,
  ReminderRescheduled: 1,
  ReminderCancelled: 1,
  ReminderSending: 1,
  ReminderSent: 1,
  ReminderFailed: 1,
  ReminderSuppressed: 1,
  ReminderMissed: 1,
};
