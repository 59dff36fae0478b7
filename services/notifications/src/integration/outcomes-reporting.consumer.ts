import { Inject, Injectable } from '@nestjs/common';
import type { CommandSideOf } from '@career/event-sourcing';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { reminder } from '../reminder/domain/reminder.aggregate';
import { reminderIds } from '../reminder/domain/reminder-id';
import { factContext, onReminder } from './fact-context';

/** outcomes-reporting's facts: a six-month follow-up already recorded (a register check, a call) needs no request to the client. */
@Injectable()
export class OutcomesReportingConsumer implements ProducerConsumer<'outcomes-reporting'> {
  readonly producer = 'outcomes-reporting' as const;

  constructor(@Inject(reminder.token) private readonly reminders: CommandSideOf<typeof reminder>) {}

  readonly handlers: IntegrationHandlers<'outcomes-reporting'> = {
    FollowUpRecorded: async (event) => {
      const { processId, clientId } = event.data;
      await onReminder(this.reminders, reminderIds.followUp(processId, clientId), { type: 'CancelReminder', data: { reason: 'follow-up-recorded' }, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
  };
}
