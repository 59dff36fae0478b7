import { fold } from '@career/event-sourcing';
import { given as givenHistory } from '@career/testing';
import type { ReminderCommand } from './reminder.commands';
import { reminderDecider as decider } from './reminder.decider';
import type { ReminderEvent, ReminderSubject } from './reminder.events';
import { MAX_ATTEMPTS, messageIdOf } from './reminder.rules';

const given = (events: ReminderEvent[]) => givenHistory(decider, events);
const meta = (now: string) => ({ now: new Date(now) });

const ID = '7d1f0a7e-1111-5222-8333-444455556666';
const CLIENT = '0f6c7c1e-9a2b-4c3d-8e4f-5a6b7c8d9e0f';
const DOMAIN = 'notifications.test';
const START = '2026-05-12T10:00:00.000Z';
const DUE = '2026-05-11T10:00:00.000Z';
const subject: ReminderSubject = { kind: 'meeting-reminder', processId: 'p-1', meetingId: 'm-1', start: START, durationMinutes: 60, mode: 'in-person' };
const recipient = { kind: 'client', clientId: CLIENT } as const;

const scheduled: ReminderEvent = {
  type: 'ReminderScheduled',
  data: { reminderId: ID, organisation: 'ORG1', recipient, subject, channel: 'email', dueAt: DUE, notAfter: START, scheduledAt: '2026-05-01T08:00:00.000Z' },
};
const sending = (at: string, attempt = 1, resumed = false, round = 1): ReminderEvent => ({
  type: 'ReminderSending',
  data: { round, attempt, messageId: messageIdOf(ID, round, DOMAIN), channel: 'email', resumed, leaseUntil: new Date(Date.parse(at) + 60_000).toISOString(), startedAt: at },
});
const start = (now: string, extra: Partial<Extract<ReminderCommand, { type: 'StartSending' }>['data']> = {}): ReminderCommand => ({
  type: 'StartSending',
  data: { leaseMs: 60_000, messageIdDomain: DOMAIN, optedOut: false, ...extra },
  metadata: meta(now),
});
const schedule = (now: string): ReminderCommand => ({
  type: 'ScheduleReminder',
  data: { reminderId: ID, organisation: 'ORG1', recipient, subject, dueAt: DUE, notAfter: START },
  metadata: meta(now),
});

describe('reminder decider: planned once, moved and cancelled by the facts', () => {
  it('plans a reminder once: a redelivered fact plans nothing', () => {
    given([]).when(schedule('2026-05-01T08:00:00.000Z')).then([scheduled]);
    given([scheduled]).when(schedule('2026-05-01T08:00:05.000Z')).then([]);
  });

  it('moves a pending reminder in its round; a sent one starts a new round with a new Message-ID', () => {
    const moved = { ...subject, start: '2026-05-19T10:00:00.000Z' };
    const move: ReminderCommand = {
      type: 'MoveReminder',
      data: { reminderId: ID, organisation: 'ORG1', recipient, subject: moved, dueAt: '2026-05-18T10:00:00.000Z', notAfter: moved.start },
      metadata: meta('2026-05-02T08:00:00.000Z'),
    };
    const rescheduled = (round: number): ReminderEvent => ({
      type: 'ReminderRescheduled',
      data: { subject: moved, dueAt: '2026-05-18T10:00:00.000Z', notAfter: moved.start, round, rescheduledAt: '2026-05-02T08:00:00.000Z' },
    });
    given([scheduled]).when(move).then([rescheduled(1)]);
    const sent: ReminderEvent = { type: 'ReminderSent', data: { round: 1, attempt: 1, messageId: messageIdOf(ID, 1, DOMAIN), channel: 'email', sentAt: DUE } };
    given([scheduled, sending(DUE), sent]).when(move).then([rescheduled(2)]);
    given([scheduled, sending(DUE), sent, rescheduled(2)]).when(start('2026-05-18T10:00:01.000Z')).then([sending('2026-05-18T10:00:01.000Z', 1, false, 2)]);
  });

  it('a move while the send is in flight: the send finishes its round, the new time gets the next round', () => {
    const moved = { ...subject, start: '2026-05-19T10:00:00.000Z' };
    const history: ReminderEvent[] = [
      scheduled,
      sending(DUE),
      { type: 'ReminderRescheduled', data: { subject: moved, dueAt: '2026-05-18T10:00:00.000Z', notAfter: moved.start, round: 1, rescheduledAt: DUE } },
      { type: 'ReminderSent', data: { round: 1, attempt: 1, messageId: messageIdOf(ID, 1, DOMAIN), channel: 'email', sentAt: DUE } },
    ];
    const state = fold(decider, history);
    expect(state).toMatchObject({ status: 'pending', round: 2, dueAt: '2026-05-18T10:00:00.000Z', attempts: 0 });
  });

  it('cancels a pending reminder and nothing is sent after it', () => {
    const cancelled: ReminderEvent = { type: 'ReminderCancelled', data: { reason: 'meeting-cancelled', cancelledAt: '2026-05-03T08:00:00.000Z' } };
    given([scheduled]).when({ type: 'CancelReminder', data: { reason: 'meeting-cancelled' }, metadata: meta('2026-05-03T08:00:00.000Z') }).then([cancelled]);
    given([scheduled, cancelled]).when(start(DUE)).then([]);
    // An intent cut short by a crash is never resumed once the meeting is cancelled.
    given([scheduled, sending(DUE), cancelled]).when(start('2026-05-11T10:05:00.000Z')).then([]);
  });
});

