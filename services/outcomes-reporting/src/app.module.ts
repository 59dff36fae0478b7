import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { EVENT_STORE, EventStoreModule } from '@career/event-store';
import { ConsumerModule, KafkaModule, RelayModule } from '@career/messaging';
import { PrivacyModule } from '@career/privacy';
import { CHECKPOINT_STORE, MongoModule } from '@career/platform';
import { OUTCOMES_REPORTING_TOPIC, PUBLISHED_CATEGORIES, SERVICE_NAME, toIntegrationEvents } from './integration/outcomes-reporting.integration-events';
import { OutcomeApiModule } from './outcome-api/outcome-api.module';
import { OutcomeRowsModule } from './outcome-rows/outcome-rows.module';
import { CONSUMED_TOPICS } from './participants/consumed-topics';
import { ParticipantEventsHandler } from './participants/participant-events.handler';
import { ParticipantsModule } from './participants/participants.module';
import { ReportsModule } from './reports/reports.module';

export { SERVICE_NAME };

@Module({
  imports: [
    CqrsModule.forRoot(),
    AuthModule.forRoot(),
    EventStoreModule.forService(),
    MongoModule,
    PrivacyModule,
    // The consumed topics are provisioned too (idempotent, same defaults as their owners'): the
    // consumer cannot join a topic that does not exist yet, nor dead-letter without its .dlq.
    KafkaModule.forService({ provisions: [OUTCOMES_REPORTING_TOPIC, ...CONSUMED_TOPICS] }),
    RelayModule.forService({
      topic: OUTCOMES_REPORTING_TOPIC,
      categories: PUBLISHED_CATEGORIES,
      toIntegrationEvents,
      eventStore: EVENT_STORE,
      checkpointStore: CHECKPOINT_STORE,
    }),
    ConsumerModule.forService({ topics: CONSUMED_TOPICS, handler: ParticipantEventsHandler, imports: [ParticipantsModule] }),
    OutcomeRowsModule,
    OutcomeApiModule,
    ReportsModule,
  ],
})
export class AppModule {}
