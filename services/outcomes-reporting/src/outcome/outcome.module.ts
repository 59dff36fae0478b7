import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { ParticipantsModule } from '../participants/participants.module';
import { outcome } from './domain';
import { OutcomesController } from './http/outcomes.controller';
import { ClientOutcomesQuery } from './read-models/client-outcomes.query';

/** Recording a client process's outcomes and reading them back: the outcome command side and its HTTP API. */
@Module({
  imports: [CommandSideModule.forAggregates([outcome]), ParticipantsModule],
  controllers: [OutcomesController],
  providers: [ClientOutcomesQuery],
})
export class OutcomeModule {}
