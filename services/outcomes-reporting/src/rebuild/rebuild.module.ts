import { Module } from '@nestjs/common';
import { ParticipantProjections, ParticipantsModule } from '../participants/participants.module';
import { OutcomeRowsGeneration } from './outcome-rows-generation';
import { RebuildService } from './rebuild.service';

/** Rebuilding the participant rows from the events into a fresh generation (POST /api/v1/reports/rebuild). */
@Module({
  imports: [ParticipantsModule, ParticipantProjections],
  providers: [OutcomeRowsGeneration, RebuildService],
  exports: [RebuildService],
})
export class RebuildModule {}
