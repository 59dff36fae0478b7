import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { EVENT_STORE, EventStoreModule } from '@career/event-store';
import { KafkaModule, RelayModule } from '@career/messaging';
import { PrivacyModule } from '@career/privacy';
import { CHECKPOINT_STORE, MongoModule } from '@career/platform';
import { ClientModule } from './client/client.module';
import { CLIENT_CATEGORY } from './client/client.events';
import { CLIENT_INTAKE_TOPIC, toIntegrationEvents, voluntaryAnswersDecoder } from './integration/client-intake.integration-events';

@Module({
  imports: [
    CqrsModule.forRoot(),
    AuthModule.forRoot(),
    EventStoreModule.forService(),
    MongoModule,
    PrivacyModule,
    KafkaModule.forService({ provisions: [CLIENT_INTAKE_TOPIC] }),
    RelayModule.forService({
      topic: CLIENT_INTAKE_TOPIC,
      categories: [CLIENT_CATEGORY],
      toIntegrationEvents,
      decoder: voluntaryAnswersDecoder,
      eventStore: EVENT_STORE,
      checkpointStore: CHECKPOINT_STORE,
    }),
    ClientModule,
  ],
})
export class AppModule {}
