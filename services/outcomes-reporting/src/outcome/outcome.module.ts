import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { ClientOutcomesHandler } from './client-outcomes.query';
import { outcomeEventCodecProvider } from './outcome-event-codec';
import { OutcomesController } from './outcomes.controller';
import { RecordOutcomeHandler } from './record-outcome.command';

@Module({
  imports: [ParticipantsModule],
  controllers: [OutcomesController],
  providers: [outcomeEventCodecProvider, RecordOutcomeHandler, ClientOutcomesHandler],
})
export class OutcomeApiModule {}
