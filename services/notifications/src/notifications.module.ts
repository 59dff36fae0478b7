import { Module } from '@nestjs/common';
import { ProjectionsModule } from '@career/projections';
import { AdvisorDirectoryModule } from './advisor-directory/advisor-directory.module';
import { DispatchModule } from './dispatch/dispatch.module';
import { KnownClientsModule } from './known-clients/known-clients.module';
import { PreferencesModule } from './preferences/preferences.module';
import { reminderRows } from './reminder/read-models/reminders.projection';
import { ReminderModule } from './reminder/reminder.module';

/**
 * The notifications service's own features: reminders and preferences (command sides, endpoints),
 * the reminders read model, the advisor directory and the dispatcher. AppModule adds Kafka (the
 * consumers); integration tests boot this module without it. Checkpoint `notifications.reminders`.
 */
@Module({
  imports: [
    ReminderModule,
    PreferencesModule,
    KnownClientsModule,
    AdvisorDirectoryModule,
    DispatchModule,
    ProjectionsModule.forService({ imports: [ReminderModule], projections: [reminderRows] }),
  ],
  exports: [ReminderModule, KnownClientsModule],
})
export class NotificationsModule {}
