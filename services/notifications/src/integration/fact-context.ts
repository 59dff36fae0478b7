import type { IntegrationEvent } from '@career/contracts';
import { DomainError, SYSTEM_ACCESS, type CommandSideContext, type CommandSideOf } from '@career/event-sourcing';
import { reminder } from '../reminder/domain/reminder.aggregate';
import type { ReminderCommand } from '../reminder/domain/reminder.commands';

/** The service acting on a consumed fact: at the fact's time, audited as the producer's, correlated to the fact. */
export function factContext(event: IntegrationEvent, producer: string): CommandSideContext {
  return {
    actor: { id: producer, role: 'service' },
    organisation: event.organisation,
    correlationId: event.id,
    causationId: event.id,
    now: new Date(event.time),
  };
}

/** Sends a command a fact causes; a command for a reminder never planned (cancel, record) changes nothing. */
export async function onReminder(
  reminders: CommandSideOf<typeof reminder>,
  reminderId: string,
  command: ReminderCommand,
  context: CommandSideContext,
): Promise<void> {
  try {
    await reminders.handle(reminderId, command, { context, access: SYSTEM_ACCESS });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'REMINDER.NOT_FOUND') return;
    throw error;
  }
}
