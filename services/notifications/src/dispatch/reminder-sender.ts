import { Inject, Injectable } from '@nestjs/common';
import { SYSTEM_ACCESS, type CommandSideContext, type CommandSideOf } from '@career/event-sourcing';
import { ROOT_LOGGER } from '@career/platform';
import type { Logger } from 'pino';
import { AdvisorDirectory } from '../advisor-directory/read-models/advisor-directory';
import { OwnerHasNoRecord, OwnersReader, OwnerUnavailable } from '../internal-api-clients/owners.reader';
import { ChannelRefusal, MESSAGE_CHANNEL, type MessageChannel } from '../mail/message-channel';
import { renderMessage } from '../messages/domain/render-message';
import { NotificationsConfig } from '../notifications.config';
import { notificationPreferences } from '../preferences/domain/preferences.aggregate';
import { reminder } from '../reminder/domain/reminder.aggregate';
import type { ReminderCommand } from '../reminder/domain/reminder.commands';
import type { FailureReason } from '../reminder/domain/reminder.events';
import { sendingStepOf, type ReminderState } from '../reminder/domain/reminder.state';
import type { Prepared } from './prepare-message';

type Known = Exclude<ReminderState, { status: 'Empty' }>;

/** What one look at a reminder did: the event it recorded last, or nothing. */
export type SendOutcome = 'sent' | 'failed' | 'retrying' | 'suppressed' | 'missed' | 'nothing';

/** How many worklist rows a digest lists (the rest are counted and linked). */
const DIGEST_ROWS = 20;

/**
 * Sends one reminder once (docs/architecture.md#the-rules; issue of record: "record the intent,
 * send, record the result"): reads what the message needs (preferences, the address, the session,
 * the worklist) without recording anything, records the intent (ReminderSending: Message-ID and a
 * lease), hands the message to the channel, and records the result at once. A crash between the
 * relay's acceptance and that record is the one window a duplicate can come from; the resend
 * carries the same Message-ID. Addresses and bodies live in memory for the send only.
 */
