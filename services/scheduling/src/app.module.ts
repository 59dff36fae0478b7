import { Module } from '@nestjs/common';
import { AuthModule } from '@career/auth';
import { EventStoreModule } from '@career/event-store';
import { ConsumerModule, KafkaModule, RelayModule } from '@career/messaging';
import { MongoModule } from '@career/platform';
import { PrivacyModule } from '@career/privacy';
import { ClientIntakeConsumer } from './integration/client-intake.consumer';
import { PUBLISHED_CATEGORIES, SCHEDULING_TOPIC, SERVICE_NAME, toIntegrationEvents } from './integration/scheduling.published';
import { SchedulingModule } from './scheduling.module';

export { SERVICE_NAME };

@Module({
  imports: [
    AuthModule.forRoot(),
    EventStoreModule.forService(),
    MongoModule,
    PrivacyModule,
    KafkaModule.forService({ provisions: [SCHEDULING_TOPIC] }),
    // Only plaintext fields are published, so the relay needs no decoder.
    RelayModule.forService({ topic: SCHEDULING_TOPIC, categories: PUBLISHED_CATEGORIES, toIntegrationEvents }),
    ConsumerModule.forService({ consumers: [ClientIntakeConsumer], imports: [SchedulingModule] }),
    SchedulingModule,
  ],
})
export class AppModule {}
