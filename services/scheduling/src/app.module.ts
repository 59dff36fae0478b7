import { Module } from '@nestjs/common';
import { RemoteClientChannelModule } from '@career/auth';
import { InfrastructureModule } from '@career/infrastructure';
import { topicOf } from '@career/contracts';
import { ConsumerModule, RelayModule } from '@career/messaging';
import { ClientIntakeConsumer } from './integration/client-intake.consumer';
import { OutcomesReportingConsumer } from './integration/outcomes-reporting.consumer';
import { PUBLISHED_CATEGORIES, SCHEDULING_TOPIC, SERVICE_NAME, toIntegrationEvents } from './integration/scheduling.published';
import { SchedulingConfig } from './scheduling.config';
import { SchedulingModule } from './scheduling.module';

export { SERVICE_NAME };

@Module({
  imports: [
    // The consumed topics are provisioned too (idempotent): a consumer cannot join a topic that does not exist yet.
    InfrastructureModule.forService({ provisions: [SCHEDULING_TOPIC, topicOf('client-intake'), topicOf('outcomes-reporting')] }),
    // The client's own channel: @Me() routes resolve the person over client-intake's internal API.
    RemoteClientChannelModule.forService(SchedulingConfig),
    // Only plaintext fields are published, so the relay needs no decoder.
    RelayModule.forService({ topic: SCHEDULING_TOPIC, categories: PUBLISHED_CATEGORIES, toIntegrationEvents }),
    ConsumerModule.forService({ consumers: [ClientIntakeConsumer, OutcomesReportingConsumer], imports: [SchedulingModule] }),
    SchedulingModule,
  ],
})
export class AppModule {}
