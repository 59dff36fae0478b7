import { Module } from '@nestjs/common';
import { InfrastructureModule } from '@career/infrastructure';
import { topicOf } from '@career/contracts';
import { ConsumerModule, RelayModule } from '@career/messaging';
import { ClientIntakeConsumer } from './integration/client-intake.consumer';
import { OutcomesReportingConsumer } from './integration/outcomes-reporting.consumer';
import { PUBLISHED_CATEGORIES, SCHEDULING_TOPIC, SERVICE_NAME, toIntegrationEvents } from './integration/scheduling.published';
import { SchedulingModule } from './scheduling.module';

export { SERVICE_NAME };

@Module({
  imports: [
    // The consumed topics are provisioned too (idempotent): a consumer cannot join a topic that does not exist yet.
    InfrastructureModule.forService({ provisions: [SCHEDULING_TOPIC, topicOf('client-intake'), topicOf('outcomes-reporting')] }),
    // Only plaintext fields are published, so the relay needs no decoder.
    RelayModule.forService({ topic: SCHEDULING_TOPIC, categories: PUBLISHED_CATEGORIES, toIntegrationEvents }),
    ConsumerModule.forService({ consumers: [ClientIntakeConsumer, OutcomesReportingConsumer], imports: [SchedulingModule] }),
    SchedulingModule,
  ],
})
export class AppModule {}
