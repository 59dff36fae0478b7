import type { Command } from '@career/event-sourcing';
import type { CancelReason, FailureReason, Recipient, ReminderSubject } from './reminder.events';

/** Plans a reminder once; a repeat (a redelivered fact) changes nothing, a cancelled one is planned again. */
export type ScheduleReminder = Command<
  'ScheduleReminder',
  { reminderId: string; organisation: string; recipient: Recipient; subject: ReminderSubject; dueAt: string; notAfter?: string }
>;

/** A new time for what the reminder is about (a moved meeting); plans it when it is not known yet. */
export type MoveReminder = Command<
  'MoveReminder',
  { reminderId: string; organisation: string; recipient: Recipient; subject: ReminderSubject; dueAt: string; notAfter?: string }
>;

export type CancelReminder = Command<'CancelReminder', { reason: CancelReason }>;

/**
 * From the dispatcher at its `now`, after it has read what the send needs: records the intent
 * (ReminderSending), or decides the reminder is missed or suppressed, or nothing (not due, or
 * another run holds it). `notAfter` overrides the planned one when the owner says otherwise at
 * send time (a session's current start).
 */
export type StartSending = Command<
  'StartSending',
  { leaseMs: number; messageIdDomain: string; optedOut: boolean; nothingToReport?: boolean; notAfter?: string }
>;

export type RecordSent = Command<'RecordSent', { messageId: string }>;

/** `messageId` when the failure came after the intent; `permanent` when trying again cannot help. */
export type RecordFailure = Command<'RecordFailure', { reason: FailureReason; permanent: boolean; messageId?: string }>;

export type ReminderCommand = ScheduleReminder | MoveReminder | CancelReminder | StartSending | RecordSent | RecordFailure;
