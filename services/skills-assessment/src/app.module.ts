import { Module } from '@nestjs/common';
import { RemoteClientChannelModule } from '@career/auth';
import { InfrastructureModule } from '@career/infrastructure';
import { topicOf } from '@career/contracts';
import { ConsumerModule, RelayModule } from '@career/messaging';
import { ClientIntakeConsumer } from './integration/client-intake.consumer';
import { IntegrationModule } from './integration/integration.module';
import { SchedulingConsumer } from './integration/scheduling.consumer';
import { SKILLS_ASSESSMENT_TOPIC, toIntegrationEvents } from './integration/skills-assessment.published';
import { InterestInventoryModule } from './interest-inventory/interest-inventory.module';
import { SkillsAssessmentConfig } from './skills-assessment.config';
import { skillsProfile } from './skills-profile/domain/skills-profile.aggregate';
import { SkillsProfileModule } from './skills-profile/skills-profile.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

/**
 * The wiring: event store, Mongo (parked trainings, idempotency keys, data keys), the profile's
 * command side and API, the relay of its streams to Kafka and the consumers of client-intake and
 * scheduling. No projections: reads fold the profile's stream (see skills-profile-reads.ts).
 */
@Module({
  imports: [
    // The consumed topics are provisioned too (idempotent, same defaults as their owners'): the
    // consumer cannot join a topic that does not exist yet, nor dead-letter without its .dlq.
    InfrastructureModule.forService({ provisions: [SKILLS_ASSESSMENT_TOPIC, topicOf('client-intake'), topicOf('scheduling')] }),
    // The client's own channel: @Me() routes resolve the person over client-intake's internal API.
    RemoteClientChannelModule.forService(SkillsAssessmentConfig),
    RelayModule.forService({ topic: SKILLS_ASSESSMENT_TOPIC, categories: [skillsProfile.category], toIntegrationEvents }),
    ConsumerModule.forService({ consumers: [ClientIntakeConsumer, SchedulingConsumer], imports: [IntegrationModule] }),
    SkillsProfileModule,
    TaxonomyModule,
    InterestInventoryModule,
  ],
})
export class AppModule {}
