import { Module } from '@nestjs/common';
import { InfrastructureModule } from '@career/infrastructure';
import { CqrsModule } from '@nestjs/cqrs';
import { RelayModule } from '@career/messaging';
import { ProjectionsModule } from '@career/projections';
import { ClientModule } from './client/client.module';
import { client } from './client/domain/client.aggregate';
import { personalDataDestructionProjection } from './client/personal-data/personal-data-destruction.projection';
import { clientsProjection } from './client/read-models/clients.projection';
import { CLIENT_INTAKE_TOPIC, toIntegrationEvents, voluntaryAnswersDecoder } from './integration/client-intake.published';

/** client-intake's wiring (docs/architecture.md#one-services-layout). */
@Module({
  imports: [
    CqrsModule.forRoot(),
    InfrastructureModule.forService({ provisions: [CLIENT_INTAKE_TOPIC] }),
    ClientModule,
    // Checkpoints `client-intake.clients` and `client-intake.personal-data-destruction`.
    ProjectionsModule.forService({ imports: [ClientModule], projections: [clientsProjection, personalDataDestructionProjection] }),
    RelayModule.forService({ topic: CLIENT_INTAKE_TOPIC, categories: [client.category], toIntegrationEvents, decoder: voluntaryAnswersDecoder }),
  ],
})
export class AppModule {}