describe('reminder decider: sent once, on time', () => {
  it('is not sent before it is due', () => {
    given([scheduled]).when(start('2026-05-11T09:59:59.000Z')).then([]);
  });

  it('records the intent with a Message-ID derived from the reminder, then the result', () => {
    given([scheduled]).when(start(DUE)).then([sending(DUE)]);
    given([scheduled, sending(DUE)])
      .when({ type: 'RecordSent', data: { messageId: messageIdOf(ID, 1, DOMAIN) }, metadata: meta('2026-05-11T10:00:01.000Z') })
      .then([{ type: 'ReminderSent', data: { round: 1, attempt: 1, messageId: messageIdOf(ID, 1, DOMAIN), channel: 'email', sentAt: '2026-05-11T10:00:01.000Z' } }]);
  });

  it('leaves an intent alone while its lease runs; after it, resumes with the same Message-ID', () => {
    given([scheduled, sending(DUE)]).when(start('2026-05-11T10:00:30.000Z')).then([]);
    given([scheduled, sending(DUE)]).when(start('2026-05-11T10:01:00.000Z')).then([sending('2026-05-11T10:01:00.000Z', 2, true)]);
  });

  it('records a reminder that fell due while it could not be sent as missed once the meeting has begun', () => {
    given([scheduled]).when(start('2026-05-12T10:00:00.000Z')).then([
      { type: 'ReminderMissed', data: { round: 1, dueAt: DUE, notAfter: START, missedAt: '2026-05-12T10:00:00.000Z' } },
    ]);
    // Late but the meeting still ahead: it goes out.
    given([scheduled]).when(start('2026-05-12T09:00:00.000Z')).then([sending('2026-05-12T09:00:00.000Z')]);
    // An intent interrupted and found only after the meeting began: missed, not sent late.
    given([scheduled, sending(DUE)]).when(start('2026-05-12T10:30:00.000Z')).then([
      { type: 'ReminderMissed', data: { round: 1, dueAt: DUE, notAfter: START, missedAt: '2026-05-12T10:30:00.000Z' } },
    ]);
  });

  it('suppresses a reminder the client opted out of on its channel', () => {
    given([scheduled]).when(start(DUE, { optedOut: true })).then([
      { type: 'ReminderSuppressed', data: { round: 1, reason: 'opted-out', channel: 'email', suppressedAt: DUE } },
    ]);
  });

  it('retries a transient failure with backoff, gives up after the last attempt or a permanent failure', () => {
    const failure = (permanent: boolean, attempt = 1): ReminderCommand => ({
      type: 'RecordFailure',
      data: { reason: permanent ? 'smtp-rejected' : 'smtp-unavailable', permanent, messageId: messageIdOf(ID, 1, DOMAIN) },
      metadata: meta(`2026-05-11T10:0${attempt - 1}:00.000Z`),
    });
    given([scheduled, sending(DUE)]).when(failure(false)).then([
      { type: 'ReminderFailed', data: { round: 1, attempt: 1, reason: 'smtp-unavailable', messageId: messageIdOf(ID, 1, DOMAIN), retryAt: '2026-05-11T10:01:00.000Z', failedAt: DUE } },
    ]);
    given([scheduled, sending(DUE)]).when(failure(true)).then([
      { type: 'ReminderFailed', data: { round: 1, attempt: 1, reason: 'smtp-rejected', messageId: messageIdOf(ID, 1, DOMAIN), failedAt: DUE } },
    ]);
    const history: ReminderEvent[] = [scheduled];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const now = new Date(Date.parse(DUE) + attempt * 3_600_000).toISOString();
      const events = decider.decide(start(now), fold(decider, history));
      expect(events.map((e) => e.type)).toEqual(['ReminderSending']);
      history.push(...events);
      history.push(...decider.decide({ type: 'RecordFailure', data: { reason: 'smtp-unavailable', permanent: false, messageId: messageIdOf(ID, 1, DOMAIN) }, metadata: meta(now) }, fold(decider, history)));
    }
    expect(fold(decider, history)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(history.at(-1)).toMatchObject({ type: 'ReminderFailed', data: { attempt: MAX_ATTEMPTS } });
    expect((history.at(-1)?.data as { retryAt?: string }).retryAt).toBeUndefined();
  });

  it('counts a failure before the intent (an owner unreachable) as an attempt of the pending reminder', () => {
    given([scheduled])
      .when({ type: 'RecordFailure', data: { reason: 'contact-unavailable', permanent: false }, metadata: meta(DUE) })
      .then([{ type: 'ReminderFailed', data: { round: 1, attempt: 1, reason: 'contact-unavailable', retryAt: '2026-05-11T10:01:00.000Z', failedAt: DUE } }]);
  });

  it('ignores the result of a send that is not the one in hand', () => {
    given([scheduled]).when({ type: 'RecordSent', data: { messageId: 'other@x' }, metadata: meta(DUE) }).then([]);
  });
});

