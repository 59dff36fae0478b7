import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { KnownClientsModule } from '../known-clients/known-clients.module';
import { reminder } from './domain/reminder.aggregate';
import { RemindersController } from './http/reminders.controller';
import { ClientReminders } from './read-models/client-reminders.query';
import { reminderRowModelProvider, REMINDER_ROW_MODEL } from './read-models/reminder-row.schema';

const commandSide = CommandSideModule.forAggregates([reminder]);

/** Reminders: their command side (for the consumers and the dispatcher), the reminders read model, the staff's view. */
@Module({
  imports: [commandSide, KnownClientsModule],
  controllers: [RemindersController],
  providers: [reminderRowModelProvider, ClientReminders],
  exports: [commandSide, REMINDER_ROW_MODEL],
})
export class ReminderModule {}
