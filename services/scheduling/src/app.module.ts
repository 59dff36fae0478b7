import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { topicOf } from '@career/contracts';
import { EVENT_STORE, EventStoreModule } from '@career/event-store';
import { ConsumerModule, KafkaModule, RelayModule } from '@career/messaging';
import { PrivacyModule } from '@career/privacy';
import { CHECKPOINT_STORE, MongoModule } from '@career/platform';
import { ClientIntakeEventsHandler } from './client-intake-feed/client-intake-events.handler';
import { PUBLISHED_CATEGORIES, SCHEDULING_TOPIC, SERVICE_NAME, toIntegrationEvents } from './integration/scheduling.integration-events';
import { ReadModelsModule } from './read-models/read-models.module';
import { SchedulingModule } from './scheduling.module';

export { SERVICE_NAME };

@Module({
  imports: [
    CqrsModule.forRoot(),
    AuthModule.forRoot(),
    EventStoreModule.forService(),
    MongoModule,
    PrivacyModule,
    KafkaModule.forService({ provisions: [SCHEDULING_TOPIC] }),
    // Only plaintext fields are published, so the relay needs no decoder.
    RelayModule.forService({
      topic: SCHEDULING_TOPIC,
      categories: PUBLISHED_CATEGORIES,
      toIntegrationEvents,
      eventStore: EVENT_STORE,
      checkpointStore: CHECKPOINT_STORE,
    }),
    ConsumerModule.forService({ topics: [topicOf('client-intake')], handler: ClientIntakeEventsHandler, imports: [ReadModelsModule] }),
    SchedulingModule,
  ],
})
export class AppModule {}