describe('reminder decider: invitations, follow-up requests and digests', () => {
  const invitation: ReminderEvent = {
    type: 'ReminderScheduled',
    data: { reminderId: ID, organisation: 'ORG1', recipient, subject: { kind: 'session-invitation', sessionId: 's-1' }, channel: 'email', dueAt: DUE, scheduledAt: DUE },
  };

  it('sends an invitation at once, and records it missed when the session, as read at send time, has already begun', () => {
    given([invitation]).when(start(DUE, { notAfter: START })).then([sending(DUE)]);
    given([invitation]).when(start(START, { notAfter: START })).then([{ type: 'ReminderMissed', data: { round: 1, dueAt: DUE, notAfter: START, missedAt: START } }]);
  });

  it('gives up a retry that would fall after the moment the message is worth sending', () => {
    // The meeting starts at 10:00; a failure at 09:59:30 would retry at 10:00:30: failed for good, no retryAt.
    const late = '2026-05-12T09:59:30.000Z';
    given([scheduled, sending(late)])
      .when({ type: 'RecordFailure', data: { reason: 'smtp-unavailable', permanent: false, messageId: messageIdOf(ID, 1, DOMAIN) }, metadata: meta(late) })
      .then([{ type: 'ReminderFailed', data: { round: 1, attempt: 1, reason: 'smtp-unavailable', messageId: messageIdOf(ID, 1, DOMAIN), failedAt: late } }]);
  });

  it('suppresses an advisor’s digest with nothing to report', () => {
    const digest: ReminderEvent = {
      type: 'ReminderScheduled',
      data: { reminderId: ID, organisation: 'ORG1', recipient: { kind: 'advisor', advisorId: 'a-1' }, subject: { kind: 'advisor-digest', advisorId: 'a-1', date: '2026-05-11' }, channel: 'email', dueAt: DUE, notAfter: START, scheduledAt: DUE },
    };
    given([digest]).when(start(DUE, { nothingToReport: true })).then([
      { type: 'ReminderSuppressed', data: { round: 1, reason: 'nothing-to-report', channel: 'email', suppressedAt: DUE } },
    ]);
    given([digest]).when(start(DUE)).then([sending(DUE)]);
  });

  it('suppresses the opted-out client’s follow-up request rather than send it, and does not try again', () => {
    const request: ReminderEvent = {
      type: 'ReminderScheduled',
      data: { reminderId: ID, organisation: 'ORG1', recipient, subject: { kind: 'follow-up-request', processId: 'p-1', exitDate: '2025-11-11' }, channel: 'email', dueAt: DUE, notAfter: '2026-07-11T21:00:00.000Z', scheduledAt: DUE },
    };
    const suppressed: ReminderEvent = { type: 'ReminderSuppressed', data: { round: 1, reason: 'opted-out', channel: 'email', suppressedAt: DUE } };
    given([request]).when(start(DUE, { optedOut: true })).then([suppressed]);
    given([request, suppressed]).when(start('2026-05-12T10:00:00.000Z')).then([]);
  });
});
