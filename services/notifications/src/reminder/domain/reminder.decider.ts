import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../notifications.errors';
import type { RecordFailure, ReminderCommand, StartSending } from './reminder.commands';
import type { ReminderEvent, ReminderSubject } from './reminder.events';
import { MAX_ATTEMPTS, messageIdOf, retryDelayMs } from './reminder.rules';
import { sendingStepOf, type ReminderDetails, type ReminderState } from './reminder.state';

type Known = Exclude<ReminderState, { status: 'Empty' }>;

/**
 * A reminder (docs/domain.md#the-process: the client's meetings, group sessions and six-month
 * follow-up; the advisor's daily digest): planned from a fact, moved or cancelled by later facts,
 * and sent once: the intent is recorded (ReminderSending, with the Message-ID) before the mail
 * server sees the message, the result after it. A crash between the two leaves an intent whose
 * lease runs out; the next run resumes it with the same Message-ID. Time is the command's `now`.
 */
export const reminderDecider: Decider<ReminderState, ReminderCommand, ReminderEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    const now = command.metadata.now;
    const at = now.toISOString();
    switch (command.type) {
      case 'ScheduleReminder': {
        const { reminderId, organisation, recipient, subject, dueAt, notAfter } = command.data;
        if (state.status === 'Empty') {
          return [{ type: 'ReminderScheduled', data: { reminderId, organisation, recipient, subject, channel: 'email', dueAt, ...(notAfter ? { notAfter } : {}), scheduledAt: at } }];
        }
        if (state.status !== 'cancelled') return [];
        return [{ type: 'ReminderRescheduled', data: { subject, dueAt, ...(notAfter ? { notAfter } : {}), round: state.round + 1, rescheduledAt: at } }];
      }
      case 'MoveReminder': {
        const { reminderId, organisation, recipient, subject, dueAt, notAfter } = command.data;
        if (state.status === 'Empty') {
          return [{ type: 'ReminderScheduled', data: { reminderId, organisation, recipient, subject, channel: 'email', dueAt, ...(notAfter ? { notAfter } : {}), scheduledAt: at } }];
        }
        if (state.status === 'cancelled') return [];
        if (state.dueAt === dueAt && state.notAfter === notAfter) return [];
        // Pending (or in flight): the same round at the new time. Sent or given up: a new round.
        const round = state.status === 'pending' || state.status === 'sending' ? state.round : state.round + 1;
        // A move names only what changed (a moved meeting's fact has no mode): keep the rest.
        const moved = state.subject.kind === subject.kind ? ({ ...state.subject, ...subject } as ReminderSubject) : subject;
        return [{ type: 'ReminderRescheduled', data: { subject: moved, dueAt, ...(notAfter ? { notAfter } : {}), round, rescheduledAt: at } }];
      }
      case 'CancelReminder': {
        if (state.status !== 'pending' && state.status !== 'sending') return [];
        return [{ type: 'ReminderCancelled', data: { reason: command.data.reason, cancelledAt: at } }];
      }
      case 'StartSending':
        return startSending(command, state, now);
      case 'RecordSent': {
        const inFlight = requireKnown(state).inFlight;
        if (inFlight?.messageId !== command.data.messageId) return [];
        return [{ type: 'ReminderSent', data: { round: inFlight.round, attempt: inFlight.attempt, messageId: inFlight.messageId, channel: 'email', sentAt: at } }];
      }
      case 'RecordFailure':
        return recordFailure(command, requireKnown(state), now);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ReminderScheduled': {
        const { reminderId, organisation, recipient, subject, channel, dueAt, notAfter } = event.data;
        return { status: 'pending', reminderId, organisation, recipient, subject, channel, dueAt, ...(notAfter ? { notAfter } : {}), round: 1, attempts: 0 };
      }
      case 'ReminderRescheduled':
        return mapKnown(state, (r) => {
          const { subject, dueAt, notAfter, round } = event.data;
          const moved: ReminderDetails = { ...withoutRetry(r), subject, dueAt, notAfter, round, attempts: round === r.round ? r.attempts : 0 };
          // In flight: the send in hand finishes its round; its result opens this one (see afterResult).
          return { ...moved, status: r.status === 'sending' ? 'sending' : 'pending' };
        });
      case 'ReminderCancelled':
        return mapKnown(state, (r) => ({ ...r, status: 'cancelled' }));
      case 'ReminderSending': {
        const { round, attempt, messageId, leaseUntil } = event.data;
        return mapKnown(state, (r) => ({ ...withoutRetry(r), status: 'sending', attempts: attempt, inFlight: { round, attempt, messageId, leaseUntil, dueAt: r.dueAt } }));
      }
      case 'ReminderSent':
        return mapKnown(state, (r) => afterResult(r, 'sent'));
      case 'ReminderFailed':
        return mapKnown(state, (r) => {
          const failed = { ...r, attempts: event.data.attempt };
          if (event.data.retryAt && r.status !== 'cancelled') return { ...withoutInFlight(failed), status: 'pending', retryAt: event.data.retryAt };
          return afterResult(failed, 'failed');
        });
      case 'ReminderSuppressed':
        return mapKnown(state, (r) => ({ ...withoutInFlight(withoutRetry(r)), status: 'suppressed' }));
      case 'ReminderMissed':
        return mapKnown(state, (r) => ({ ...withoutInFlight(withoutRetry(r)), status: 'missed' }));
      default:
        return assertNever(event);
    }
  },
};

