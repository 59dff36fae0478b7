import { Module } from '@nestjs/common';
import { RemoteClientChannelModule } from '@career/auth';
import { InfrastructureModule } from '@career/infrastructure';
import { CqrsModule } from '@nestjs/cqrs';
import { topicOf } from '@career/contracts';
import { ConsumerModule, RelayModule } from '@career/messaging';
import { DocumentGenerationConfig } from './document-generation.config';
import { documentAggregate } from './document/domain/document.aggregate';
import { DocumentModule } from './document/document.module';
import { ClientIntakeConsumer } from './integration/client-intake.consumer';
import { DOCUMENT_GENERATION_TOPIC, SERVICE_NAME, toIntegrationEvents } from './integration/document-generation.published';

export { SERVICE_NAME };

/**
 * Document generation (docs/domain.md#the-process, step 8): skills-based CVs and job
 * applications rendered from the client's contact details (client-intake) and skills profile
 * (skills-assessment), each generation a version on `document-<id>`, the bytes in GridFS. The event
 * store holds no personal data here; the files are deleted when the client's data is destroyed. No projections: the queries read the document streams.
 */
@Module({
  imports: [
    CqrsModule.forRoot(),
    // The consumed topic is provisioned too (idempotent): a consumer cannot join a topic that does not exist yet.
    InfrastructureModule.forService({ provisions: [DOCUMENT_GENERATION_TOPIC, topicOf('client-intake')] }),
    // The client's own channel: @Me() routes resolve the person over client-intake's internal API.
    RemoteClientChannelModule.forService(DocumentGenerationConfig),
    RelayModule.forService({ topic: DOCUMENT_GENERATION_TOPIC, categories: [documentAggregate.category], toIntegrationEvents }),
    ConsumerModule.forService({ consumers: [ClientIntakeConsumer], imports: [DocumentModule] }),
    DocumentModule,
  ],
})
export class AppModule {}
