import { defineAggregate } from '@career/event-sourcing';
import { refuse } from '../../notifications.errors';
import type { ReminderCommand } from './reminder.commands';
import { reminderDecider } from './reminder.decider';
import { REMINDER_CATEGORY, REMINDER_SCHEMA_VERSIONS } from './reminder.events';

/**
 * One reminder, `reminder-<reminderId>`, bound to the event store by CommandSideModule. Its events
 * hold ids, times and codes only (no personal field). They are audited under the client they go
 * to, so the client's audit trail in client-intake shows every notification and its outcome; an
 * advisor's digest concerns no one client and is audited under its own id (as scheduling audits a
 * group session under the session id).
 */
export const reminder = defineAggregate({
  category: REMINDER_CATEGORY,
  decider: reminderDecider,
  schemaVersions: REMINDER_SCHEMA_VERSIONS,
  notFound: () => refuse('REMINDER.NOT_FOUND'),
  clientIdOf: (reminderId: string, command: ReminderCommand) =>
    (command.type === 'ScheduleReminder' || command.type === 'MoveReminder') && command.data.recipient.kind === 'client' ? command.data.recipient.clientId : reminderId,
});
