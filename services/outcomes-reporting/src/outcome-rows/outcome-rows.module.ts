import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { OutcomeRowRunners } from './outcome-row-runners';

@Module({
  imports: [ParticipantsModule],
  providers: [OutcomeRowRunners],
  exports: [OutcomeRowRunners],
})
export class OutcomeRowsModule {}