@Injectable()
export class ReminderSender {
  constructor(
    @Inject(reminder.token) private readonly reminders: CommandSideOf<typeof reminder>,
    @Inject(notificationPreferences.token) private readonly preferences: CommandSideOf<typeof notificationPreferences>,
    private readonly owners: OwnersReader,
    private readonly directory: AdvisorDirectory,
    @Inject(MESSAGE_CHANNEL) private readonly channel: MessageChannel,
    private readonly config: NotificationsConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async send(reminderId: string, now: Date): Promise<SendOutcome> {
    const standing = await this.reminders.standing(reminderId);
    if (!standing || standing.state.status === 'Empty') return 'nothing';
    const state = standing.state;
    const step = sendingStepOf(state, now);
    if (step === 'settled' || step === 'not-due' || step === 'held') return 'nothing';

    const prepared: Prepared = step === 'too-late' ? { kind: 'too-late', notAfter: state.notAfter as string } : await this.prepare(state, now);
    const context = this.contextOf(state, now);
    if (prepared.kind === 'failure') {
      return this.record(reminderId, { type: 'RecordFailure', data: { reason: prepared.reason, permanent: prepared.permanent }, metadata: { now } }, context);
    }
    const started = await this.reminders.handle(
      reminderId,
      {
        type: 'StartSending',
        data: {
          leaseMs: this.config.REMINDER_SEND_LEASE_MS,
          messageIdDomain: this.config.MAIL_MESSAGE_ID_DOMAIN,
          optedOut: prepared.kind === 'opted-out',
          ...(prepared.kind === 'message' && prepared.nothingToReport ? { nothingToReport: true } : {}),
          ...(prepared.kind === 'message' && prepared.notAfter ? { notAfter: prepared.notAfter } : {}),
        },
        metadata: { now },
      },
      { context, access: SYSTEM_ACCESS },
    );
    const [event] = started.newEvents;
    if (!event) return 'nothing';
    if (event.type === 'ReminderMissed') return this.logged(reminderId, state, 'missed');
    if (event.type === 'ReminderSuppressed') return this.logged(reminderId, state, 'suppressed', event.data.reason);
    if (event.type !== 'ReminderSending' || prepared.kind !== 'message') return 'nothing';

    const { messageId } = event.data;
    const message = renderMessage(prepared.input);
    try {
      await this.channel.send({ to: prepared.to, subject: message.subject, text: message.text, messageId, language: prepared.input.language });
    } catch (error) {
      if (!(error instanceof ChannelRefusal)) throw error;
      return this.record(reminderId, { type: 'RecordFailure', data: { reason: error.reason, permanent: error.permanent, messageId }, metadata: { now } }, context);
    }
    // The relay has the message: record it at once.
    return this.record(reminderId, { type: 'RecordSent', data: { messageId }, metadata: { now } }, context);
  }

  /** Everything the message needs, read now; nothing personal is read for a client who opted out. */
  private async prepare(state: Known, now: Date): Promise<Prepared> {
    const correlationId = `reminder:${state.reminderId}`;
    try {
      if (state.recipient.kind === 'client') {
        const clientId = state.recipient.clientId;
        const choices = await this.preferences.standing(clientId);
        if (choices?.state.optedOut.includes(state.channel)) return { kind: 'opted-out' };
        let notAfter: string | undefined;
        let session;
        if (state.subject.kind === 'session-invitation') {
          session = await this.owners.sessionOf(state.subject.sessionId, state.organisation, correlationId);
          notAfter = session.start;
          if (now.getTime() >= Date.parse(notAfter)) return { kind: 'too-late', notAfter };
        }
        const address = await this.owners.clientAddressOf(clientId, state.organisation, correlationId);
        if (address.erased) return { kind: 'failure', reason: 'personal-data-destroyed', permanent: true };
        if (!address.email) return { kind: 'failure', reason: 'no-address', permanent: true };
        const { language, firstName } = address;
        const to = address.email;
        switch (state.subject.kind) {
          case 'meeting-reminder': {
            const { start, durationMinutes, mode } = state.subject;
            return { kind: 'message', to, input: { kind: 'meeting-reminder', language, firstName, start, durationMinutes, mode } };
          }
          case 'session-invitation': {
            if (!session) return { kind: 'failure', reason: 'details-unavailable', permanent: false };
            const { title, topic, start, durationMinutes, place } = session;
            return { kind: 'message', to, notAfter, input: { kind: 'session-invitation', language, firstName, title, topic, start, durationMinutes, place } };
          }
          case 'follow-up-request':
            return { kind: 'message', to, input: { kind: 'follow-up-request', language, firstName, exitDate: state.subject.exitDate } };
          case 'advisor-digest':
            return { kind: 'failure', reason: 'recipient-unknown', permanent: true };
        }
      }
      if (state.subject.kind !== 'advisor-digest') return { kind: 'failure', reason: 'recipient-unknown', permanent: true };
      const entry = await this.directory.find(state.organisation, state.recipient.advisorId);
      if (!entry?.digest) return { kind: 'failure', reason: 'no-address', permanent: true };
      const worklist = await this.owners.advisorWorklistOf(state.recipient.advisorId, state.organisation, DIGEST_ROWS, correlationId);
      const base = this.config.SCHEDULING_URL.replace(/\/$/, '');
      return {
        kind: 'message',
        to: entry.email,
        nothingToReport: worklist.total === 0,
        input: {
          kind: 'advisor-digest',
          language: entry.language,
          date: state.subject.date,
          total: worklist.total,
          worklistUrl: `${base}/api/v1/worklists/me`,
          rows: worklist.items.map((item) => ({ dueDate: item.dueDate, text: item.text, ...(item.clientId ? { clientId: item.clientId } : {}), link: `${base}${item.self}` })),
        },
      };
    } catch (error) {
      if (error instanceof OwnerHasNoRecord) return { kind: 'failure', reason: error.service === 'client-intake' ? 'recipient-unknown' : 'details-unavailable', permanent: true };
      if (error instanceof OwnerUnavailable) return { kind: 'failure', reason: error.service === 'client-intake' ? 'contact-unavailable' : 'details-unavailable', permanent: false };
      throw error;
    }
  }

  private async record(reminderId: string, command: ReminderCommand, context: CommandSideContext): Promise<SendOutcome> {
    const result = await this.reminders.handle(reminderId, command, { context, access: SYSTEM_ACCESS });
    const [event] = result.newEvents;
    if (!event) return 'nothing';
    if (event.type === 'ReminderSent') return this.logged(reminderId, result.state, 'sent');
    if (event.type === 'ReminderFailed') return this.logged(reminderId, result.state, event.data.retryAt ? 'retrying' : 'failed', event.data.reason);
    return 'nothing';
  }

  /** Ids and codes only: never the address, the name or the text. */
  private logged(reminderId: string, state: ReminderState, outcome: SendOutcome, reason?: FailureReason | string): SendOutcome {
    const kind = state.status === 'Empty' ? undefined : state.subject.kind;
    const log = outcome === 'failed' ? this.logger.warn.bind(this.logger) : this.logger.info.bind(this.logger);
    log({ reminderId, kind, outcome, ...(reason ? { reason } : {}) }, 'reminder');
    return outcome;
  }

  private contextOf(state: Known, now: Date): CommandSideContext {
    const correlation = `reminder:${state.reminderId}`;
    return { actor: { id: 'notifications', role: 'system' }, organisation: state.organisation, correlationId: correlation, causationId: correlation, now };
  }
}

