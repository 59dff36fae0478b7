import { Inject, Injectable } from '@nestjs/common';
import { guidanceProcessIdOf } from '@career/contracts';
import type { CommandSideOf } from '@career/event-sourcing';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import type { Model } from 'mongoose';
import { KnownClients } from '../known-clients/read-models/known-clients';
import { reminder } from '../reminder/domain/reminder.aggregate';
import { reminderIds } from '../reminder/domain/reminder-id';
import { followUpRequestTiming } from '../reminder/domain/reminder-timing';
import { REMINDER_ROW_MODEL, type ReminderRowDocument } from '../reminder/read-models/reminder-row.schema';
import { factContext, onReminder } from './fact-context';

/**
 * client-intake's facts: which organisation a client belongs to (for the staff's and the
 * client's own routes), the six-month follow-up request planned at exit (docs/domain.md#structural-fund-reporting)
 * and cancelled by a re-entry, and, when the client's personal data is destroyed, every message
 * still to go cancelled (there is no address to read any more). Nothing personal arrives here.
 */
@Injectable()
export class ClientIntakeConsumer implements ProducerConsumer<'client-intake'> {
  readonly producer = 'client-intake' as const;

  constructor(
    @Inject(reminder.token) private readonly reminders: CommandSideOf<typeof reminder>,
    private readonly clients: KnownClients,
    @Inject(REMINDER_ROW_MODEL) private readonly rows: Model<ReminderRowDocument>,
  ) {}

  readonly handlers: IntegrationHandlers<'client-intake'> = {
    ClientRegistered: (event) => this.clients.remember(event.data.clientId, event.id, { organisation: event.data.organisation, advisorId: event.data.advisorId }),
    AdvisorAssigned: (event) => this.clients.remember(event.data.clientId, event.id, { organisation: event.data.organisation, advisorId: event.data.advisorId }),
    ClientReentered: async (event) => {
      const { clientId, organisation, processNumber } = event.data;
      await this.clients.remember(clientId, event.id, { organisation });
      // Back in guidance: the follow-up request of the process that ended is not sent.
      if (processNumber < 2) return;
      const previous = guidanceProcessIdOf(clientId, processNumber - 1);
      await onReminder(this.reminders, reminderIds.followUp(previous, clientId), { type: 'CancelReminder', data: { reason: 'client-reentered' }, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
    ClientExited: async (event) => {
      const { clientId, organisation, processNumber, exitDate } = event.data;
      const processId = guidanceProcessIdOf(clientId, processNumber);
      const reminderId = reminderIds.followUp(processId, clientId);
      await onReminder(
        this.reminders,
        reminderId,
        {
          type: 'ScheduleReminder',
          data: { reminderId, organisation, recipient: { kind: 'client', clientId }, subject: { kind: 'follow-up-request', processId, exitDate }, ...followUpRequestTiming(exitDate) },
          metadata: { now: new Date(event.time) },
        },
        factContext(event, this.producer),
      );
    },
    PersonalDataDestroyed: async (event) => {
      if (event.data.scope !== 'all') return;
      const open = await this.rows.find({ clientId: event.data.clientId, status: { $in: ['pending', 'sending'] } }, { _id: 1 }).lean();
      for (const { _id } of open) {
        await onReminder(this.reminders, _id, { type: 'CancelReminder', data: { reason: 'personal-data-destroyed' }, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
      }
    },
  };
}
