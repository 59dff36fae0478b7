import type { Channel, Recipient, ReminderSubject } from './reminder.events';

export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'missed' | 'cancelled';

/** An intent without a result yet (the mail may or may not have left). */
export interface InFlight {
  round: number;
  attempt: number;
  messageId: string;
  leaseUntil: string;
  /** The due time the intent was made for: a move after it starts a new round once the result is in. */
  dueAt: string;
}

export interface ReminderDetails {
  reminderId: string;
  organisation: string;
  recipient: Recipient;
  subject: ReminderSubject;
  channel: Channel;
  dueAt: string;
  notAfter?: string;
  /** 1 at first; a reschedule after a send (or after giving up) starts the next. */
  round: number;
  /** Attempts in this round so far. */
  attempts: number;
  retryAt?: string;
  inFlight?: InFlight;
}

export type ReminderState = { status: 'Empty' } | ({ status: ReminderStatus } & ReminderDetails);

/** When the dispatcher should look at it next: undefined once nothing more will happen. */
export function wakeAtOf(state: ReminderState): string | undefined {
  if (state.status === 'pending') return state.retryAt ?? state.dueAt;
  if (state.status === 'sending') return state.inFlight?.leaseUntil;
  return undefined;
}

/**
 * Where a reminder stands for a send at `now` (the decider's rule, also asked by the dispatcher
 * before it reads anything, so nothing personal is read for a reminder that will not go out):
 * settled (sent, given up, cancelled), not due yet, held by another run's lease, too late (the
 * moment it was about has begun), or to be sent now.
 */
export type SendingStep = 'settled' | 'not-due' | 'held' | 'too-late' | 'go';

export function sendingStepOf(state: ReminderState, now: Date, notAfter?: string): SendingStep {
  if (state.status !== 'pending' && state.status !== 'sending') return 'settled';
  if (state.status === 'pending' && now.getTime() < Date.parse(state.retryAt ?? state.dueAt)) return 'not-due';
  if (state.status === 'sending' && state.inFlight && now.getTime() < Date.parse(state.inFlight.leaseUntil)) return 'held';
  const deadline = notAfter ?? state.notAfter;
  if (deadline && now.getTime() >= Date.parse(deadline)) return 'too-late';
  return 'go';
}
