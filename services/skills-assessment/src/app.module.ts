import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { EVENT_STORE, EventStoreModule } from '@career/event-store';
import { ConsumerModule, KafkaModule, RelayModule } from '@career/messaging';
import { PrivacyModule } from '@career/privacy';
import { CHECKPOINT_STORE, MongoModule } from '@career/platform';
import { ConsumedEventsHandler, CONSUMED_TOPICS } from './integration/consumed-events.handler';
import { IntegrationModule } from './integration/integration.module';
import { SERVICE_NAME, SKILLS_ASSESSMENT_TOPIC, toIntegrationEvents } from './integration/skills-assessment.integration-events';
import { InterestInventoryModule } from './interest-inventory/interest-inventory.controller';
import { SKILLS_PROFILE_CATEGORY } from './skills-profile/skills-profile.events';
import { SkillsProfileModule } from './skills-profile/skills-profile.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

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
    KafkaModule.forService({ provisions: [SKILLS_ASSESSMENT_TOPIC, ...CONSUMED_TOPICS] }),
    RelayModule.forService({
      topic: SKILLS_ASSESSMENT_TOPIC,
      categories: [SKILLS_PROFILE_CATEGORY],
      toIntegrationEvents,
      eventStore: EVENT_STORE,
      checkpointStore: CHECKPOINT_STORE,
    }),
    ConsumerModule.forService({ topics: CONSUMED_TOPICS, handler: ConsumedEventsHandler, imports: [IntegrationModule] }),
    SkillsProfileModule,
    TaxonomyModule,
    InterestInventoryModule,
  ],
})
export class AppModule {}
