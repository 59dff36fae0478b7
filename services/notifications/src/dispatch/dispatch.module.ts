import { Module } from '@nestjs/common';
import { systemClockProvider } from '@career/platform';
import { AdvisorDirectoryModule } from '../advisor-directory/advisor-directory.module';
import { InternalApiClientsModule } from '../internal-api-clients/internal-api-clients.module';
import { MailModule } from '../mail/mail.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { ReminderModule } from '../reminder/reminder.module';
import { DigestPlanner } from './digest-planner';
import { ReminderRunsController } from './http/reminder-runs.controller';
import { ReminderDispatcher } from './reminder-dispatcher';
import { ReminderSender } from './reminder-sender';

/** The scheduler: its clock, the dispatcher's timed runs, the sender and the digest planner. */
@Module({
  imports: [ReminderModule, PreferencesModule, AdvisorDirectoryModule, InternalApiClientsModule, MailModule],
  controllers: [ReminderRunsController],
  providers: [systemClockProvider, ReminderSender, DigestPlanner, ReminderDispatcher],
  exports: [ReminderDispatcher],
})
export class DispatchModule {}
