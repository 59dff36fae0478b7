import { Module } from '@nestjs/common';
import { InfrastructureModule } from '@career/infrastructure';
import { ConsumerModule, RelayModule } from '@career/messaging';
import { OUTCOMES_REPORTING_TOPIC, PUBLISHED_CATEGORIES, toIntegrationEvents } from './integration/outcomes-reporting.published';
import { ExtractModule } from './extract/extract.module';
import { CONSUMED_TOPICS, PARTICIPANT_CONSUMERS } from './integration/participant-consumers';
import { OutcomeModule } from './outcome/outcome.module';
import { ParticipantProjections, ParticipantsModule } from './participants/participants.module';
import { ReportsModule } from './reports/reports.module';

/** The wiring (docs/architecture.md#one-services-layout): event store, outcome command side, projections, relay, consumers, reports, the participant-level extract. */
@Module({
  imports: [
    // The consumed topics are provisioned too (idempotent, same defaults as their owners'): the
    // consumer cannot join a topic that does not exist yet, nor dead-letter without its .dlq.
    InfrastructureModule.forService({ provisions: [OUTCOMES_REPORTING_TOPIC, ...CONSUMED_TOPICS] }),
    RelayModule.forService({ topic: OUTCOMES_REPORTING_TOPIC, categories: PUBLISHED_CATEGORIES, toIntegrationEvents }),
    ConsumerModule.forService({ consumers: PARTICIPANT_CONSUMERS, imports: [ParticipantsModule] }),
    ParticipantProjections,
    OutcomeModule,
    ReportsModule,
    ExtractModule,
  ],
})
export class AppModule {}
