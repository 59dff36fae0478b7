import { Module } from '@nestjs/common';
import { topicOf } from '@career/contracts';
import { InfrastructureModule } from '@career/infrastructure';
import { ConsumerModule } from '@career/messaging';
import { ClientIntakeConsumer } from './integration/client-intake.consumer';
import { OutcomesReportingConsumer } from './integration/outcomes-reporting.consumer';
import { SchedulingConsumer } from './integration/scheduling.consumer';
import { NotificationsModule } from './notifications.module';

export const SERVICE_NAME = 'notifications';

/**
 * Notifications (docs/domain.md#the-process): reminders of meetings, group-session invitations
 * and six-month follow-up requests to clients, daily worklist digests to advisors, by e-mail over
 * SMTP. It publishes nothing on Kafka: its facts are the reminders' events, which client-intake's
 * audit trail reads from the store. The consumed topics are provisioned too (idempotent): a
 * consumer cannot join a topic that does not exist yet.
 */
@Module({
  imports: [
    InfrastructureModule.forService({ provisions: [topicOf('client-intake'), topicOf('scheduling'), topicOf('outcomes-reporting')] }),
    ConsumerModule.forService({ consumers: [ClientIntakeConsumer, SchedulingConsumer, OutcomesReportingConsumer], imports: [NotificationsModule] }),
    NotificationsModule,
  ],
})
export class AppModule {}