function startSending(command: StartSending, state: ReminderState, now: Date): ReminderEvent[] {
  const step = sendingStepOf(state, now, command.data.notAfter);
  if (state.status === 'Empty' || step === 'settled' || step === 'not-due' || step === 'held') return [];
  const at = now.toISOString();
  if (step === 'too-late') {
    return [{ type: 'ReminderMissed', data: { round: state.round, dueAt: state.dueAt, notAfter: (command.data.notAfter ?? state.notAfter) as string, missedAt: at } }];
  }
  if (command.data.optedOut) return [{ type: 'ReminderSuppressed', data: { round: state.round, reason: 'opted-out', channel: state.channel, suppressedAt: at } }];
  if (command.data.nothingToReport) {
    return [{ type: 'ReminderSuppressed', data: { round: state.round, reason: 'nothing-to-report', channel: state.channel, suppressedAt: at } }];
  }
  const resumed = state.status === 'sending' && state.inFlight !== undefined && state.inFlight.round === state.round;
  const messageId = resumed && state.inFlight ? state.inFlight.messageId : messageIdOf(state.reminderId, state.round, command.data.messageIdDomain);
  return [
    {
      type: 'ReminderSending',
      data: {
        round: state.round,
        attempt: state.attempts + 1,
        messageId,
        channel: state.channel,
        resumed,
        leaseUntil: new Date(now.getTime() + command.data.leaseMs).toISOString(),
        startedAt: at,
      },
    },
  ];
}

function recordFailure(command: RecordFailure, state: Known, now: Date): ReminderEvent[] {
  const { reason, permanent, messageId } = command.data;
  const at = now.toISOString();
  let attempt: number;
  if (messageId !== undefined) {
    // After the intent: only the send in hand can fail.
    if (state.inFlight?.messageId !== messageId) return [];
    attempt = state.inFlight.attempt;
  } else {
    // Before the intent (an owner's API could not be read): counts as an attempt of a pending reminder.
    if (state.status !== 'pending') return [];
    attempt = state.attempts + 1;
  }
  const retryAt = new Date(now.getTime() + retryDelayMs(attempt));
  const retries = !permanent && attempt < MAX_ATTEMPTS && (!state.notAfter || retryAt.getTime() < Date.parse(state.notAfter));
  return [
    {
      type: 'ReminderFailed',
      data: { round: state.round, attempt, reason, ...(messageId ? { messageId } : {}), ...(retries ? { retryAt: retryAt.toISOString() } : {}), failedAt: at },
    },
  ];
}

/** A result closes the send in hand; a move or a cancellation that came meanwhile decides what follows. */
function afterResult(r: ReminderDetails & { status: Known['status'] }, outcome: 'sent' | 'failed'): Known {
  const inFlight = r.inFlight;
  const base = withoutInFlight(withoutRetry(r));
  if (r.status === 'cancelled') return { ...base, status: 'cancelled' };
  if (inFlight && inFlight.dueAt !== r.dueAt) return { ...base, status: 'pending', round: r.round + (inFlight.round === r.round ? 1 : 0), attempts: 0 };
  return { ...base, status: outcome };
}

function requireKnown(state: ReminderState): Known {
  if (state.status === 'Empty') throw refuse('REMINDER.NOT_FOUND');
  return state;
}

function mapKnown(state: ReminderState, change: (reminder: Known) => Known): ReminderState {
  return state.status === 'Empty' ? state : change(state);
}

function withoutRetry<T extends ReminderDetails>(r: T): T {
  const { retryAt: _retryAt, ...rest } = r;
  return rest as T;
}

function withoutInFlight<T extends ReminderDetails>(r: T): T {
  const { inFlight: _inFlight, ...rest } = r;
  return rest as T;
}
