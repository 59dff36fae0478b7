import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { topicOf } from '@career/contracts';
import { EVENT_STORE, EventStoreModule } from '@career/event-store';
import { ConsumerModule, KafkaModule, RelayModule } from '@career/messaging';
import { CHECKPOINT_STORE, MongoModule } from '@career/platform';
import { DOCUMENT_CATEGORY } from './document/document.events';
import { DocumentModule } from './document/document.module';
import { ClientEventsHandler } from './integration/client-events.handler';
import { DOCUMENT_GENERATION_TOPIC, SERVICE_NAME, toIntegrationEvents } from './integration/document-generation.integration-events';

export { SERVICE_NAME };

const CLIENT_INTAKE_TOPIC = topicOf('client-intake');

/**
 * Document generation (DOMAIN step 7): skills-based CVs and job applications rendered from
 * the client's contact details (client-intake) and skills profile (skills-assessment), each
 * generation a version on `document-<id>`, the bytes in GridFS. No PrivacyModule: the event
 * store holds no personal data here; the files are deleted when the client's data is destroyed.
 */
@Module({
  imports: [
    CqrsModule.forRoot(),
    AuthModule.forRoot(),
    EventStoreModule.forService(),
    MongoModule,
    // The consumed topic is provisioned too (idempotent): a consumer cannot join a topic that does not exist yet.
    KafkaModule.forService({ provisions: [DOCUMENT_GENERATION_TOPIC, CLIENT_INTAKE_TOPIC] }),
    RelayModule.forService({
      topic: DOCUMENT_GENERATION_TOPIC,
      categories: [DOCUMENT_CATEGORY],
      toIntegrationEvents,
      eventStore: EVENT_STORE,
      checkpointStore: CHECKPOINT_STORE,
    }),
    ConsumerModule.forService({
      topics: [CLIENT_INTAKE_TOPIC],
      handler: ClientEventsHandler,
      imports: [DocumentModule],
    }),
    DocumentModule,
  ],
})
export class AppModule {}
